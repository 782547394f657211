import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Router } from 'express';
import type { Services } from '../../services';
import { sendError, sendFailure, signedIn } from '../../http/rest-answers';
import { receiveMultipart } from '../../http/multipart-upload';

/**
 * POST /imports/ssda903?year=2025   the files of one SSDA903 return (multipart, field "files", one part per CSV)
 * Each file is streamed to the upload's folder (never held whole); then the
 * upload is recorded and its check starts. The answer is { uploadId }; the
 * portal follows the check through GraphQL (`ssda903Upload`, which also holds
 * the administrator's reporting reads to an import that has ended: see the
 * resolver). Like /media it needs the header `apollo-require-preflight: true`.
 */
export function ssda903UploadsRouter(services: Services): Router {
  const router = Router();
  const uploads = services.ssda903Uploads;
  const maxBytes = services.config.importMaxBytes;
  const tooLarge = `Each file can be at most ${Math.floor(maxBytes / 1024 / 1024)} MB (FP_IMPORT_MAX_BYTES).`;

  router.post('/imports/ssda903', async (req, res) => {
    if (!req.headers['apollo-require-preflight']) {
      return sendError(res, 400, 'BAD_REQUEST', 'Uploads need the header "apollo-require-preflight: true".');
    }
    const who = await signedIn(services, req, res);
    if (!who) return;
    let year: number;
    try {
      uploads.mayUpload(who.actor);
      year = uploads.checkYear(req.query.year);
    } catch (e) {
      return sendFailure(res, e);
    }
    const { id, folder } = uploads.newStagingFolder();
    const names: string[] = [];
    const writes: Promise<void>[] = [];
    const upload = receiveMultipart(req, res, {
      limits: { fileSize: maxBytes, files: 12, fields: 2, parts: 14 },
      notMultipart: 'Send the files as multipart/form-data in a field named "files".',
      cleanUp: () => void Promise.allSettled(writes).then(() => uploads.discardFolder(id)),
    });
    if (!upload) return uploads.discardFolder(id);
    const { parser, stop } = upload;
    parser.on('file', (field, stream, info) => {
      if (upload.stopped) return stream.resume();
      if (field !== 'files') {
        stream.resume();
        return stop(400, 'BAD_USER_INPUT', 'Send the return\'s files in a field named "files".');
      }
      let name: string;
      try {
        name = uploads.checkFileName(info.filename);
      } catch (e) {
        stream.resume();
        return stop(400, 'BAD_USER_INPUT', (e as Error).message);
      }
      if (names.includes(name)) {
        stream.resume();
        return stop(400, 'BAD_USER_INPUT', `${name} was chosen twice: choose each of the return's files once.`);
      }
      names.push(name);
      // A body cut off mid-file errors the file stream: without a listener Node would end the process.
      stream.on('limit', () => stop(413, 'TOO_LARGE', `${name} is too large. ${tooLarge}`));
      writes.push(
        pipeline(stream, fs.createWriteStream(path.join(folder, name), { mode: 0o600 })).catch(() =>
          stop(400, 'BAD_REQUEST', 'The upload was cut off before the end. Please try again.'),
        ),
      );
    });
    parser.on('close', async () => {
      await Promise.allSettled(writes);
      if (upload.stopped) return;
      if (names.length === 0) {
        uploads.discardFolder(id);
        return sendError(res, 400, 'BAD_USER_INPUT', 'Choose the return\'s files to upload (field "files").');
      }
      try {
        const uploadId = await uploads.received(who.actor, id, year, names, who.ip);
        // With a replica: the administrator's audit search shows the upload at once (as after a mutation).
        await who.noteWrite();
        res.status(201).setHeader('Cache-Control', 'no-store');
        res.json({ uploadId });
      } catch (e) {
        uploads.discardFolder(id);
        sendFailure(res, e);
      }
    });
    upload.start();
  });
  return router;
}
