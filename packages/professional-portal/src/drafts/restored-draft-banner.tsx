import { NotificationBanner } from '@forever-planning/ui';
import { formatDayAndTime } from '../common/dates';
import { say } from '../i18n/i18n';

/** Says that words not yet saved were put back from this device, and offers to throw them away. */
export function RestoredDraftBanner({ savedAt, onDiscard, id }: { savedAt: string; onDiscard: () => void; id?: string }) {
  return (
    <NotificationBanner title={say('drafts.restoredDraftBanner.unsavedChangesRestored')} id={id}>
      <p className="govuk-body">
        {say('drafts.restoredDraftBanner.wePutBackChanges', { savedAt: formatDayAndTime(savedAt) })}{' '}
        <button type="button" className="fp-link-button govuk-body" onClick={onDiscard}>
          {say('drafts.restoredDraftBanner.discardThem')}
        </button>
        .
      </p>
    </NotificationBanner>
  );
}
