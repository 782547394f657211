import { useEffect, useState } from 'react';
import { cx } from './link';

export interface ReadAloudProps {
  /** The element whose text is read: usually the page's main. */
  targetId: string;
  label: string;
  stopLabel: string;
  className?: string;
}

/** Elements marked data-read-aloud="skip" (the button itself, the exit button) are left out. */
export function readableText(root: HTMLElement): string {
  const copy = root.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('[data-read-aloud="skip"], script, style, [hidden], [aria-hidden="true"]').forEach((el) => el.remove());
  // Block elements become sentence breaks, so the voice pauses between headings and paragraphs.
  copy.querySelectorAll('h1, h2, h3, p, li, dt, dd, label, legend, button, a').forEach((el) => el.append('. '));
  return (copy.textContent ?? '').replace(/\s+/g, ' ').replace(/(\.\s*){2,}/g, '. ').trim();
}

/**
 * "Read it to me": the browser's own speech synthesis reads the page's main
 * text; nothing is sent anywhere. Hidden where the browser cannot speak.
 */
export function ReadAloud({ targetId, label, stopLabel, className }: ReadAloudProps) {
  const [speaking, setSpeaking] = useState(false);
  const supported = typeof window !== 'undefined' && 'speechSynthesis' in window && typeof SpeechSynthesisUtterance !== 'undefined';

  // Leaving the page (or the component) stops the voice.
  useEffect(() => () => {
    if (supported) window.speechSynthesis?.cancel();
  }, [supported]);

  if (!supported) return null;
  const toggle = () => {
    window.speechSynthesis.cancel();
    if (speaking) {
      setSpeaking(false);
      return;
    }
    const target = document.getElementById(targetId);
    if (!target) return;
    const utterance = new SpeechSynthesisUtterance(readableText(target));
    utterance.lang = document.documentElement.lang || 'en-GB';
    utterance.rate = 0.9;
    utterance.onend = () => setSpeaking(false);
    utterance.onerror = () => setSpeaking(false);
    setSpeaking(true);
    window.speechSynthesis.speak(utterance);
  };
  return (
    <button type="button" className={cx('govuk-button govuk-button--secondary fp-read-aloud', className)} data-read-aloud="skip" onClick={toggle}>
      {speaking ? stopLabel : label}
    </button>
  );
}
