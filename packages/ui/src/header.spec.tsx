import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Header } from './header';
import { SkipLink } from './skip-link';

describe('Header', () => {
  it('names the product and service, marks the current page and signs out', async () => {
    const user = userEvent.setup();
    const onSignOut = jest.fn();
    render(
      <>
        <SkipLink />
        <Header
          productName="Forever Planning"
          serviceName="Council A children's services"
          navigation={[{ href: '/', text: 'My caseload', current: true }]}
          signedInAs="Sw Tester"
          onSignOut={onSignOut}
        />
      </>,
    );
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute('href', '#main-content');
    expect(screen.getByRole('banner')).toHaveTextContent('Forever Planning');
    expect(screen.getByRole('region', { name: 'Service information' })).toHaveTextContent("Council A children's services");
    expect(screen.getByRole('link', { name: 'My caseload' })).toHaveAttribute('aria-current', 'page');
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(onSignOut).toHaveBeenCalled();
  });
});
