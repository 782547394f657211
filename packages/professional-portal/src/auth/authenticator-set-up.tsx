import type { ComponentProps, ReactNode } from 'react';
import { Button, TextInput, WarningText, type Validators } from '@forever-planning/ui';

/**
 * The pieces of setting up an authenticator app that the sign-in's second
 * step and "Your account" share, so a staff member reads the same steps,
 * code rules and recovery-code warning in both places.
 */

export type AuthenticatorCodeValues = { code: string };

export const authenticatorCodeValidators: Validators<AuthenticatorCodeValues> = {
  code: (v) => (!v.trim() ? 'Enter the 6-digit code from your authenticator app' : !/^\d{6}$/.test(v.replace(/\s/g, '')) ? 'The code must be 6 digits' : undefined),
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
        In your authenticator app (such as Microsoft Authenticator or Google Authenticator), add an account and scan this QR code.
        <div>
          <img
            src={enrolment.qrCodeDataUrl}
            width={200}
            height={200}
            className="fp-qr-code"
            alt="QR code holding your Forever Planning key. If you cannot scan it, type in the key shown below instead."
          />
        </div>
      </li>
      <li>
        If you cannot scan it, choose to enter a key and type this one (spaces do not matter):
        <p className="govuk-inset-text govuk-!-margin-top-2">
          <code className="fp-totp-secret" data-secret={enrolment.secret}>
            {grouped(enrolment.secret)}
          </code>
        </p>
      </li>
      <li>Enter the 6-digit code the app now shows for Forever Planning.</li>
    </ol>
  );
}

/** The recovery codes, shown once, with the warning to keep them off the phone. */
export function RecoveryCodesShownOnce({ title, lead, codes, onSaved }: { title: string; lead: ReactNode; codes: string[]; onSaved: () => void }) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{title}</h1>
        <p className="govuk-body">{lead} If you lose your phone, each of these codes lets you sign in once instead of a code from the app.</p>
        <WarningText>This is the only time you will see these codes. Print them or write them down and keep them somewhere safe, not on your phone.</WarningText>
        <ul className="govuk-list fp-recovery-codes" aria-label="Recovery codes">
          {codes.map((c) => (
            <li key={c}>
              <code className="govuk-!-font-size-24">{c}</code>
            </li>
          ))}
        </ul>
        <Button onClick={onSaved}>I have saved my recovery codes</Button>
      </div>
    </div>
  );
}

/** The code field itself: numeric keyboard on a phone, and the browser may fill it from the app. */
export function AuthenticatorCodeInput(field: Omit<ComponentProps<typeof TextInput>, 'label'>) {
  return <TextInput label="Code from your authenticator app" autoComplete="one-time-code" inputMode="numeric" spellCheck={false} width="10" {...field} />;
}
