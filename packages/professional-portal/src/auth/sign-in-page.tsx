import { useMutation } from '@apollo/client/react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { Button, ErrorSummary, NotificationBanner, TextInput, useForm, type Validators } from '@forever-planning/ui';
import { apiError } from '../common/graphql-errors';
import { usePageTitle } from '../common/use-page-title';
import { SignInDocument } from '../gql/graphql';
import { useSession } from './session';

type Values = { username: string; password: string };

const validators: Validators<Values> = {
  username: (v) => (!v.trim() ? 'Enter your username' : v.length > 100 ? 'Username must be 100 characters or fewer' : undefined),
  password: (v) => (!v ? 'Enter your password' : undefined),
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
  usePageTitle('Sign in', form.summary.length > 0);

  const submit = form.handleSubmit(async ({ username, password }) => {
    try {
      const result = await signIn({ variables: { input: { username: username.trim(), password } } });
      if (!result.data) return;
      await session.signedIn(result.data.signIn);
      navigate(safeReturnTo(params.get('returnTo')), { replace: true });
    } catch (error) {
      const e = apiError(error);
      if (e.code === 'UNAUTHENTICATED') {
        form.setServerErrors([{ field: 'password', message: 'The username or password is not right. Check them and try again.' }]);
      } else if (e.code === 'BAD_USER_INPUT' && (e.field === 'username' || e.field === 'password')) {
        form.setServerErrors([{ field: e.field, message: e.message }]);
      } else {
        // TOO_MANY_REQUESTS says how long to wait; a network fault says to check the connection.
        form.setServerErrors([{ message: e.message }]);
      }
    }
  });

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {justSignedOut && form.summary.length === 0 && (
          <NotificationBanner type="success" title="Success" heading="You have signed out." />
        )}
        <ErrorSummary errors={form.summary} focusKey={form.submitCount} />
        <h1 className="govuk-heading-l">Sign in to Forever Planning</h1>
        <p className="govuk-body">For social workers, team managers, IROs, advocates, heads of service and administrators.</p>
        <form noValidate onSubmit={submit}>
          <TextInput label="Username" autoComplete="username" spellCheck={false} width="two-thirds" {...form.field('username')} />
          <TextInput label="Password" type="password" autoComplete="current-password" width="two-thirds" {...form.field('password')} />
          <Button type="submit" disabled={loading}>
            Sign in
          </Button>
        </form>
        <p className="govuk-body">
          Young people sign in at <a className="govuk-link" href="/young/">Forever Planning for young people</a>.
        </p>
      </div>
    </div>
  );
}
