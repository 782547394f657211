import { fireEvent, render, screen } from '@testing-library/react';
import { ExitThisPage } from './exit-this-page';

const setup = () => {
  const onExit = jest.fn();
  render(<ExitThisPage url="/neutral" label="Leave this site quickly" hint="Press Shift three times." onExit={onExit} />);
  return onExit;
};
const shift = () => fireEvent.keyUp(document, { key: 'Shift' });

// jsdom cannot navigate, and says so on the console: the page's own part is what is tested here.
beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
afterEach(() => jest.restoreAllMocks());

describe('ExitThisPage', () => {
  it('is a button that leaves at once, and tells screen readers about the Shift key', () => {
    const onExit = setup();
    const button = screen.getByRole('button', { name: /^Leave this site quickly.*Press Shift three times\.$/ });
    expect(button).toHaveAttribute('href', '/neutral');
    fireEvent.click(button);
    expect(onExit).toHaveBeenCalledTimes(1);
    expect(document.body).toHaveClass('fp-exiting');
  });

  it('leaves on three presses of Shift, but not when other keys come between', () => {
    const onExit = setup();
    shift();
    shift();
    fireEvent.keyUp(document, { key: 'a' });
    shift();
    expect(onExit).not.toHaveBeenCalled();
    shift();
    shift();
    expect(onExit).toHaveBeenCalledTimes(1);
  });
});
