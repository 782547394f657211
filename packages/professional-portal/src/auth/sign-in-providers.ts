import { useEffect, useState } from 'react';

export interface SignInProvider {
  id: string;
  name: string;
  councilName: string;
  localPasswordsAllowed: boolean;
}

export interface SignInOptions {
  providers: SignInProvider[];
  /** False only when every council signs its staff in through its own provider. */
  localSignInAvailable: boolean;
  loaded: boolean;
}

/** Which councils sign staff in through their own identity provider (GET /auth/providers, public). */
export function useSignInOptions(): SignInOptions {
  const [options, setOptions] = useState<SignInOptions>({ providers: [], localSignInAvailable: true, loaded: false });
  useEffect(() => {
    let live = true;
    if (typeof fetch !== 'function') return;
    fetch('/auth/providers', { headers: { accept: 'application/json' } })
      .then((res) => (res.ok ? res.json() : null))
      .then((body: { providers: SignInProvider[]; localSignInAvailable: boolean } | null) => {
        if (live && body) setOptions({ providers: body.providers, localSignInAvailable: body.localSignInAvailable, loaded: true });
      })
      // Without the list the local form still works.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return options;
}

/** What each refusal from the provider sign-in means for the person, and what to do. */
export const PROVIDER_PROBLEMS: Record<string, string> = {
  'mfa-required':
    'Your council needs you to confirm it is you with a second step, such as a code from an app on your phone. Sign in with your council account again and complete that step.',
  'no-role': 'Your council account is not set up to use Forever Planning. Ask your Forever Planning administrator to add you to the right group.',
  'email-domain': 'That account’s email address is not one your council uses for Forever Planning. Sign in with your council work account.',
  disabled: 'Your Forever Planning account has been closed. Ask your Forever Planning administrator if you still need it.',
  expired: 'Signing in took too long. Try again.',
  failed: 'Signing in with your council account did not work. Try again.',
};
