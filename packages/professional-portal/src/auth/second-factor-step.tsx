import { useEffect, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, ErrorSummary, TextInput, useForm, type Validators } from '@forever-planning/ui';
import { apiError } from '../common/graphql-errors';
import { usePageTitle } from '../common/use-page-title';
import {
  ConfirmTotpEnrolmentDocument,
  SignInWithSecondFactorDocument,
  StartTotpEnrolmentDocument,
  type SignedInPersonFragment,
} from '../gql/graphql';
import { AuthenticatorCodeInput, AuthenticatorKeySteps, RecoveryCodesShownOnce, authenticatorCode, authenticatorCodeValidators, type AuthenticatorCodeValues } from './authenticator-set-up';
import { say } from '../i18n/i18n';

export interface SecondFactorChallenge {
  step: 'CODE' | 'ENROL';
  challenge: string;
}

interface Props extends SecondFactorChallenge {
  /** Signed in: the session is set, the page moves on. */
  onSignedIn(me: SignedInPersonFragment): Promise<void>;
  /** The challenge ran out or was used: back to the password. */
  onStartAgain(message: string): void;
}

type RecoveryValues = { recoveryCode: string };

const recoveryValidators: Validators<RecoveryValues> = {
  recoveryCode: (v) => (!v.trim() ? say('auth.secondFactorStep.enterOneOfYour') : undefined),
};

/**
 * After a right password, where the council requires it: a code from the
 * person's authenticator app (or a recovery code), or setting the app up
 * first, then the recovery codes, shown once.
 */
export function SecondFactorStep({ step, challenge, onSignedIn, onStartAgain }: Props) {
  const [useRecovery, setUseRecovery] = useState(false);
  const [recoveryCodes, setRecoveryCodes] = useState<{ codes: string[]; me: SignedInPersonFragment } | null>(null);
  const [start, started] = useMutation(StartTotpEnrolmentDocument);
  const [confirm, confirming] = useMutation(ConfirmTotpEnrolmentDocument);
  const [verify, verifying] = useMutation(SignInWithSecondFactorDocument);
  const codeForm = useForm<AuthenticatorCodeValues>({ initialValues: { code: '' }, validators: authenticatorCodeValidators });
  const recoveryForm = useForm<RecoveryValues>({ initialValues: { recoveryCode: '' }, validators: recoveryValidators });
  const enrolment = started.data?.startTotpEnrolment;
  const form = useRecovery ? recoveryForm : codeForm;
  const title = recoveryCodes ? say('auth.secondFactorStep.saveYourRecoveryCodes') : step === 'ENROL' ? say('auth.secondFactorStep.setUpAnAuthenticator') : useRecovery ? say('auth.secondFactorStep.enterARecoveryCode') : say('auth.secondFactorStep.enterTheCodeFrom');
  usePageTitle(title, form.summary.length > 0);

  useEffect(() => {
    if (step !== 'ENROL') return;
    start({ variables: { input: { challenge } } }).catch((error) => onStartAgain(apiError(error).message));
  }, [step, challenge, start, onStartAgain]);

  const failed = (error: unknown, field: 'code' | 'recoveryCode') => {
    const e = apiError(error);
    if (e.code === 'UNAUTHENTICATED') onStartAgain(e.message);
    else if (e.code === 'BAD_USER_INPUT' && field === 'code') codeForm.setServerErrors([{ field: 'code', message: e.message }]);
    else if (e.code === 'BAD_USER_INPUT') recoveryForm.setServerErrors([{ field: 'recoveryCode', message: e.message }]);
    else form.setServerErrors([{ message: e.message }]);
  };

  const submitCode = codeForm.handleSubmit(async ({ code }) => {
    try {
      if (step === 'ENROL') {
        const result = await confirm({ variables: { input: { challenge, code: authenticatorCode(code) } } });
        if (result.data) setRecoveryCodes({ codes: result.data.confirmTotpEnrolment.recoveryCodes, me: result.data.confirmTotpEnrolment.me });
      } else {
        const result = await verify({ variables: { input: { challenge, code: authenticatorCode(code) } } });
        if (result.data) await onSignedIn(result.data.signInWithSecondFactor);
      }
    } catch (error) {
      failed(error, 'code');
    }
  });

  const submitRecovery = recoveryForm.handleSubmit(async ({ recoveryCode }) => {
    try {
      const result = await verify({ variables: { input: { challenge, recoveryCode: recoveryCode.trim() } } });
      if (result.data) await onSignedIn(result.data.signInWithSecondFactor);
    } catch (error) {
      failed(error, 'recoveryCode');
    }
  });

  if (recoveryCodes) {
    return <RecoveryCodesShownOnce title={title} lead={say('auth.secondFactorStep.yourAuthenticatorAppIs')} codes={recoveryCodes.codes} onSaved={() => void onSignedIn(recoveryCodes.me)} />;
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={form.summary} focusKey={form.submitCount} />
        <h1 className="govuk-heading-l">{title}</h1>
        {step === 'ENROL' && (
          <>
            <p className="govuk-body">{say('auth.secondFactorStep.beforeYouSignIn')}</p>
            {!enrolment ? (
              <p className="govuk-body" role="status">{say('auth.secondFactorStep.makingYourKey')}</p>
            ) : (
              <AuthenticatorKeySteps enrolment={enrolment} />
            )}
          </>
        )}
        {!useRecovery ? (
          <form noValidate onSubmit={submitCode}>
            <AuthenticatorCodeInput hint={say('auth.secondFactorStep.the6DigitCode')} {...codeForm.field('code')} />
            <Button type="submit" disabled={confirming.loading || verifying.loading || (step === 'ENROL' && !enrolment)}>
              {step === 'ENROL' ? say('auth.secondFactorStep.confirmAndSignIn') : say('auth.secondFactorStep.continue')}
            </Button>
          </form>
        ) : (
          <form noValidate onSubmit={submitRecovery}>
            <TextInput
              label={say('auth.secondFactorStep.recoveryCode')}
              hint={say('auth.secondFactorStep.oneOfTheCodes')}
              autoComplete="off"
              spellCheck={false}
              width="10"
              {...recoveryForm.field('recoveryCode')}
            />
            <Button type="submit" disabled={verifying.loading}>
              {say('auth.secondFactorStep.continue')}
            </Button>
          </form>
        )}
        {step === 'CODE' && (
          <p className="govuk-body">
            <button type="button" className="fp-link-button govuk-body" onClick={() => setUseRecovery(!useRecovery)}>
              {useRecovery ? say('auth.secondFactorStep.useACodeFrom') : say('auth.secondFactorStep.iCannotUseMy')}
            </button>
          </p>
        )}
      </div>
    </div>
  );
}
