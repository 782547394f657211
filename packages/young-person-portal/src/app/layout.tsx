import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { ButtonLink, SkipLink, UiLinkProvider, type UiLinkProps } from '@forever-planning/ui';
import { ExitThisPage } from '@forever-planning/ui/exit-this-page';
import { ReadAloud } from '@forever-planning/ui/read-aloud';
import { Loading, Page } from '../common/page';
import { WORDS } from '../words';
import { EXIT_URL } from './config';
import { useSession } from './session';

function RouterLink({ href, ...rest }: UiLinkProps) {
  return <Link to={href} {...rest} />;
}

/** Ends the session in the background as the page is swapped: the browser sends it even while leaving. */
function signOutQuietly(): void {
  void fetch('/graphql', {
    method: 'POST',
    keepalive: true,
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation QuickExitSignOut { signOut }' }),
  }).catch(() => undefined);
}

function TimedOutPage() {
  const location = useLocation();
  return (
    <Page title={WORDS.signedOut.title} lead={WORDS.signedOut.why}>
      <p className="govuk-body">{WORDS.signedOut.kept}</p>
      <ButtonLink href={`/sign-in?returnTo=${encodeURIComponent(location.pathname + location.search)}`}>{WORDS.signedOut.again}</ButtonLink>
    </Page>
  );
}

/** Every page: skip link, the quick exit, the name, read it to me, and the way to help. */
export function Layout() {
  const { me, timedOut, signOut } = useSession();
  const { pathname } = useLocation();
  return (
    <UiLinkProvider value={RouterLink}>
      <div className="yp">
        <SkipLink>{WORDS.site.skip}</SkipLink>
        <div className="yp-exit" data-read-aloud="skip">
          <ExitThisPage url={EXIT_URL} label={WORDS.site.leaveQuickly} hint={WORDS.site.leaveHint} onExit={me ? signOutQuietly : undefined} />
        </div>
        <header className="yp-header">
          <div className="yp-width">
            <Link to="/" className="yp-header__name">
              {WORDS.site.name}
            </Link>
            {me && (
              <button type="button" className="yp-link-button" onClick={() => void signOut()}>
                {WORDS.site.signOut}
              </button>
            )}
          </div>
        </header>
        <div className="yp-width">
          <main id="main-content" className="yp-main" tabIndex={-1}>
            <div className="yp-tools">
              <ReadAloud targetId="main-content" label={WORDS.site.readToMe} stopLabel={WORDS.site.stopReading} />
            </div>
            {timedOut && pathname !== '/sign-in' ? <TimedOutPage /> : <Outlet />}
          </main>
        </div>
        <footer className="yp-footer" data-read-aloud="skip">
          <div className="yp-width">
            {me && pathname !== '/' && (
              <Link to="/" className="yp-footer__link">
                {WORDS.site.home}
              </Link>
            )}
            <Link to="/unsafe" className="yp-footer__link yp-footer__link--help">
              {WORDS.site.needHelp}
            </Link>
          </div>
        </footer>
      </div>
    </UiLinkProvider>
  );
}

/** Pages behind the sign-in: anyone else signs in first and comes back. */
export function RequireSignIn() {
  const { me, loading, timedOut } = useSession();
  const location = useLocation();
  if (loading) return <Loading />;
  if (!me && timedOut) return null; // The layout says why and how to come back.
  if (!me) return <Navigate to={`/sign-in?returnTo=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return <Outlet />;
}
