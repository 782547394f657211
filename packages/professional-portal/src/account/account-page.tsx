import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, ErrorSummary, NotificationBanner, SummaryList, TextInput, useForm, type Validators } from '@forever-planning/ui';
import { AuthenticatorCodeInput, AuthenticatorKeySteps, RecoveryCodesShownOnce, authenticatorCode, authenticatorCodeValidators, type AuthenticatorCodeValues } from '../auth/authenticator-set-up';
import { apiError } from '../common/graphql-errors';
import { ErrorPage, Loading } from '../common/page-states';
import { usePageTitle } from '../common/use-page-title';
import { ConfirmMyTotpEnrolmentDocument, MyAuthenticatorDocument, ReplaceMyRecoveryCodesDocument, StartMyTotpEnrolmentDocument } from '../gql/graphql';
import { say } from '../i18n/i18n';

type PasswordValues = { currentPassword: string };

const passwordValidators: Validators<PasswordValues> = {
  currentPassword: (v) => (!v ? say('account.accountPage.enterYourCurrentPassword') : undefined),
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
  const title = codes ? say('account.accountPage.saveYourRecoveryCodes') : enrolment ? say('account.accountPage.setUpAnAuthenticator') : say('account.accountPage.yourAccount');
  usePageTitle(title, form.summary.length > 0);

  if (loading && !data) return <Loading what={say('account.accountPage.loadingYourAccount')} />;
  if (error || !me) return <ErrorPage message={error ? apiError(error).message : say('account.accountPage.yourAccountCouldNot')} />;

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
        passwordForm.setServerErrors([{ message: say('account.accountPage.thatTookTooLong') }]);
        return;
      }
      codeForm.setServerErrors([{ field: err.field === 'code' ? 'code' : undefined, message: err.message }]);
    }
  });

  if (codes) {
    const lead = codes.fresh ? say('account.accountPage.theseAreYourNew') : say('account.accountPage.yourAuthenticatorAppIs');
    return <RecoveryCodesShownOnce title={title} lead={lead} codes={codes.codes} onSaved={() => setCodes(null)} />;
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={form.summary} focusKey={form.submitCount} />
        <h1 className="govuk-heading-l">{title}</h1>
        {!me.hasLocalPassword ? (
          <p className="govuk-body">{say('account.accountPage.youSignInThrough')}</p>
        ) : enrolment ? (
          <>
            <AuthenticatorKeySteps enrolment={enrolment} />
            <form noValidate onSubmit={submitCode}>
              <AuthenticatorCodeInput {...codeForm.field('code')} />
              <Button type="submit" disabled={confirming.loading}>
                {say('account.accountPage.confirmAndSetUp')}
              </Button>
            </form>
          </>
        ) : me.enrolled ? (
          <>
            <h2 className="govuk-heading-m">{say('account.accountPage.authenticatorApp')}</h2>
            <SummaryList
              rows={[
                { key: say('account.accountPage.setUp'), value: me.enrolledAt ? DAY.format(new Date(me.enrolledAt)) : say('account.accountPage.yes') },
                { key: say('account.accountPage.recoveryCodesLeft'), value: say('account.accountPage.codesLeftOf10', { recoveryCodesLeft: me.recoveryCodesLeft }) },
              ]}
            />
            {me.recoveryCodesLeft <= 3 && (
              <NotificationBanner title={say('account.accountPage.important')} heading={say('account.accountPage.youHaveRecoveryCodes', { count: me.recoveryCodesLeft })}>
                <p className="govuk-body">{say('account.accountPage.makeNewOnesNow')}</p>
              </NotificationBanner>
            )}
            <h2 className="govuk-heading-m">{say('account.accountPage.makeNewRecoveryCodes')}</h2>
            <p className="govuk-body">{say('account.accountPage.youGet10New')}</p>
            <form noValidate onSubmit={submitCode}>
              <AuthenticatorCodeInput hint={say('account.accountPage.toShowItIs')} {...codeForm.field('code')} />
              <Button type="submit" disabled={replacing.loading}>
                {say('account.accountPage.makeNewRecoveryCodes')}
              </Button>
            </form>
            <p className="govuk-body">{say('account.accountPage.ifYouHaveLost')}</p>
          </>
        ) : (
          <>
            <h2 className="govuk-heading-m">{say('account.accountPage.authenticatorApp')}</h2>
            <p className="govuk-body">
              {me.requiredByCouncil
                ? say('account.accountPage.yourCouncilAsksStaff')
                : say('account.accountPage.yourCouncilDoesNot')}
            </p>
            <form noValidate onSubmit={submitPassword}>
              <TextInput label={say('account.accountPage.yourCurrentPassword')} type="password" autoComplete="current-password" width="20" {...passwordForm.field('currentPassword')} />
              <Button type="submit" disabled={started.loading}>
                {say('account.accountPage.setUpAnAuthenticator')}
              </Button>
            </form>
          </>
        )}
      </div>
    </div>
  );
}
