import { Button, ErrorSummary } from '@forever-planning/ui';
import { formatDayAndTime, formatTime } from './dates';
import type { ApiError } from './graphql-errors';

const LONDON_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' });

/**
 * "Sam Worker changed this plan at 10:42am" from a CONFLICT's extensions; the
 * day is added when it was not today. Without a name (a change no one signed in
 * made, or an older server) it says "Someone else".
 */
export function whoChanged(conflict: Pick<ApiError, 'changedBy' | 'changedAt'>, what: string, now: Date = new Date()): string {
  const who = conflict.changedBy ?? 'Someone else';
  if (!conflict.changedAt) return `${who} changed this ${what} since you opened it`;
  const sameDay = LONDON_DAY.format(new Date(conflict.changedAt)) === LONDON_DAY.format(now);
  return `${who} changed this ${what} ${sameDay ? `at ${formatTime(conflict.changedAt)}` : `on ${formatDayAndTime(conflict.changedAt)}`}`;
}

/**
 * A CONFLICT as one message: for a stale version, who saved first and when;
 * for a step the record's status no longer allows, the server's words. Both
 * say what to do next.
 */
export function conflictMessage(conflict: ApiError, what: string): string {
  if (conflict.changedAt === undefined) return `${conflict.message} Reload the page to see the ${what} as it is now.`;
  return `${whoChanged(conflict, what)}, so your change has not been saved. Reload the page to see it as it is now, then try again.`;
}

export interface ConflictNoticeProps {
  conflict: ApiError;
  /** "plan", "record", "life story item" ... */
  what: string;
  onReload: () => void;
}

/**
 * A CONFLICT on a form: says who saved first and when, that nothing of mine
 * was saved, and offers to reload the record and put my changes back on top.
 */
export function ConflictNotice({ conflict, what, onReload }: ConflictNoticeProps) {
  return (
    <>
      <ErrorSummary
        title={`Someone else changed this ${what}`}
        errors={[{ message: `${whoChanged(conflict, what)}, so your changes have not been saved yet.` }]}
      />
      <p className="govuk-body">Reload to see their changes. We will put your changes back on top for you to check and save.</p>
      <Button onClick={onReload}>Reload and reapply my changes</Button>
    </>
  );
}
