import http from 'node:http';

/** A few lines of round-robin HTTP proxy: PORT in front of the comma-separated TARGETS (host:port). */
const targets = (process.env.TARGETS ?? '').split(',').map((t) => t.split(':') as [string, string]);
const agent = new http.Agent({ keepAlive: true, maxSockets: 128 });
let next = 0;
http
  .createServer((req, res) => {
    const [host, port] = targets[next++ % targets.length];
    const upstream = http.request({ host, port: Number(port), path: req.url, method: req.method, headers: req.headers, agent }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => {
      res.writeHead(502).end();
    });
    req.pipe(upstream);
  })
  .listen(Number(process.env.PORT ?? 4120), '127.0.0.1', () => console.log('ready'));
