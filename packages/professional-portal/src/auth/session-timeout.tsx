import { useEffect, useState } from 'react';
import { Button, ButtonGroup, ModalDialog } from '@forever-planning/ui';
import { useSession } from './session';
import { say } from '../i18n/i18n';

/** GOV.UK's timeout warning comes 2 minutes before the end. */
export const WARNING_MS = 2 * 60_000;

function remainingText(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  if (seconds >= 60) {
    const minutes = Math.ceil(seconds / 60);
    return say('auth.sessionTimeout.minutes', { minutes });
  }
  return say('auth.sessionTimeout.seconds', { seconds });
}

/**
 * Warns before the session ends and offers to stay signed in (any request
 * restarts the server's idle timer). At the end it checks with the server
 * (another tab may have kept the session alive) before showing the
 * signed-out page. Drafts are already in local storage, so nothing is lost.
 */
export function SessionTimeout() {
  const { me, refresh, signOut } = useSession();
  const expiresAt = me ? Date.parse(me.sessionExpiresAt) : null;
  const [now, setNow] = useState(() => Date.now());
  const warning = expiresAt !== null && expiresAt - now <= WARNING_MS;

  useEffect(() => {
    if (expiresAt === null) return;
    if (!warning) {
      // Sleep until the warning is due; `now` moving on re-renders into the branch below.
      const timer = setTimeout(() => setNow(Date.now()), Math.max(0, expiresAt - WARNING_MS - Date.now()));
      return () => clearTimeout(timer);
    }
    const tick = setInterval(() => {
      const t = Date.now();
      setNow(t);
      if (t >= expiresAt) {
        clearInterval(tick);
        void refresh();
      }
    }, 1000);
    return () => clearInterval(tick);
  }, [expiresAt, warning, refresh]);

  const remaining = expiresAt === null ? 0 : expiresAt - now;
  return (
    <ModalDialog open={warning} title={say('auth.sessionTimeout.youReAboutTo')} onClose={() => void refresh()}>
      <p className="govuk-body">
        {say('auth.sessionTimeout.forYourSecurityWe')}{' '}<strong>{remainingText(remaining)}</strong>.
      </p>
      {/* Screen readers hear the time once a minute, not every second. */}
      <p className="govuk-visually-hidden" aria-live="polite" aria-atomic="true">
        {remaining > 0 ? say('auth.sessionTimeout.weWillSignYou', { remainingText: String(remainingText(Math.ceil(remaining / 60_000) * 60_000)) }) : ''}
      </p>
      <p className="govuk-body">{say('auth.sessionTimeout.anythingYouHaveTyped')}</p>
      <ButtonGroup>
        <Button onClick={() => void refresh()}>{say('auth.sessionTimeout.staySignedIn')}</Button>
        <button type="button" className="fp-link-button govuk-body" onClick={() => void signOut()}>
          {say('auth.sessionTimeout.signOut')}
        </button>
      </ButtonGroup>
    </ModalDialog>
  );
}
