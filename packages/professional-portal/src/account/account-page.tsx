import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, ErrorSummary, NotificationBanner, SummaryList, TextInput, useForm, type Validators } from '@forever-planning/ui';
import { AuthenticatorCodeInput, AuthenticatorKeySteps, RecoveryCodesShownOnce, authenticatorCode, authenticatorCodeValidators, type AuthenticatorCodeValues } from '../auth/authenticator-set-up';
import { apiError } from '../common/graphql-errors';
import { ErrorPage, Loading } from '../common/page-states';
import { usePageTitle } from '../common/use-page-title';
import { ConfirmMyTotpEnrolmentDocument, MyAuthenticatorDocument, ReplaceMyRecoveryCodesDocument, StartMyTotpEnrolmentDocument } from '../gql/graphql';

type PasswordValues = { currentPassword: string };

const passwordValidators: Validators<PasswordValues> = {
  currentPassword: (v) => (!v ? 'Enter your current password' : undefined),
};

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });

/**
 * A staff member's own account: their authenticator app. Set one up even
 * where the council does not require it (every sign-in then asks for a code),
 * and make a fresh set of recovery codes (the old ones stop working).
 */
export function AccountPage() {
  const { data, loading, error } = useQuery(MyAuthenticatorDocument, { fetchPolicy: 'network-only' });
  const [start, started] = useMutation(StartMyTotpEnrolmentDocument);
  const [confirm, confirming] = useMutation(ConfirmMyTotpEnrolmentDocument, { refetchQueries: [MyAuthenticatorDocument] });
  const [replace, replacing] = useMutation(ReplaceMyRecoveryCodesDocument, { refetchQueries: [MyAuthenticatorDocument] });
  const [codes, setCodes] = useState<{ codes: string[]; fresh: boolean } | null>(null);
  const passwordForm = useForm<PasswordValues>({ initialValues: { currentPassword: '' }, validators: passwordValidators });
  const codeForm = useForm<AuthenticatorCodeValues>({ initialValues: { code: '' }, validators: authenticatorCodeValidators });
  const enrolment = started.data?.startMyTotpEnrolment;
  const me = data?.myAuthenticator;
  const form = enrolment || me?.enrolled ? codeForm : passwordForm;
  const title = codes ? 'Save your recovery codes' : enrolment ? 'Set up an authenticator app' : 'Your account';
  usePageTitle(title, form.summary.length > 0);

  if (loading && !data) return <Loading what="Loading your account" />;
  if (error || !me) return <ErrorPage message={error ? apiError(error).message : 'Your account could not be loaded.'} />;

  const submitPassword = passwordForm.handleSubmit(async ({ currentPassword }) => {
    try {
      await start({ variables: { input: { currentPassword } } });
      passwordForm.reset({ currentPassword: '' });
    } catch (e) {
      const err = apiError(e);
      passwordForm.setServerErrors([{ field: err.field === 'currentPassword' ? 'currentPassword' : undefined, message: err.message }]);
    }
  });

  const submitCode = codeForm.handleSubmit(async ({ code }) => {
    const clean = authenticatorCode(code);
    try {
      if (enrolment) {
        const result = await confirm({ variables: { input: { challenge: enrolment.challenge, code: clean } } });
        if (result.data) setCodes({ codes: result.data.confirmMyTotpEnrolment.recoveryCodes, fresh: false });
        started.reset();
      } else {
        const result = await replace({ variables: { input: { code: clean } } });
        if (result.data) setCodes({ codes: result.data.replaceMyRecoveryCodes.recoveryCodes, fresh: true });
      }
      codeForm.reset({ code: '' });
    } catch (e) {
      const err = apiError(e);
      if (err.code === 'UNAUTHENTICATED' && enrolment) {
        started.reset();
        passwordForm.setServerErrors([{ message: 'That took too long. Enter your password to start again.' }]);
        return;
      }
      codeForm.setServerErrors([{ field: err.field === 'code' ? 'code' : undefined, message: err.message }]);
    }
  });

  if (codes) {
    const lead = codes.fresh ? 'These are your new recovery codes. Your old codes no longer work.' : 'Your authenticator app is set up. From now on you will give a code from it each time you sign in.';
    return <RecoveryCodesShownOnce title={title} lead={lead} codes={codes.codes} onSaved={() => setCodes(null)} />;
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={form.summary} focusKey={form.submitCount} />
        <h1 className="govuk-heading-l">{title}</h1>
        {!me.hasLocalPassword ? (
          <p className="govuk-body">You sign in through your council’s own account, which checks that it is you. There is nothing to set up here.</p>
        ) : enrolment ? (
          <>
            <AuthenticatorKeySteps enrolment={enrolment} />
            <form noValidate onSubmit={submitCode}>
              <AuthenticatorCodeInput {...codeForm.field('code')} />
              <Button type="submit" disabled={confirming.loading}>
                Confirm and set up
              </Button>
            </form>
          </>
        ) : me.enrolled ? (
          <>
            <h2 className="govuk-heading-m">Authenticator app</h2>
            <SummaryList
              rows={[
                { key: 'Set up', value: me.enrolledAt ? DAY.format(new Date(me.enrolledAt)) : 'Yes' },
                { key: 'Recovery codes left', value: `${me.recoveryCodesLeft} of 10` },
              ]}
            />
            {me.recoveryCodesLeft <= 3 && (
              <NotificationBanner title="Important" heading={`You have ${me.recoveryCodesLeft === 0 ? 'no' : `only ${me.recoveryCodesLeft}`} recovery codes left`}>
                <p className="govuk-body">Make new ones now, while you still have your phone.</p>
              </NotificationBanner>
            )}
            <h2 className="govuk-heading-m">Make new recovery codes</h2>
            <p className="govuk-body">You get 10 new codes and your old codes stop working. Do this if you have used most of them, or think someone else has seen them.</p>
            <form noValidate onSubmit={submitCode}>
              <AuthenticatorCodeInput hint="To show it is you." {...codeForm.field('code')} />
              <Button type="submit" disabled={replacing.loading}>
                Make new recovery codes
              </Button>
            </form>
            <p className="govuk-body">If you have lost your phone and your recovery codes, ask your council’s administrator to reset your authenticator app.</p>
          </>
        ) : (
          <>
            <h2 className="govuk-heading-m">Authenticator app</h2>
            <p className="govuk-body">
              {me.requiredByCouncil
                ? 'Your council asks staff to give a code from an authenticator app each time they sign in. Set one up now.'
                : 'Your council does not require it, but you can add a second step to your sign-in: a code from an authenticator app on your phone, as well as your password. It keeps children’s records safe if someone learns your password.'}
            </p>
            <form noValidate onSubmit={submitPassword}>
              <TextInput label="Your current password" type="password" autoComplete="current-password" width="20" {...passwordForm.field('currentPassword')} />
              <Button type="submit" disabled={started.loading}>
                Set up an authenticator app
              </Button>
            </form>
          </>
        )}
      </div>
    </div>
  );
}
