import express, { Router, type Request } from 'express';
import { logger } from '../../logger';
import { SESSION_COOKIE } from '../auth/session.service';
import type { Services } from '../../services';
import { safeReturnTo, SignInRefused } from './single-sign-on.service';

const STATE_COOKIE = 'fp_oidc_state';
const CALLBACK_PATH = '/auth/oidc/callback';

/** Where the provider sends the browser back: FP_PUBLIC_URL when set (behind a proxy), else this request's own address. */
function redirectUri(services: Services, req: Request): string {
  const base = services.config.publicUrl ?? `${req.protocol}://${req.get('host')}`;
  return new URL(CALLBACK_PATH, base).href;
}

/**
 * Staff sign-in through the council's provider. Start and callback are plain
 * browser navigations (redirects), not GraphQL; a refusal goes back to the
 * sign-in page with a reason the page words for the person.
 */
export function singleSignOnRouter(services: Services): Router {
  const router = Router();
  const cookieBase = { httpOnly: true, sameSite: 'lax' as const, secure: services.config.secureCookies };

  // Public: the sign-in page learns which councils sign in through a provider.
  router.get('/auth/providers', async (_req, res, next) => {
    try {
      res.setHeader('Cache-Control', 'no-store');
      res.json({
        providers: await services.singleSignOn.publicProviders(),
        localSignInAvailable: await services.singleSignOn.localSignInAvailable(),
      });
    } catch (error) {
      next(error);
    }
  });

  router.get('/auth/oidc/:providerId/start', async (req, res, next) => {
    try {
      const started = await services.singleSignOn.start(req.params.providerId, redirectUri(services, req), safeReturnTo(req.query.returnTo));
      if (!started) {
        res.status(404).type('text/plain').send('There is no such sign-in provider.');
        return;
      }
      // Binds the trip to this browser: a callback in another browser is refused.
      res.cookie(STATE_COOKIE, started.state, { ...cookieBase, path: '/auth/oidc', maxAge: 10 * 60_000 });
      res.redirect(303, started.url.href);
    } catch (error) {
      next(error);
    }
  });

  router.get(CALLBACK_PATH, async (req, res, next) => {
    const callbackUrl = new URL(req.originalUrl, redirectUri(services, req));
    res.clearCookie(STATE_COOKIE, { ...cookieBase, path: '/auth/oidc' });
    try {
      const { signed, returnTo } = await services.singleSignOn.finish(
        callbackUrl,
        req.cookies?.[STATE_COOKIE],
        req.ip ?? 'unknown',
        req.cookies?.[SESSION_COOKIE],
      );
      res.cookie(SESSION_COOKIE, signed.token, { ...cookieBase, path: '/' });
      res.redirect(303, returnTo);
    } catch (error) {
      if (!(error instanceof SignInRefused)) {
        next(error);
        return;
      }
      logger.info({ reason: error.reason, detail: error.message }, 'provider sign-in refused');
      res.redirect(303, `/sign-in?problem=${error.reason}`);
    }
  });

  router.post('/auth/oidc/:providerId/backchannel-logout', express.urlencoded({ extended: false, limit: '20kb' }), async (req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    const token = typeof req.body?.logout_token === 'string' ? req.body.logout_token : '';
    try {
      await services.singleSignOn.backChannelLogout(req.params.providerId as string, token, req.ip ?? 'unknown');
      res.status(200).end();
    } catch (error) {
      if (!(error instanceof SignInRefused)) {
        next(error);
        return;
      }
      logger.warn({ detail: error.message }, 'back-channel logout refused');
      res.status(400).json({ error: 'invalid_request', error_description: 'The logout token is not valid.' });
    }
  });
  return router;
}
