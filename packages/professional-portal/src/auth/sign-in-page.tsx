import { useCallback, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { Button, ErrorSummary, NotificationBanner, TextInput, useForm, type Validators } from '@forever-planning/ui';
import { apiError } from '../common/graphql-errors';
import { usePageTitle } from '../common/use-page-title';
import { SignInDocument } from '../gql/graphql';
import { useSession } from './session';
import { PROVIDER_PROBLEMS, useSignInOptions } from './sign-in-providers';
import { SecondFactorStep, type SecondFactorChallenge } from './second-factor-step';
import type { SignedInPersonFragment } from '../gql/graphql';
import { say } from '../i18n/i18n';

type Values = { username: string; password: string };

const validators: Validators<Values> = {
  username: (v) => (!v.trim() ? say('auth.signInPage.enterYourUsername') : v.length > 100 ? say('auth.signInPage.usernameMustBe100') : undefined),
  password: (v) => (!v ? say('auth.signInPage.enterYourPassword') : undefined),
};

/** Only paths inside this portal: never an address somewhere else. */
export function safeReturnTo(raw: string | null): string {
  return raw && raw.startsWith('/') && !raw.startsWith('//') && !raw.startsWith('/sign-in') ? raw : '/';
}

export function SignInPage() {
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const session = useSession();
  const [signIn, { loading }] = useMutation(SignInDocument);
  const form = useForm<Values>({ initialValues: { username: '', password: '' }, validators });
  const justSignedOut = (location.state as { signedOut?: boolean } | null)?.signedOut === true;
  const options = useSignInOptions();
  const problem = PROVIDER_PROBLEMS[params.get('problem') ?? ''];
  const errors = form.summary.length > 0 ? form.summary : problem ? [{ message: problem }] : [];
  const returnTo = safeReturnTo(params.get('returnTo'));
  const [secondFactor, setSecondFactor] = useState<SecondFactorChallenge | null>(null);
  usePageTitle(say('auth.signInPage.signIn'), errors.length > 0);

  const finish = useCallback(
    async (me: SignedInPersonFragment) => {
      await session.signedIn(me);
      navigate(returnTo, { replace: true });
    },
    [session, navigate, returnTo],
  );
  const startAgain = useCallback(
    (message: string) => {
      setSecondFactor(null);
      form.setServerErrors([{ message }]);
    },
    [form.setServerErrors],
  );

  const submit = form.handleSubmit(async ({ username, password }) => {
    try {
      const result = await signIn({ variables: { input: { username: username.trim(), password } } });
      if (!result.data) return;
      await finish(result.data.signIn);
    } catch (error) {
      const e = apiError(error);
      if (e.secondFactor && e.challenge) {
        // The password was right; the council asks for a code from an authenticator app next.
        form.setServerErrors([]);
        setSecondFactor({ step: e.secondFactor, challenge: e.challenge });
      } else if (e.code === 'UNAUTHENTICATED') {
        form.setServerErrors([{ field: 'password', message: say('auth.signInPage.theUsernameOrPassword') }]);
      } else if (e.code === 'BAD_USER_INPUT' && (e.field === 'username' || e.field === 'password')) {
        form.setServerErrors([{ field: e.field, message: e.message }]);
      } else {
        // TOO_MANY_REQUESTS says how long to wait; a network fault says to check the connection.
        form.setServerErrors([{ message: e.message }]);
      }
    }
  });

  if (secondFactor) return <SecondFactorStep {...secondFactor} onSignedIn={finish} onStartAgain={startAgain} />;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {justSignedOut && errors.length === 0 && (
          <NotificationBanner type="success" title={say('auth.signInPage.success')} heading={say('auth.signInPage.youHaveSignedOut')} />
        )}
        <ErrorSummary errors={errors} focusKey={form.submitCount} />
        <h1 className="govuk-heading-l">{say('auth.signInPage.signInToForever')}</h1>
        <p className="govuk-body">{say('auth.signInPage.forSocialWorkersTeam')}</p>
        {options.providers.map((p) => (
          // A plain link: the browser goes to the council's provider and back.
          <p className="govuk-body" key={p.id}>
            <a
              href={`/auth/oidc/${p.id}/start?returnTo=${encodeURIComponent(returnTo)}`}
              role="button"
              draggable="false"
              className="govuk-button govuk-!-margin-bottom-1"
              data-module="govuk-button"
            >
              {say('auth.signInPage.signInWith', { name: p.name })}
            </a>
            {options.providers.length > 1 && <span className="govuk-hint govuk-!-margin-bottom-0">{say('auth.signInPage.staff', { councilName: p.councilName })}</span>}
          </p>
        ))}
        {options.localSignInAvailable && (
          <>
            {options.providers.length > 0 && (
              <h2 className="govuk-heading-m">{say('auth.signInPage.orSignInWith')}</h2>
            )}
            <form noValidate onSubmit={submit}>
              <TextInput label={say('auth.signInPage.username')} autoComplete="username" spellCheck={false} width="two-thirds" {...form.field('username')} />
              <TextInput label={say('auth.signInPage.password')} type="password" autoComplete="current-password" width="two-thirds" {...form.field('password')} />
              <Button type="submit" disabled={loading}>
                {say('auth.signInPage.signIn')}
              </Button>
            </form>
          </>
        )}
        <p className="govuk-body">
          {say('auth.signInPage.youngPeopleSignIn')}{' '}<a className="govuk-link" href="/young/">{say('auth.signInPage.foreverPlanningForYoung')}</a>.
        </p>
      </div>
    </div>
  );
}
