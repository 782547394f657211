import http from 'node:http';

/**
 * A few lines of round-robin HTTP proxy: PORT in front of the comma-separated
 * TARGETS (host:port). Request bodies are small GraphQL documents, read whole
 * so a request can be sent again once when a kept-alive upstream socket turns
 * out to have been closed by the API while idle (a reset before any answer):
 * without that, the bench's pauses between runs showed up as proxy errors.
 */
const targets = (process.env.TARGETS ?? '').split(',').map((t) => t.split(':') as [string, string]);
const agent = new http.Agent({ keepAlive: true, maxSockets: 128 });
let next = 0;

function forward(req: http.IncomingMessage, body: Buffer, res: http.ServerResponse, retries: number): void {
  const [host, port] = targets[next++ % targets.length];
  const upstream = http.request({ host, port: Number(port), path: req.url, method: req.method, headers: req.headers, agent }, (up) => {
    res.writeHead(up.statusCode ?? 502, up.headers);
    up.pipe(res);
  });
  upstream.on('error', (error: NodeJS.ErrnoException) => {
    if (!res.headersSent && retries > 0 && (error.code === 'ECONNRESET' || error.code === 'EPIPE')) return forward(req, body, res, retries - 1);
    if (!res.headersSent) res.writeHead(502);
    res.end();
  });
  upstream.end(body);
}

http
  .createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => forward(req, Buffer.concat(chunks), res, 1));
  })
  .listen(Number(process.env.PORT ?? 4120), '127.0.0.1', () => console.log('ready'));
