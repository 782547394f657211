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
  const first = screen.getByRole('group', { name: 'Action 1' });
  await user.type(within(first).getByLabelText('What will be done'), 'Angie will get to contact sessions on time');
  await user.type(within(first).getByLabelText('By whom'), 'Angie');
  await user.click(within(first).getByLabelText('By a date'));
  const date = within(first).getByRole('group', { name: /Date/ });
  await user.type(within(date).getByLabelText('Day'), '1');
  await user.type(within(date).getByLabelText('Month'), '2');
  await user.type(within(date).getByLabelText('Year'), '2027');
  await user.click(screen.getByRole('button', { name: 'Add another action' }));
  const second = screen.getByRole('group', { name: 'Action 2' });
  await user.type(within(second).getByLabelText('What will be done'), 'Book the permanence planning meeting');
  await user.type(within(second).getByLabelText('By whom'), 'Social worker');
  await user.click(within(second).getByLabelText('Within a number of weeks of the plan’s approval'));
  await user.type(within(second).getByLabelText('Number of weeks'), '6');
}

describe('the plan editor’s outcome form', () => {
  beforeEach(() => localStorage.clear());

  it('lists every missing answer in the error summary on submit and saves nothing', async () => {
    const user = userEvent.setup();
    const onSave = jest.fn(async (_values: OutcomeValues) => undefined);
    renderForm(onSave);
    await user.click(screen.getByRole('button', { name: 'Add outcome' }));
    const summary = await screen.findByRole('alert');
    for (const message of ['Enter the planned outcome for the child', 'Enter how you will measure progress', 'Enter what will be done for action 1']) {
      expect(within(summary).getByRole('link', { name: message })).toBeInTheDocument();
    }
    const action = screen.getByRole('group', { name: 'Action 1' });
    expect(within(action).getByText('Enter who will do action 1')).toBeInTheDocument();
    expect(within(action).getByText(/Choose a timescale for action 1/)).toBeInTheDocument();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('validates as the user types once a field has been left', async () => {
    const user = userEvent.setup();
    renderForm(async () => undefined);
    await user.type(screen.getByLabelText('Planned outcome for the child'), 'Damian feels safe');
    const box = screen.getByLabelText('Measure of progress');
    await user.type(box, 'x');
    await user.clear(box);
    await user.tab();
    expect(await screen.findAllByText('Enter how you will measure progress')).not.toHaveLength(0);
    await user.type(box, 'Angie is on time');
    await waitFor(() => expect(screen.queryByText('Enter how you will measure progress')).not.toBeInTheDocument());
  });

  it('saves the outcome with several actions, each with its own timescale, then empties the form for the next outcome', async () => {
    const user = userEvent.setup();
    const onSave = jest.fn(async (_values: OutcomeValues) => undefined);
    renderForm(onSave);
    await fillOutcome(user);
    await user.click(screen.getByRole('button', { name: 'Add outcome' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0][0]).toMatchObject({
      outcome: 'Damian will feel safe',
      actions: [
        { action: 'Angie will get to contact sessions on time', byWhom: 'Angie', timescale: 'DATE', dueDate: { day: '1', month: '2', year: '2027' } },
        { action: 'Book the permanence planning meeting', byWhom: 'Social worker', timescale: 'WEEKS', withinWeeks: '6' },
      ],
    });
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
      throw new CombinedGraphQLErrors({ errors: [{ message: 'withinWeeks must be at most 104 (two years)', extensions: { code: 'BAD_USER_INPUT', field: 'input.actions.1.withinWeeks' } }] });
    });
    renderForm(onSave);
    await fillOutcome(user);
    await user.click(screen.getByRole('button', { name: 'Add outcome' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'withinWeeks must be at most 104 (two years)' })).toHaveAttribute('href', '#new-action-1-withinWeeks');
  });
});
