import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { Button, ErrorSummary, TextInput, useForm, type Validators } from '@forever-planning/ui';
import { useSession } from '../app/session';
import { apiError } from '../common/api-error';
import { Page } from '../common/page';
import { RedeemInvitationDocument } from '../gql/graphql';
import { WORDS } from '../words';

/** The server's rule: at least 12 characters. */
export const MIN_PASSWORD = 12;

type Values = { code: string; password: string; confirm: string };
const validators: Validators<Values> = {
  code: (v) => (!v.trim() ? WORDS.firstSignIn.noCode : undefined),
  password: (v) => (v.length < MIN_PASSWORD ? WORDS.firstSignIn.shortPassword : undefined),
  confirm: (v, all) => (v !== all.password ? WORDS.firstSignIn.notSame : undefined),
};

/** First sign-in: the code from the worker, and a password the child chooses. */
export function FirstSignInPage() {
  const session = useSession();
  const navigate = useNavigate();
  const [redeem, { loading }] = useMutation(RedeemInvitationDocument);
  const form = useForm<Values>({ initialValues: { code: '', password: '', confirm: '' }, validators });

  const submit = form.handleSubmit(async ({ code, password }) => {
    try {
      const result = await redeem({ variables: { input: { code: code.trim(), password } } });
      if (!result.data) return;
      await session.signedIn(result.data.redeemInvitation);
      navigate('/', { replace: true });
    } catch (error) {
      const e = apiError(error);
      if (e.code === 'BAD_USER_INPUT' && e.field === 'password') form.setServerErrors([{ field: 'password', message: WORDS.firstSignIn.shortPassword }]);
      else if (e.code === 'NETWORK') form.setServerErrors([{ message: WORDS.site.problem }]);
      else form.setServerErrors([{ field: 'code', message: WORDS.firstSignIn.badCode }]);
    }
  });

  return (
    <Page title={WORDS.firstSignIn.title} hasErrors={form.summary.length > 0} lead={WORDS.firstSignIn.intro}>
      <ErrorSummary errors={form.summary} focusKey={form.submitCount} title={WORDS.site.problemTitle} />
      <form noValidate onSubmit={submit}>
        <TextInput label={WORDS.firstSignIn.code} hint={WORDS.firstSignIn.codeHint} autoComplete="one-time-code" spellCheck={false} {...form.field('code')} />
        <TextInput label={WORDS.firstSignIn.password} hint={WORDS.firstSignIn.passwordHint} type="password" autoComplete="new-password" {...form.field('password')} />
        <TextInput label={WORDS.firstSignIn.confirm} type="password" autoComplete="new-password" {...form.field('confirm')} />
        <Button type="submit" disabled={loading}>
          {WORDS.firstSignIn.button}
        </Button>
      </form>
    </Page>
  );
}
