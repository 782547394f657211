import type { Request, Response } from 'express';
import busboy from 'busboy';
import { sendError } from './rest-answers';

export interface MultipartUpload {
  readonly parser: busboy.Busboy;
  /** True once an answer has been sent or the client went away: file handlers then drain and ignore. */
  readonly stopped: boolean;
  /** Stop reading: answer now and close the connection shortly after, without taking the rest of the body. */
  stop(status: number, code: string, message: string): void;
  /** Starts reading the body (after the handlers are attached). */
  start(): void;
}

/**
 * A multipart upload read as a stream with busboy, with what every upload
 * endpoint needs around it: a clean 400 (and a live process) when the body is
 * not multipart, is cut off or cannot be parsed; an answer that does not wait
 * for the rest of a refused body; and `cleanUp` called once whenever the
 * upload ends without success (refused, broken or abandoned by the client).
 */
export function receiveMultipart(
  req: Request,
  res: Response,
  options: { limits: busboy.Limits; notMultipart: string; cleanUp?: () => void },
): MultipartUpload | null {
  let parser: busboy.Busboy;
  try {
    parser = busboy({ headers: req.headers, limits: options.limits });
  } catch {
    sendError(res, 400, 'BAD_REQUEST', options.notMultipart);
    return null;
  }
  let stopped = false;
  const upload: MultipartUpload = {
    parser,
    get stopped() {
      return stopped;
    },
    stop(status, code, message) {
      if (stopped) return;
      stopped = true;
      req.unpipe(parser);
      req.pause();
      res.setHeader('Connection', 'close');
      res.on('finish', () => setTimeout(() => req.socket.destroy(), 500).unref());
      sendError(res, status, code, message);
      options.cleanUp?.();
    },
    start() {
      req.pipe(parser);
    },
  };
  parser.on('error', () => upload.stop(400, 'BAD_REQUEST', 'The upload could not be read. Please try again.'));
  // The client going away mid-upload: nothing to answer, nothing kept.
  req.on('aborted', () => {
    if (stopped) return;
    stopped = true;
    req.unpipe(parser);
    parser.destroy();
    options.cleanUp?.();
  });
  return upload;
}
