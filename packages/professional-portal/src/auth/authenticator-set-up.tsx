import type { ComponentProps, ReactNode } from 'react';
import { Button, TextInput, WarningText, type Validators } from '@forever-planning/ui';
import { say } from '../i18n/i18n';

/**
 * The pieces of setting up an authenticator app that the sign-in's second
 * step and "Your account" share, so a staff member reads the same steps,
 * code rules and recovery-code warning in both places.
 */

export type AuthenticatorCodeValues = { code: string };

export const authenticatorCodeValidators: Validators<AuthenticatorCodeValues> = {
  code: (v) => (!v.trim() ? say('auth.authenticatorSetUp.enterThe6Digit') : !/^\d{6}$/.test(v.replace(/\s/g, '')) ? say('auth.authenticatorSetUp.theCodeMustBe') : undefined),
};

/** The code as the API wants it: the app shows "123 456", people type either. */
export const authenticatorCode = (code: string) => code.replace(/\s/g, '');

/** "ABCD EFGH ...": the key in groups of four, easier to read and type into an app. */
const grouped = (secret: string) => secret.replace(/(.{4})/g, '$1 ').trim();

/** The three steps: scan the QR code, or type the key, then give the code the app shows. */
export function AuthenticatorKeySteps({ enrolment }: { enrolment: { qrCodeDataUrl: string; secret: string } }) {
  return (
    <ol className="govuk-list govuk-list--number">
      <li>
        {say('auth.authenticatorSetUp.inYourAuthenticatorApp')}
        <div>
          <img
            src={enrolment.qrCodeDataUrl}
            width={200}
            height={200}
            className="fp-qr-code"
            alt={say('auth.authenticatorSetUp.qrCodeHoldingYour')}
          />
        </div>
      </li>
      <li>
        {say('auth.authenticatorSetUp.ifYouCannotScan')}
        <p className="govuk-inset-text govuk-!-margin-top-2">
          <code className="fp-totp-secret" data-secret={enrolment.secret}>
            {grouped(enrolment.secret)}
          </code>
        </p>
      </li>
      <li>{say('auth.authenticatorSetUp.enterThe6Digit2')}</li>
    </ol>
  );
}

/** The recovery codes, shown once, with the warning to keep them off the phone. */
export function RecoveryCodesShownOnce({ title, lead, codes, onSaved }: { title: string; lead: ReactNode; codes: string[]; onSaved: () => void }) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{title}</h1>
        <p className="govuk-body">{lead}{' '}{say('auth.authenticatorSetUp.ifYouLoseYour')}</p>
        <WarningText>{say('auth.authenticatorSetUp.thisIsTheOnly')}</WarningText>
        <ul className="govuk-list fp-recovery-codes" aria-label={say('auth.authenticatorSetUp.recoveryCodes')}>
          {codes.map((c) => (
            <li key={c}>
              <code className="govuk-!-font-size-24">{c}</code>
            </li>
          ))}
        </ul>
        <Button onClick={onSaved}>{say('auth.authenticatorSetUp.iHaveSavedMy')}</Button>
      </div>
    </div>
  );
}

/** The code field itself: numeric keyboard on a phone, and the browser may fill it from the app. */
export function AuthenticatorCodeInput(field: Omit<ComponentProps<typeof TextInput>, 'label'>) {
  return <TextInput label={say('auth.authenticatorSetUp.codeFromYourAuthenticator')} autoComplete="one-time-code" inputMode="numeric" spellCheck={false} width="10" {...field} />;
}
