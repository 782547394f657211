import { Worker } from 'node:worker_threads';
import { HttpRefusal } from '../../common/http-refusal';

/** What an accepted upload is, decided from its bytes. */
export interface AcceptedType {
  kind: 'PHOTO' | 'DOCUMENT';
  mime: 'image/jpeg' | 'image/png' | 'image/webp' | 'image/heic' | 'application/pdf';
}

/** A refused upload: the message is shown to the person who uploaded it. */
export class RefusedUpload extends HttpRefusal {
  constructor(message: string, status: 413 | 415 | 422 = 415) {
    super(message, status, status === 413 ? 'TOO_LARGE' : 'UNSUPPORTED_FILE');
  }
}

const ACCEPTED: Record<string, AcceptedType> = {
  'image/jpeg': { kind: 'PHOTO', mime: 'image/jpeg' },
  'image/png': { kind: 'PHOTO', mime: 'image/png' },
  'image/webp': { kind: 'PHOTO', mime: 'image/webp' },
  'image/heic': { kind: 'PHOTO', mime: 'image/heic' },
  'image/heif': { kind: 'PHOTO', mime: 'image/heic' },
  'application/pdf': { kind: 'DOCUMENT', mime: 'application/pdf' },
};

export const NOT_ACCEPTED =
  'This file cannot be added. Photos must be JPEG, PNG, WebP or HEIC, and documents PDF; other files (web pages, SVG drawings, programs, archives) are not accepted.';

/*
 * file-type 21 is ESM-only. It runs in one worker thread with Node's own
 * loader (a real import(), unaffected by the CommonJS build or a test
 * runner), which also keeps the parsing of untrusted bytes off the main thread.
 */
const WORKER_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const { pathToFileURL } = require('node:url');
const req = require('node:module').createRequire(workerData.from);
const loaded = import(pathToFileURL(req.resolve('file-type')).href);
parentPort.on('message', async ({ id, bytes }) => {
  try {
    const { fileTypeFromBuffer } = await loaded;
    const found = await fileTypeFromBuffer(bytes);
    parentPort.postMessage({ id, mime: found ? found.mime : null });
  } catch (e) {
    parentPort.postMessage({ id, error: String(e && e.message || e) });
  }
});`;

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, { resolve: (mime: string | null) => void; reject: (e: Error) => void }>();

function detector(): Worker {
  if (worker) return worker;
  const w = new Worker(WORKER_CODE, { eval: true, workerData: { from: __filename } });
  w.on('message', (m: { id: number; mime?: string | null; error?: string }) => {
    const p = pending.get(m.id);
    pending.delete(m.id);
    if (m.error !== undefined) p?.reject(new Error(m.error));
    else p?.resolve(m.mime ?? null);
  });
  const fail = (e: Error) => {
    worker = null;
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  };
  w.on('error', fail);
  w.on('exit', () => fail(new Error('file type worker stopped')));
  // After the listeners: adding a message listener refs the port again, and a
  // referenced worker would keep the process (and a test run) from exiting.
  w.unref();
  worker = w;
  return w;
}

/** The MIME type file-type reads from the content (the first 256 KB is plenty for every accepted type). */
export function sniffMime(bytes: Buffer): Promise<string | null> {
  const id = nextId++;
  const head = new Uint8Array(bytes.subarray(0, 256 * 1024));
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    detector().postMessage({ id, bytes: head });
  });
}

// Markup or a script anywhere in the file: the mark of a polyglot (an image or
// PDF that a browser or another program would also read as a page or script).
const MARKUP = /<(script|html|body|svg|iframe|object|embed|\?php|!doctype)[\s>/]/i;
// Active PDF content: scripts, launch actions, embedded files, forms with scripts.
const ACTIVE_PDF = /\/(JavaScript|JS|Launch|EmbeddedFiles?|RichMedia|XFA|AA)[\s/<([]/;
const ZIP_LOCAL = Buffer.from('PK\x03\x04', 'latin1');
const ZIP_END = Buffer.from('PK\x05\x06', 'latin1');

/** Why the bytes look like more than one kind of file, or null. */
export function polyglotReason(bytes: Buffer, type: AcceptedType): string | null {
  const text = bytes.toString('latin1');
  if (MARKUP.test(text)) return 'it also contains web page or script code';
  if (type.kind === 'PHOTO' && text.includes('%PDF-')) return 'it also contains a PDF';
  // A zip's end record sits in its last 64 KB; an archive hidden in a photo or PDF.
  if (bytes.subarray(Math.max(0, bytes.length - 65_557)).includes(ZIP_END) || bytes.subarray(0, 4).equals(ZIP_LOCAL)) {
    return 'it also contains an archive';
  }
  if (type.kind === 'DOCUMENT' && ACTIVE_PDF.test(text)) return 'the PDF contains scripts, actions or attached files';
  return null;
}

/** Decides the type from the content; anything not accepted, or a polyglot, is refused. */
export async function decideType(bytes: Buffer): Promise<AcceptedType> {
  const mime = await sniffMime(bytes);
  const type = mime ? ACCEPTED[mime] : undefined;
  if (!type) throw new RefusedUpload(NOT_ACCEPTED);
  const reason = polyglotReason(bytes, type);
  if (reason) throw new RefusedUpload(`This file cannot be added: ${reason}. Please save it again as a plain photo or PDF.`);
  return type;
}
