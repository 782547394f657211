import { useEffect } from 'react';
import { say } from '../i18n/i18n';

/** GOV.UK page titles: "Error: " first when the page shows errors, the service name last. */
export function usePageTitle(title: string, hasErrors = false): void {
  useEffect(() => {
    document.title = hasErrors ? say('common.usePageTitle.errorTitle', { title }) : say('common.usePageTitle.title', { title });
  }, [title, hasErrors]);
}
