import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ErrorSummary } from './error-summary';
import { TextInput } from './form-fields';

describe('ErrorSummary', () => {
  it('renders nothing without errors', () => {
    const { container } = render(<ErrorSummary errors={[]} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('takes focus when it appears, links each error to its field, and lists server errors as text', async () => {
    const user = userEvent.setup();
    render(
      <>
        <ErrorSummary errors={[{ message: 'Enter your username', fieldId: 'username' }, { message: 'Too many sign-in attempts.' }]} />
        <TextInput id="username" label="Username" value="" onChange={() => {}} />
      </>,
    );
    const summary = screen.getByRole('alert').parentElement!;
    expect(summary).toHaveFocus();
    expect(screen.getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    expect(screen.getByText('Too many sign-in attempts.').closest('a')).toBeNull();
    await user.click(screen.getByRole('link', { name: 'Enter your username' }));
    expect(screen.getByLabelText('Username')).toHaveFocus();
  });
});
