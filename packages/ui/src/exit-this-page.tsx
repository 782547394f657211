import { useCallback, useEffect, useRef } from 'react';

/** GOV.UK's exit-this-page: three presses of Shift within this time leave the site too. */
const SHIFT_WINDOW_MS = 5_000;
/** The longest an onExit clean-up may hold the (already blank) page before it goes. */
export const EXIT_WAIT_MS = 400;

export interface ExitThisPageProps {
  /** A neutral page to land on; `location.replace` keeps this site out of the back button. */
  url: string;
  label: string;
  /** Read by screen readers after the label: how to leave with the keyboard. */
  hint: string;
  /**
   * Runs first, e.g. to end the session and clear what the browser holds. When
   * it returns a promise, the blank page waits for it, but never longer than EXIT_WAIT_MS.
   */
  onExit?: () => void | Promise<void>;
}

/**
 * The GOV.UK exit-this-page pattern for someone who may be watched: a button
 * on every page that swaps the page for a neutral site at once, also triggered
 * by pressing Shift three times. The page blanks first so nothing lingers.
 */
export function ExitThisPage({ url, label, hint, onExit }: ExitThisPageProps) {
  const presses = useRef<number[]>([]);
  const leaving = useRef(false);
  const exit = useCallback(() => {
    if (leaving.current) return;
    leaving.current = true;
    document.body.classList.add('fp-exiting');
    let gone = false;
    const leave = () => {
      if (gone) return;
      gone = true;
      window.location.replace(url);
    };
    const cleaning = onExit?.();
    if (!cleaning) return leave();
    const timer = setTimeout(leave, EXIT_WAIT_MS);
    void cleaning.finally(() => {
      clearTimeout(timer);
      leave();
    });
  }, [url, onExit]);

  useEffect(() => {
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.key !== 'Shift') {
        presses.current = [];
        return;
      }
      const now = Date.now();
      presses.current = [...presses.current.filter((t) => now - t < SHIFT_WINDOW_MS), now];
      if (presses.current.length >= 3) exit();
    };
    document.addEventListener('keyup', onKeyUp);
    return () => document.removeEventListener('keyup', onKeyUp);
  }, [exit]);

  return (
    <div className="govuk-exit-this-page" data-module="govuk-exit-this-page">
      <a
        href={url}
        role="button"
        draggable={false}
        rel="nofollow noreferrer"
        className="govuk-button govuk-button--warning govuk-exit-this-page__button"
        onClick={(event) => {
          event.preventDefault();
          exit();
        }}
      >
        {label}
        <span className="govuk-visually-hidden">. {hint}</span>
      </a>
    </div>
  );
}
