import { useEffect } from 'react';
import { useBlocker } from 'react-router';
import { Button, ButtonGroup, ModalDialog } from '@forever-planning/ui';
import { say } from '../i18n/i18n';

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
    <ModalDialog open={open} title={say('common.unsavedChanges.youHaveUnsavedChanges')} onClose={() => blocker.reset?.()}>
      <p className="govuk-body">{say('common.unsavedChanges.ifYouLeaveThis')}</p>
      <ButtonGroup>
        <Button onClick={() => blocker.reset?.()}>{say('common.unsavedChanges.stayOnThisPage')}</Button>
        <Button variant="secondary" onClick={() => blocker.proceed?.()}>
          {say('common.unsavedChanges.leaveWithoutSaving')}
        </Button>
      </ButtonGroup>
    </ModalDialog>
  );
}
