import { Button, ErrorSummary } from '@forever-planning/ui';
import { formatDayAndTime, formatTime } from './dates';
import type { ApiError } from './graphql-errors';
import { say } from '../i18n/i18n';

const LONDON_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' });

/**
 * "Sam Worker changed this plan at 10:42am" from a CONFLICT's extensions; the
 * day is added when it was not today. Without a name (a change no one signed in
 * made, or an older server) it says "Someone else".
 */
export function whoChanged(conflict: Pick<ApiError, 'changedBy' | 'changedAt'>, what: string, now: Date = new Date()): string {
  const who = conflict.changedBy ?? say('common.conflictNotice.someoneElse');
  if (!conflict.changedAt) return say('common.conflictNotice.changedThisSince', { who, what });
  const sameDay = LONDON_DAY.format(new Date(conflict.changedAt)) === LONDON_DAY.format(now);
  return sameDay
    ? say('common.conflictNotice.changedThisAt', { who, what, time: formatTime(conflict.changedAt) })
    : say('common.conflictNotice.changedThisOn', { who, what, dayAndTime: formatDayAndTime(conflict.changedAt) });
}

/**
 * A CONFLICT as one message: for a stale version, who saved first and when;
 * for a step the record's status no longer allows, the server's words. Both
 * say what to do next.
 */
export function conflictMessage(conflict: ApiError, what: string): string {
  if (conflict.changedAt === undefined) return say('common.conflictNotice.reloadThePage', { message: conflict.message, what });
  return say('common.conflictNotice.soYour', { conflict: whoChanged(conflict, what) });
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
        title={say('common.conflictNotice.someoneElseChangedThis', { what })}
        errors={[{ message: say('common.conflictNotice.soYour2', { conflict: whoChanged(conflict, what) }) }]}
      />
      <p className="govuk-body">{say('common.conflictNotice.reloadToSeeTheir')}</p>
      <Button onClick={onReload}>{say('common.conflictNotice.reloadAndReapplyMy')}</Button>
    </>
  );
}
