import { useEffect, useState } from 'react';
import { say } from '../i18n/i18n';

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
    say('auth.signInProviders.yourCouncilNeedsYou'),
  'no-role': say('auth.signInProviders.yourCouncilAccountIs'),
  'email-domain': say('auth.signInProviders.thatAccountSEmail'),
  disabled: say('auth.signInProviders.yourForeverPlanningAccount'),
  expired: say('auth.signInProviders.signingInTookToo'),
  failed: say('auth.signInProviders.signingInWithYour'),
};
