import { Router } from 'express';
import type { Services } from '../../services';
import { fileHeaders, sendError, sendFailure, signedIn } from '../../http/rest-answers';
import { exportPath, isExportFormat } from './subject-access.service';

/**
 *   GET /exports/subject-access/:id.pdf|json?expires=…&sig=…
 * A subject access export's files: the signed link made for this person
 * (MediaLinks, as for life story media), their session, and the policy again.
 */
export function subjectAccessRouter(services: Services): Router {
  const router = Router();
  router.get('/exports/subject-access/:file', async (req, res) => {
    const who = await signedIn(services, req, res);
    if (!who) return;
    const match = /^([0-9a-f-]{36})\.(pdf|json)$/i.exec(req.params.file);
    if (!match || !isExportFormat(match[2])) return sendError(res, 404, 'NOT_FOUND', 'Export not found.');
    const [, id, format] = match;
    const link = services.media.links.checkPath(exportPath(id, format), who.actor.userId, req.query.expires, req.query.sig);
    if (link === 'invalid') return sendError(res, 404, 'NOT_FOUND', 'Export not found.');
    if (link === 'expired') return sendError(res, 410, 'LINK_EXPIRED', 'This link has expired. Make the export again to get a new one.');
    try {
      const file = await services.subjectAccess.download(who.actor, id, format, who.ip);
      fileHeaders(res, file.contentType, 'attachment', file.fileName);
      res.setHeader('Content-Length', String(file.body.length));
      res.end(file.body);
    } catch (e) {
      sendFailure(res, e);
    }
  });
  return router;
}
