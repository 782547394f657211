import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ErrorSummary } from './error-summary';
import { TextInput } from './form-fields';
import { useForm, type Validators } from './use-form';

type Values = { username: string; password: string };
const validators: Validators<Values> = {
  username: (v) => (v.trim() ? undefined : 'Enter your username'),
  password: (v) => (v ? undefined : 'Enter your password'),
};

function SignIn({ onValid }: { onValid: (v: Values) => void }) {
  const form = useForm<Values>({ initialValues: { username: '', password: '' }, validators });
  return (
    <form noValidate onSubmit={form.handleSubmit(onValid)}>
      <ErrorSummary errors={form.summary} focusKey={form.submitCount} />
      <TextInput label="Username" {...form.field('username')} />
      <TextInput label="Password" type="password" {...form.field('password')} />
      <button type="submit">Sign in</button>
      <button type="button" onClick={() => form.setServerErrors([{ message: 'The username or password is not right.' }])}>
        server
      </button>
      <span>{form.dirty ? 'dirty' : 'clean'}</span>
    </form>
  );
}

describe('useForm', () => {
  it('shows a field error once the field is left, and updates it as the user types', async () => {
    const user = userEvent.setup();
    render(<SignIn onValid={() => {}} />);
    await user.click(screen.getByLabelText('Username'));
    expect(screen.queryByText('Enter your username', { selector: '.govuk-error-message *, .govuk-error-message' })).toBeNull();
    await user.tab();
    expect(screen.getByLabelText('Username')).toHaveAccessibleDescription('Error: Enter your username');
    await user.click(screen.getByLabelText('Username'));
    await user.type(screen.getByLabelText('Username'), 's');
    expect(screen.getByLabelText('Username')).not.toHaveAccessibleDescription();
    expect(screen.getByText('dirty')).toBeInTheDocument();
  });

  it('on submit lists every error in the summary, focused, and does not call onValid', async () => {
    const user = userEvent.setup();
    const onValid = jest.fn();
    render(<SignIn onValid={onValid} />);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(onValid).not.toHaveBeenCalled();
    expect(screen.getByRole('link', { name: 'Enter your username' })).toHaveAttribute('href', '#username');
    expect(screen.getByRole('link', { name: 'Enter your password' })).toBeInTheDocument();
    expect(screen.getByRole('alert').parentElement).toHaveFocus();
    await user.type(screen.getByLabelText('Username'), 'sw.a1');
    expect(screen.queryByRole('link', { name: 'Enter your username' })).toBeNull();
    await user.type(screen.getByLabelText('Password'), 'secret');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(onValid).toHaveBeenCalledWith({ username: 'sw.a1', password: 'secret' });
  });

  it('lists a server error without a field as plain text in the summary', async () => {
    const user = userEvent.setup();
    render(<SignIn onValid={() => {}} />);
    await user.click(screen.getByRole('button', { name: 'server' }));
    expect(screen.getByRole('alert')).toHaveTextContent('The username or password is not right.');
  });
});
