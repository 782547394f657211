import { useMutation } from '@apollo/client/react';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import type { SignInState } from '../app/layout';
import { Button, ErrorSummary, TextInput, UiLink, useForm, type Validators } from '@forever-planning/ui';
import { useSession } from '../app/session';
import { apiError } from '../common/api-error';
import { Page } from '../common/page';
import { YoungPersonSignInDocument, YoungPersonSignOutDocument } from '../gql/graphql';
import { WORDS } from '../words';
import { safeReturnTo } from './return-to';

type Values = { username: string; password: string };
const validators: Validators<Values> = {
  username: (v) => (!v.trim() ? WORDS.signIn.noUsername : undefined),
  password: (v) => (!v ? WORDS.signIn.noPassword : undefined),
};

export function SignInPage() {
  const session = useSession();
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const [signIn, { loading }] = useMutation(YoungPersonSignInDocument);
  const [signOut] = useMutation(YoungPersonSignOutDocument);
  const form = useForm<Values>({ initialValues: { username: '', password: '' }, validators });
  // From the history entry's state (see app/layout.tsx); an address from before still works.
  const returnTo = safeReturnTo((location.state as SignInState)?.returnTo ?? params.get('returnTo'));

  const submit = form.handleSubmit(async ({ username, password }) => {
    try {
      const result = await signIn({ variables: { input: { username: username.trim(), password } } });
      const me = result.data?.signIn;
      if (!me) return;
      if (!me.abilities.ownRecord) {
        // A grown-up's account: their portal is elsewhere, and this one shows a child's world only.
        await signOut();
        form.setServerErrors([{ message: WORDS.signIn.professional }]);
        return;
      }
      await session.signedIn(me);
      navigate(returnTo, { replace: true });
    } catch (error) {
      const e = apiError(error);
      form.setServerErrors([e.code === 'UNAUTHENTICATED' ? { field: 'password', message: WORDS.signIn.wrong } : { message: WORDS.site.problem }]);
    }
  });

  if (session.me && !session.timedOut) return <Navigate to={returnTo} replace />;
  return (
    <Page title={WORDS.signIn.title} hasErrors={form.summary.length > 0} lead={WORDS.signIn.intro}>
      <ErrorSummary errors={form.summary} focusKey={form.submitCount} title={WORDS.site.problemTitle} />
      <form noValidate onSubmit={submit}>
        <TextInput label={WORDS.signIn.username} autoComplete="username" spellCheck={false} {...form.field('username')} />
        <TextInput label={WORDS.signIn.password} type="password" autoComplete="current-password" {...form.field('password')} />
        <Button type="submit" disabled={loading}>
          {WORDS.signIn.button}
        </Button>
      </form>
      <h2 className="govuk-heading-m">{WORDS.signIn.firstTime}</h2>
      <p className="govuk-body">
        <UiLink href="/first-time" className="govuk-link">
          {WORDS.signIn.firstTimeLink}
        </UiLink>
      </p>
    </Page>
  );
}
