import { useEffect } from 'react';
import { useBlocker } from 'react-router';
import { Button, ButtonGroup, ModalDialog } from '@forever-planning/ui';

/**
 * Warns before leaving a form with unsaved changes: the browser's own prompt
 * for reloads and closing the tab, a GOV.UK-style dialog for links in the app.
 */
export function UnsavedChangesGuard({ when }: { when: boolean }) {
  const blocker = useBlocker(({ currentLocation, nextLocation }) => when && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (!when) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [when]);
  const open = blocker.state === 'blocked';
  return (
    <ModalDialog open={open} title="You have unsaved changes" onClose={() => blocker.reset?.()}>
      <p className="govuk-body">If you leave this page, your changes will not be saved to the record. A copy stays on this device.</p>
      <ButtonGroup>
        <Button onClick={() => blocker.reset?.()}>Stay on this page</Button>
        <Button variant="secondary" onClick={() => blocker.proceed?.()}>
          Leave without saving
        </Button>
      </ButtonGroup>
    </ModalDialog>
  );
}
