import { NotificationBanner } from '@forever-planning/ui';
import { formatDayAndTime } from '../common/dates';

/** Says that words not yet saved were put back from this device, and offers to throw them away. */
export function RestoredDraftBanner({ savedAt, onDiscard, id }: { savedAt: string; onDiscard: () => void; id?: string }) {
  return (
    <NotificationBanner title="Unsaved changes restored" id={id}>
      <p className="govuk-body">
        We put back changes you had not saved, from {formatDayAndTime(savedAt)}. Check them and save, or{' '}
        <button type="button" className="fp-link-button govuk-body" onClick={onDiscard}>
          discard them
        </button>
        .
      </p>
    </NotificationBanner>
  );
}
