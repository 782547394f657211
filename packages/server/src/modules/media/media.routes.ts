import { Router, type Request, type Response } from 'express';
import type { Services } from '../../services';
import { fileHeaders, sendError, sendFailure, signedIn } from '../../http/rest-answers';
import { receiveMultipart } from '../../http/multipart-upload';
import { isMediaSize } from './media.service';

/**
 * The file endpoints beside GraphQL, with the same session:
 *   POST /media                     upload one file (multipart, field "file"), ?childId=... for professionals
 *   GET  /media/:id/:size           a signed, short-lived link (size: original | display | thumbnail)
 *   GET  /life-story-book/me        the young person's own book (PDF)
 *   GET  /life-story-book/:childId  ?edition=child|worker
 * Uploads also need the header `apollo-require-preflight: true` (as Apollo's
 * CSRF prevention): a cross-site HTML form cannot set it.
 */

export function mediaRouter(services: Services): Router {
  const router = Router();
  const maxBytes = services.config.media.maxBytes;

  router.post('/media', async (req, res) => {
    if (!req.headers['apollo-require-preflight']) {
      return sendError(res, 400, 'BAD_REQUEST', 'Uploads need the header "apollo-require-preflight: true".');
    }
    const who = await signedIn(services, req, res);
    if (!who) return;
    const declared = Number(req.headers['content-length'] ?? NaN);
    // The form's own headers and boundaries need a little room beyond the file.
    if (declared > maxBytes + 64 * 1024) {
      res.setHeader('Connection', 'close');
      sendError(res, 413, 'TOO_LARGE', `Files can be at most ${Math.round(maxBytes / 1024 / 1024)} MB.`);
      return;
    }
    let child;
    try {
      child = await services.media.uploadTarget(who.actor, typeof req.query.childId === 'string' ? req.query.childId : undefined);
    } catch (e) {
      return sendFailure(res, e);
    }

    const upload = receiveMultipart(req, res, {
      limits: { fileSize: maxBytes, files: 1, fields: 5, parts: 6 },
      notMultipart: 'Send the file as multipart/form-data in a field named "file".',
    });
    if (!upload) return;
    const { parser, stop } = upload;
    let received: Promise<{ bytes: Buffer; name: string | undefined }> | null = null;
    parser.on('file', (field, stream, info) => {
      if (field !== 'file') {
        stream.resume();
        return;
      }
      received = new Promise((resolve) => {
        const chunks: Buffer[] = [];
        // A body cut off mid-file errors the file stream too: without a listener Node would end the process.
        stream.on('error', () => stop(400, 'BAD_REQUEST', 'The upload was cut off before the end. Please try again.'));
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('limit', () => stop(413, 'TOO_LARGE', `Files can be at most ${Math.round(maxBytes / 1024 / 1024)} MB.`));
        stream.on('end', () => resolve({ bytes: Buffer.concat(chunks), name: info.filename }));
      });
    });
    parser.on('close', async () => {
      if (upload.stopped) return;
      if (!received) return sendError(res, 400, 'BAD_USER_INPUT', 'Choose a file to upload (field "file").');
      try {
        const { bytes, name } = await received;
        if (upload.stopped) return;
        if (bytes.length === 0) return sendError(res, 400, 'BAD_USER_INPUT', 'The file is empty.');
        const mediaId = await services.media.store(who.actor, child, bytes, name, who.ip);
        // With a replica: the uploader's reports and audit trail show their upload at once (as after a mutation).
        await who.noteWrite();
        res.status(201).setHeader('Cache-Control', 'no-store');
        res.json({ mediaId });
      } catch (e) {
        sendFailure(res, e);
      }
    });
    upload.start();
  });

  router.get('/media/:id/:size', async (req, res) => {
    const who = await signedIn(services, req, res);
    if (!who) return;
    const { id, size } = req.params;
    if (!isMediaSize(size)) return sendError(res, 404, 'NOT_FOUND', 'Media not found.');
    const link = services.media.links.check(id, size, who.actor.userId, req.query.expires, req.query.sig);
    if (link === 'invalid') return sendError(res, 404, 'NOT_FOUND', 'Media not found.');
    if (link === 'expired') return sendError(res, 410, 'LINK_EXPIRED', 'This link has expired. Reload the page to get a new one.');
    try {
      const { media, file, body } = await services.media.openDownload(who.actor, id, size, who.ip);
      fileHeaders(res, media.contentType, media.kind === 'PHOTO' ? 'inline' : 'attachment', media.fileName);
      res.setHeader('Content-Length', String(file.bytes));
      body.on('error', () => res.destroy());
      body.pipe(res);
    } catch (e) {
      sendFailure(res, e);
    }
  });

  const book = async (req: Request, res: Response, childId: string | null, edition: string) => {
    const who = await signedIn(services, req, res);
    if (!who) return;
    if (edition !== 'child' && edition !== 'worker') return sendError(res, 400, 'BAD_USER_INPUT', 'edition must be "child" or "worker".');
    try {
      const id = childId ?? (who.actor.role === 'YOUNG_PERSON' ? who.actor.childId : null);
      if (!id) return sendError(res, 404, 'NOT_FOUND', 'Child not found.');
      const { pdf, name } = await services.lifeStoryBook.make(who.actor, id, edition, who.ip);
      const fileName = `${name.replace(/[^A-Za-z0-9 -]/g, '') || 'My'} life story${edition === 'worker' ? ' (worker edition)' : ''}.pdf`;
      fileHeaders(res, 'application/pdf', 'attachment', fileName);
      res.setHeader('Content-Length', String(pdf.length));
      res.end(pdf);
    } catch (e) {
      sendFailure(res, e);
    }
  };
  router.get('/life-story-book/me', (req, res) => book(req, res, null, 'child'));
  router.get('/life-story-book/:childId', (req, res) => book(req, res, req.params.childId, String(req.query.edition ?? 'child')));
  return router;
}
