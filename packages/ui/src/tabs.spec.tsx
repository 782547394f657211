import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Tabs } from './tabs';

describe('Tabs', () => {
  it('shows one panel, switches on click and moves with the arrow keys', async () => {
    const user = userEvent.setup();
    render(
      <Tabs
        tabs={[
          { id: 'overview', label: 'Overview', panel: <p>Overview panel</p> },
          { id: 'plan', label: 'Plan', panel: <p>Plan panel</p> },
        ]}
      />,
    );
    expect(screen.getByRole('tab', { name: 'Overview' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel', { name: 'Overview' })).toBeVisible();
    await user.click(screen.getByRole('tab', { name: 'Plan' }));
    expect(screen.getByRole('tab', { name: 'Plan' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByText('Overview panel').parentElement).toHaveClass('govuk-tabs__panel--hidden');
    screen.getByRole('tab', { name: 'Plan' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Overview' })).toHaveFocus();
    expect(screen.getByRole('tab', { name: 'Overview' })).toHaveAttribute('aria-selected', 'true');
  });
});
