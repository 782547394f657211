import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { Loading } from '../common/page-states';
import { useSession } from './session';
import { say } from '../i18n/i18n';

/** A route, so that leaving a form with unsaved changes to sign out is warned about like any other exit. */
export function SignOutPage() {
  const { signOut } = useSession();
  const navigate = useNavigate();
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void signOut().finally(() => navigate('/sign-in', { replace: true, state: { signedOut: true } }));
  }, [signOut, navigate]);
  return <Loading what={say('auth.signOutPage.signingOut')} />;
}
