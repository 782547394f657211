import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReadAloud, readableText } from './read-aloud';

describe('ReadAloud', () => {
  afterEach(() => {
    delete (window as { speechSynthesis?: unknown }).speechSynthesis;
    delete (globalThis as { SpeechSynthesisUtterance?: unknown }).SpeechSynthesisUtterance;
  });

  it('is hidden where the browser cannot speak', () => {
    render(<ReadAloud targetId="main" label="Read it to me" stopLabel="Stop reading" />);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it("reads the main part's text, leaving out what is marked to skip, and can stop", async () => {
    const speak = jest.fn();
    const cancel = jest.fn();
    Object.assign(window, { speechSynthesis: { speak, cancel } });
    (globalThis as { SpeechSynthesisUtterance?: unknown }).SpeechSynthesisUtterance = class {
      lang = '';
      rate = 1;
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(public text: string) {}
    };
    render(
      <main id="main">
        <ReadAloud targetId="main" label="Read it to me" stopLabel="Stop reading" />
        <h1>My plan</h1>
        <p>I live with Nasreen</p>
        <div data-read-aloud="skip">Leave this site quickly</div>
      </main>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Read it to me' }));
    expect(speak).toHaveBeenCalledTimes(1);
    expect(speak.mock.calls[0][0].text).toBe('My plan. I live with Nasreen.');
    await userEvent.click(screen.getByRole('button', { name: 'Stop reading' }));
    expect(screen.getByRole('button', { name: 'Read it to me' })).toBeInTheDocument();
    expect(readableText(document.getElementById('main')!)).not.toContain('Leave');
  });

  it('reads with a voice in the page\'s language, and says plainly when the browser has none', async () => {
    const speak = jest.fn();
    const pashto = { lang: 'ps-AF', name: 'Pashto' } as SpeechSynthesisVoice;
    const english = { lang: 'en-GB', name: 'English' } as SpeechSynthesisVoice;
    let voices = [english, pashto];
    Object.assign(window, { speechSynthesis: { speak, cancel: jest.fn(), getVoices: () => voices } });
    (globalThis as { SpeechSynthesisUtterance?: unknown }).SpeechSynthesisUtterance = class {
      lang = '';
      rate = 1;
      voice: SpeechSynthesisVoice | null = null;
      constructor(public text: string) {}
    };
    document.documentElement.lang = 'ps';
    render(
      <main id="main">
        <ReadAloud targetId="main" label="Read" stopLabel="Stop" noVoiceMessage="No voice for this language." />
        <p>سلام</p>
      </main>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Read' }));
    expect(speak.mock.calls[0][0].voice).toBe(pashto);
    await userEvent.click(screen.getByRole('button', { name: 'Stop' }));
    voices = [english];
    await userEvent.click(screen.getByRole('button', { name: 'Read' }));
    expect(speak).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status')).toHaveTextContent('No voice for this language.');
    document.documentElement.lang = '';
  });
});
