import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { readDraft } from '../drafts/draft-store';
import { OutcomeForm } from './outcome-form';
import type { OutcomeValues } from './plan-forms';

function renderForm(onSave: (v: OutcomeValues) => Promise<void>) {
  return render(<OutcomeForm idPrefix="new" heading="Add an outcome" submitLabel="Add outcome" userId="u1" draftKey="plan:p1:new-outcome" onSave={onSave} />);
}

async function fillOutcome(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Planned outcome for the child'), 'Damian will feel safe');
  await user.type(screen.getByLabelText('Measure of progress'), 'Angie is drug free when spending time with Damian');
  await user.type(screen.getByLabelText('Actions'), 'Angie will get to contact sessions on time');
  await user.type(screen.getByLabelText('By whom'), 'Angie');
  const timescale = screen.getByRole('group', { name: /Timescale/ });
  await user.type(within(timescale).getByLabelText('Day'), '1');
  await user.type(within(timescale).getByLabelText('Month'), '2');
  await user.type(within(timescale).getByLabelText('Year'), '2027');
}

describe('the plan editor’s outcome form', () => {
  beforeEach(() => localStorage.clear());

  it('lists every missing answer in the error summary on submit and saves nothing', async () => {
    const user = userEvent.setup();
    const onSave = jest.fn(async (_values: OutcomeValues) => undefined);
    renderForm(onSave);
    await user.click(screen.getByRole('button', { name: 'Add outcome' }));
    const summary = await screen.findByRole('alert');
    for (const message of ['Enter the planned outcome for the child', 'Enter how you will measure progress', 'Enter the actions that will deliver the outcome', 'Enter who will do the actions', 'Enter the date the outcome is due by']) {
      expect(within(summary).getByRole('link', { name: message })).toBeInTheDocument();
    }
    expect(onSave).not.toHaveBeenCalled();
  });

  it('validates as the user types once a field has been left', async () => {
    const user = userEvent.setup();
    renderForm(async () => undefined);
    await user.type(screen.getByLabelText('Actions'), 'Book the meeting');
    const box = screen.getByLabelText('By whom');
    await user.type(box, 'x');
    await user.clear(box);
    await user.tab();
    expect(await screen.findAllByText('Enter who will do the actions')).not.toHaveLength(0);
    await user.type(box, 'Angie');
    await waitFor(() => expect(screen.queryByText('Enter who will do the actions')).not.toBeInTheDocument());
  });

  it('saves the five columns with an ISO date, then empties the form for the next outcome', async () => {
    const user = userEvent.setup();
    const onSave = jest.fn(async (_values: OutcomeValues) => undefined);
    renderForm(onSave);
    await fillOutcome(user);
    await user.click(screen.getByRole('button', { name: 'Add outcome' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0][0]).toMatchObject({ outcome: 'Damian will feel safe', byWhom: 'Angie', dueDate: { day: '1', month: '2', year: '2027' } });
    await waitFor(() => expect(screen.getByLabelText('Planned outcome for the child')).toHaveValue(''));
    expect(readDraft('u1', 'plan:p1:new-outcome')).toBeNull();
  });

  it('keeps what was typed as a draft and puts it back when the form opens again', async () => {
    const user = userEvent.setup();
    const { unmount } = renderForm(async () => undefined);
    await user.type(screen.getByLabelText('Planned outcome for the child'), 'Damian has a permanent carer');
    unmount();
    renderForm(async () => undefined);
    expect(screen.getByLabelText('Planned outcome for the child')).toHaveValue('Damian has a permanent carer');
    expect(screen.getByText('We put back what you had typed here and not saved.')).toBeInTheDocument();
  });

  it('shows a server error on the field it names', async () => {
    const user = userEvent.setup();
    const onSave = jest.fn(async () => {
      throw new CombinedGraphQLErrors({ errors: [{ message: 'The timescale must be after the plan started', extensions: { code: 'BAD_USER_INPUT', field: 'input.dueDate' } }] });
    });
    renderForm(onSave);
    await fillOutcome(user);
    await user.click(screen.getByRole('button', { name: 'Add outcome' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'The timescale must be after the plan started' })).toHaveAttribute('href', '#new-dueDate');
  });
});
