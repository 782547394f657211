import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { scanWithClamd, ScannerUnavailable } from './clamav';

const EICAR = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';

/** A tiny clamd: reads the INSTREAM protocol exactly and flags the EICAR test string. */
function fakeClamd(): Promise<{ port: number; received: Buffer[]; close: () => Promise<void> }> {
  const received: Buffer[] = [];
  const server = net.createServer((socket) => {
    let buffer = Buffer.alloc(0);
    let command = false;
    const body: Buffer[] = [];
    socket.on('data', (d) => {
      buffer = Buffer.concat([buffer, d]);
      if (!command) {
        const end = buffer.indexOf(0);
        if (end < 0) return;
        if (buffer.subarray(0, end).toString() !== 'zINSTREAM') return socket.end('UNKNOWN COMMAND\0');
        command = true;
        buffer = buffer.subarray(end + 1);
      }
      while (buffer.length >= 4) {
        const size = buffer.readUInt32BE(0);
        if (size === 0) {
          const all = Buffer.concat(body);
          received.push(all);
          socket.end(all.toString('latin1').includes(EICAR) ? 'stream: Eicar-Test-Signature FOUND\0' : 'stream: OK\0');
          return;
        }
        if (buffer.length < 4 + size) return;
        body.push(buffer.subarray(4, 4 + size));
        buffer = buffer.subarray(4 + size);
      }
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ port: (server.address() as AddressInfo).port, received, close: () => new Promise((r) => server.close(() => r())) }),
    ),
  );
}

describe('scanWithClamd (INSTREAM over TCP)', () => {
  it('sends the whole file in length-prefixed chunks and reads a clean verdict', async () => {
    const clamd = await fakeClamd();
    const bytes = Buffer.alloc(200_000, 7);
    await expect(scanWithClamd(bytes, { host: '127.0.0.1', port: clamd.port, timeoutMs: 5000 })).resolves.toEqual({ clean: true });
    expect(clamd.received[0].equals(bytes)).toBe(true);
    await clamd.close();
  });

  it('reports the signature of an infected file', async () => {
    const clamd = await fakeClamd();
    await expect(scanWithClamd(Buffer.from(EICAR), { host: '127.0.0.1', port: clamd.port, timeoutMs: 5000 })).resolves.toEqual({
      clean: false,
      signature: 'Eicar-Test-Signature',
    });
    await clamd.close();
  });

  it('fails closed when the scanner is not there', async () => {
    const clamd = await fakeClamd();
    await clamd.close();
    await expect(scanWithClamd(Buffer.from('x'), { host: '127.0.0.1', port: clamd.port, timeoutMs: 2000 })).rejects.toBeInstanceOf(ScannerUnavailable);
  });
});
