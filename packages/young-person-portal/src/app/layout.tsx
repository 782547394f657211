import { Fragment, useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { useApolloClient } from '@apollo/client/react';
import { Button, SkipLink, UiLinkProvider, type UiLinkProps } from '@forever-planning/ui';
import { ExitThisPage } from '@forever-planning/ui/exit-this-page';
import { ReadAloud } from '@forever-planning/ui/read-aloud';
import { Loading, Page } from '../common/page';
import { WORDS } from '../words';
import { EXIT_URL } from './config';
import { forgetOnThisDevice } from './forget-device';
import { PATHS } from './paths';
import { useLanguage } from './language';
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

/**
 * Where to come back to after signing in travels in the history entry's state,
 * not the address: "sign-in?returnTo=/message" in a history list would say
 * what the child was doing.
 */
export type SignInState = { returnTo?: string } | null;

function TimedOutPage() {
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <Page title={WORDS.signedOut.title} lead={WORDS.signedOut.why}>
      <p className="govuk-body">{WORDS.signedOut.kept}</p>
      <Button onClick={() => navigate(PATHS.signIn, { state: { returnTo: location.pathname + location.search } satisfies SignInState })}>{WORDS.signedOut.again}</Button>
    </Page>
  );
}

/** The sticky exit bar's height, for scroll-padding: a focused element never hides under it (WCAG 2.2 2.4.11). */
function useExitBarHeight() {
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = bar.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => root.style.setProperty('--yp-exit-height', `${Math.ceil(element.getBoundingClientRect().height)}px`));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return bar;
}

/** A page brought back by the browser's back button after leaving shows nothing from before: load it afresh. */
function useNoRestoreAfterLeaving() {
  useEffect(() => {
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) window.location.reload();
    };
    window.addEventListener('pageshow', onPageShow);
    return () => window.removeEventListener('pageshow', onPageShow);
  }, []);
}

/**
 * The language of the pages, on every page (the sign-in pages too). The label also says
 * "Language" in English, and English is always in the list.
 */
function LanguagePicker() {
  const { language, languages, choose, choosing } = useLanguage();
  const [picked, setPicked] = useState(language);
  useEffect(() => setPicked(language), [language]);
  if (languages.length < 2) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (picked !== language) void choose(picked).catch(() => setPicked(language));
  };
  return (
    <form className="yp-language" onSubmit={submit} data-read-aloud="skip">
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor="yp-language">
          {WORDS.site.language}
          {language !== 'en' && (
            <span lang="en-GB" dir="ltr">
              {' '}
              ({WORDS.site.languageInEnglish})
            </span>
          )}
        </label>
        <select id="yp-language" className="govuk-select" value={picked} onChange={(e) => setPicked(e.target.value)}>
          {languages.map((l) => (
            <option key={l.code} value={l.code} lang={l.code} dir={l.dir}>
              {l.ownName}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={choosing}>
        {WORDS.site.changeLanguage}
      </button>
    </form>
  );
}

/** Every page: skip link, the quick exit, the name, read it to me, and the way to help. */
export function Layout() {
  const { me, timedOut, signOut } = useSession();
  const client = useApolloClient();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const bar = useExitBarHeight();
  const { language } = useLanguage();
  useNoRestoreAfterLeaving();
  const quickExit = useCallback(() => {
    if (me) signOutQuietly();
    void client.clearStore();
    return forgetOnThisDevice();
  }, [me, client]);
  const signOutAndForget = async () => {
    await signOut();
    navigate(PATHS.signIn, { replace: true, state: null });
  };
  return (
    <UiLinkProvider value={RouterLink}>
      <div className="yp">
        <SkipLink>{WORDS.site.skip}</SkipLink>
        <div className="yp-exit" data-read-aloud="skip" ref={bar}>
          <ExitThisPage url={EXIT_URL} label={WORDS.site.leaveQuickly} hint={WORDS.site.leaveHint} onExit={quickExit} />
          <Link to={PATHS.private} className="govuk-link yp-exit__private">
            {WORDS.pages.private}
          </Link>
        </div>
        <header className="yp-header">
          <div className="yp-width">
            <Link to="/" className="yp-header__name">
              {WORDS.site.name}
            </Link>
            {me && (
              <button type="button" className="yp-link-button" onClick={() => void signOutAndForget()}>
                {WORDS.site.signOut}
              </button>
            )}
          </div>
        </header>
        <div className="yp-width">
          <main id="main-content" className="yp-main" tabIndex={-1}>
            <div className="yp-tools">
              <LanguagePicker />
              <ReadAloud targetId="main-content" label={WORDS.site.readToMe} stopLabel={WORDS.site.stopReading} noVoiceMessage={WORDS.site.noVoice} />
            </div>
            {/* A new language draws the page afresh in it. */}
            <Fragment key={language}>{timedOut && pathname !== PATHS.signIn ? <TimedOutPage /> : <Outlet />}</Fragment>
          </main>
        </div>
        <footer className="yp-footer" data-read-aloud="skip">
          <div className="yp-width">
            {me && pathname !== '/' && (
              <Link to="/" className="yp-footer__link">
                {WORDS.site.home}
              </Link>
            )}
            <Link to={PATHS.unsafe} className="yp-footer__link yp-footer__link--help">
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
  if (!me) return <Navigate to={PATHS.signIn} state={{ returnTo: location.pathname + location.search } satisfies SignInState} replace />;
  return <Outlet />;
}
