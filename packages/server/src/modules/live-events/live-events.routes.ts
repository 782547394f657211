import { Router } from 'express';
import { CHILD_RECORD_READERS } from '../../policies/child.policy';
import { SESSION_COOKIE } from '../auth/session.service';
import { sendError, signedIn } from '../../http/rest-answers';
import { logger } from '../../logger';
import type { Services } from '../../services';
import type { LiveEventsHub, LiveSubscriber } from './live-events.hub';

/** A comment line now and then keeps proxies from closing a quiet stream, and re-checks the session. */
const HEARTBEAT_MS = 25_000;

/**
 * GET /events: server-sent events for the professional portal, with the
 * session cookie. Events name what changed (ids only); the page then asks
 * the API again, through the same policies as any read.
 */
export function liveEventsRouter(services: Services, hub: LiveEventsHub): Router {
  const router = Router();
  router.get('/events', async (req, res) => {
    try {
      const who = await signedIn(services, req, res);
      if (!who) return;
      if (!CHILD_RECORD_READERS.includes(who.actor.role)) {
        sendError(res, 403, 'FORBIDDEN', 'Live updates are for staff who hold children.');
        return;
      }
      res.status(200);
      res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
      res.setHeader('Cache-Control', 'no-store, no-transform');
      res.setHeader('Connection', 'keep-alive');
      res.setHeader('X-Accel-Buffering', 'no');
      res.flushHeaders();
      let heartbeat: NodeJS.Timeout | undefined;
      const subscriber: LiveSubscriber = {
        token: String(req.cookies[SESSION_COOKIE]),
        actor: who.actor,
        send: (event, data) => {
          res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
        },
        end: () => {
          clearInterval(heartbeat);
          res.end();
        },
      };
      await hub.add(subscriber);
      // Reconnect after 3 s if the stream drops; "ready" tells the page it may stop polling.
      res.write(`retry: 3000\nevent: ready\ndata: {}\n\n`);
      heartbeat = setInterval(() => {
        res.write(`: still here\n\n`);
        void hub.stillSignedIn(subscriber).catch(() => undefined);
      }, HEARTBEAT_MS);
      req.on('close', () => {
        clearInterval(heartbeat);
        hub.remove(subscriber);
      });
    } catch (error) {
      logger.warn({ err: { message: (error as Error).message } }, 'live events stream failed');
      if (!res.headersSent) sendError(res, 503, 'SERVICE_UNAVAILABLE', 'Live updates are not available; the page will check every few seconds.');
      else res.end();
    }
  });
  return router;
}
