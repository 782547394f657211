import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';

/**
 * The "saved" message a form passes to the page it returns to (router state).
 * It stays until the next thing the person does on the page (a form sent, a
 * button pressed), so it never sits beside that action's error, stale.
 */
export function useSavedBanner<T>(read: (state: unknown) => T | undefined): T | undefined {
  const location = useLocation();
  const [message, setMessage] = useState<T | undefined>(() => read(location.state));
  useEffect(() => setMessage(read(location.state)), [location.key]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    if (message === undefined) return;
    const clear = (event: Event) => {
      const target = event.target as Element | null;
      if (event.type === 'submit' || target?.closest?.('button, [role="button"]')) setMessage(undefined);
    };
    document.addEventListener('submit', clear, true);
    document.addEventListener('click', clear, true);
    return () => {
      document.removeEventListener('submit', clear, true);
      document.removeEventListener('click', clear, true);
    };
  }, [message]);
  return message;
}
