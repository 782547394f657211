import { useEffect, useState } from 'react';
import { cx } from './link';

export interface ReadAloudProps {
  /** The element whose text is read: usually the page's main. */
  targetId: string;
  label: string;
  stopLabel: string;
  className?: string;
  /**
   * Said plainly (instead of reading) when the browser has no voice for the
   * page's language: a Pashto page read by an English voice is noise. Without
   * it, the browser's default voice reads.
   */
  noVoiceMessage?: string;
}

/** The browser's voice for a language ("ps", "en-GB"): same language and region first, then the same language. */
export function voiceFor(voices: readonly SpeechSynthesisVoice[], lang: string): SpeechSynthesisVoice | undefined {
  const wanted = lang.toLowerCase();
  const base = wanted.split('-')[0];
  return voices.find((v) => v.lang.toLowerCase().replace('_', '-') === wanted) ?? voices.find((v) => v.lang.toLowerCase().replace('_', '-').split('-')[0] === base);
}

/** Elements marked data-read-aloud="skip" (the button itself, the exit button) are left out. */
export function readableText(root: HTMLElement): string {
  const copy = root.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('[data-read-aloud="skip"], script, style, [hidden], [aria-hidden="true"]').forEach((el) => el.remove());
  // Block elements become sentence breaks, so the voice pauses between headings and paragraphs.
  copy.querySelectorAll('h1, h2, h3, p, li, dt, dd, label, legend, button, a').forEach((el) => el.append('. '));
  return (copy.textContent ?? '').replace(/\s+/g, ' ').replace(/(\.\s*){2,}/g, '. ').trim();
}

/** The browser's voices; Chromium lists none until it has loaded them, so wait a moment for them once. */
function browserVoices(): Promise<SpeechSynthesisVoice[]> {
  const synth = window.speechSynthesis;
  if (typeof synth.getVoices !== 'function') return Promise.resolve([]);
  const now = synth.getVoices();
  if (now.length > 0 || typeof synth.addEventListener !== 'function') return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      synth.removeEventListener('voiceschanged', done);
      clearTimeout(timer);
      resolve(synth.getVoices());
    };
    const timer = setTimeout(done, 1000);
    synth.addEventListener('voiceschanged', done);
  });
}

/**
 * "Read it to me": the browser's own speech synthesis reads the page's main
 * text; nothing is sent anywhere. Hidden where the browser cannot speak.
 */
export function ReadAloud({ targetId, label, stopLabel, className, noVoiceMessage }: ReadAloudProps) {
  const [speaking, setSpeaking] = useState(false);
  const [noVoice, setNoVoice] = useState(false);
  const supported = typeof window !== 'undefined' && 'speechSynthesis' in window && typeof SpeechSynthesisUtterance !== 'undefined';

  // Leaving the page (or the component) stops the voice.
  useEffect(() => () => {
    if (supported) window.speechSynthesis?.cancel();
  }, [supported]);

  if (!supported) return null;
  const toggle = async () => {
    window.speechSynthesis.cancel();
    if (speaking) {
      setSpeaking(false);
      return;
    }
    const target = document.getElementById(targetId);
    if (!target) return;
    const lang = document.documentElement.lang || 'en-GB';
    const voice = voiceFor(await browserVoices(), lang);
    setNoVoice(false);
    // English pages read with the browser's default voice even when it lists none; other languages only with their own.
    if (!voice && noVoiceMessage && !lang.toLowerCase().startsWith('en')) {
      setNoVoice(true);
      return;
    }
    const utterance = new SpeechSynthesisUtterance(readableText(target));
    utterance.lang = lang;
    if (voice) utterance.voice = voice;
    utterance.rate = 0.9;
    utterance.onend = () => setSpeaking(false);
    utterance.onerror = () => setSpeaking(false);
    setSpeaking(true);
    window.speechSynthesis.speak(utterance);
  };
  return (
    <>
      <button type="button" className={cx('govuk-button govuk-button--secondary fp-read-aloud', className)} data-read-aloud="skip" onClick={() => void toggle()}>
        {speaking ? stopLabel : label}
      </button>
      <div role="status" data-read-aloud="skip">
        {noVoice && <p className="govuk-body">{noVoiceMessage}</p>}
      </div>
    </>
  );
}
