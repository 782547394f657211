import net from 'node:net';
import { HttpRefusal } from '../../common/http-refusal';

export type ScanVerdict = { clean: true } | { clean: false; signature: string };

export class ScannerUnavailable extends HttpRefusal {
  constructor(message: string) {
    super(message, 503, 'SCANNER_UNAVAILABLE');
  }
}

const CHUNK = 64 * 1024;

/**
 * Scans bytes with clamd's INSTREAM command over TCP: "zINSTREAM\0", then
 * chunks each prefixed by its length as a 4-byte big-endian number, then a
 * zero length. clamd answers "stream: OK" or "stream: <name> FOUND".
 */
export function scanWithClamd(bytes: Buffer, options: { host: string; port: number; timeoutMs: number }): Promise<ScanVerdict> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: options.host, port: options.port });
    const chunks: Buffer[] = [];
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      fn();
    };
    socket.setTimeout(options.timeoutMs, () => finish(() => reject(new ScannerUnavailable('The virus scanner did not answer in time.'))));
    socket.on('error', (e) => finish(() => reject(new ScannerUnavailable(`The virus scanner is not reachable: ${e.message}`))));
    socket.on('data', (d) => {
      chunks.push(d);
      if (d.includes(0)) socket.end();
    });
    socket.on('end', () =>
      finish(() => {
        const reply = Buffer.concat(chunks).toString('utf8').replace(/\0/g, '').trim();
        const found = /^stream: (.+) FOUND$/.exec(reply);
        if (reply === 'stream: OK') resolve({ clean: true });
        else if (found) resolve({ clean: false, signature: found[1] });
        else reject(new ScannerUnavailable(`The virus scanner answered: ${reply || '(nothing)'}`));
      }),
    );
    socket.on('connect', () => {
      socket.write('zINSTREAM\0');
      for (let at = 0; at < bytes.length; at += CHUNK) {
        const part = bytes.subarray(at, at + CHUNK);
        const size = Buffer.alloc(4);
        size.writeUInt32BE(part.length);
        socket.write(size);
        socket.write(part);
      }
      socket.write(Buffer.alloc(4));
    });
  });
}
