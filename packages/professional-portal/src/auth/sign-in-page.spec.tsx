import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { SignInDocument } from '../gql/graphql';
import { meMock, person, renderPortal } from '../testing/render-portal';
import { safeReturnTo } from './sign-in-page';

const signInRequest = (username: string, password: string) => ({ query: SignInDocument, variables: { input: { username, password } } });

describe('sign in', () => {
  it('checks the answers on submit, lists them in a focused error summary, and clears each as it is fixed', async () => {
    const user = userEvent.setup();
    renderPortal('/sign-in', [meMock(null)]);
    await user.click(await screen.findByRole('button', { name: 'Sign in' }));
    const summary = screen.getByRole('alert').parentElement!;
    expect(summary).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Enter your username' })).toHaveAttribute('href', '#username');
    expect(document.title).toBe('Error: Sign in – Forever Planning');
    await user.type(screen.getByLabelText('Username'), 'sw.a1');
    expect(screen.queryByRole('link', { name: 'Enter your username' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Enter your password' })).toBeInTheDocument();
  });

  it('shows a wrong password against the password field and in the summary', async () => {
    const user = userEvent.setup();
    renderPortal('/sign-in', [
      meMock(null),
      { request: signInRequest('sw.a1', 'wrong'), result: { errors: [new GraphQLError('The username or password is not right.', { extensions: { code: 'UNAUTHENTICATED' } })] } },
    ]);
    await user.type(await screen.findByLabelText('Username'), 'sw.a1');
    await user.type(screen.getByLabelText('Password'), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    const link = await screen.findByRole('link', { name: 'The username or password is not right. Check them and try again.' });
    expect(link).toHaveAttribute('href', '#password');
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Error: The username or password is not right. Check them and try again.');
  });

  it('says how long to wait after too many attempts', async () => {
    const user = userEvent.setup();
    renderPortal('/sign-in', [
      meMock(null),
      {
        request: signInRequest('sw.a1', 'guess'),
        result: { errors: [new GraphQLError('Too many sign-in attempts. Try again in 15 minutes.', { extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 900 } })] },
      },
    ]);
    await user.type(await screen.findByLabelText('Username'), 'sw.a1');
    await user.type(screen.getByLabelText('Password'), 'guess');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many sign-in attempts. Try again in 15 minutes.');
  });

  it('goes back to the page that asked for sign-in', async () => {
    const user = userEvent.setup();
    const me = person('IRO');
    const { router } = renderPortal('/children/child-9', [
      meMock(null),
      { request: signInRequest('iro.a', 'right'), result: { data: { signIn: me } } },
    ]);
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    await user.type(await screen.findByLabelText('Username'), 'iro.a');
    await user.type(screen.getByLabelText('Password'), 'right');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/children/child-9'));
  });

  it('never returns to another site', () => {
    expect(safeReturnTo('//evil.example/')).toBe('/');
    expect(safeReturnTo('https://evil.example/')).toBe('/');
    expect(safeReturnTo('/children/1?x=1')).toBe('/children/1?x=1');
    expect(safeReturnTo(null)).toBe('/');
  });
});
