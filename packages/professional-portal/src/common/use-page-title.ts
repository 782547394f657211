import { useEffect } from 'react';

/** GOV.UK page titles: "Error: " first when the page shows errors, the service name last. */
export function usePageTitle(title: string, hasErrors = false): void {
  useEffect(() => {
    document.title = `${hasErrors ? 'Error: ' : ''}${title} – Forever Planning`;
  }, [title, hasErrors]);
}
