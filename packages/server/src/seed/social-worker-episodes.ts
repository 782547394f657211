import { createHash } from 'node:crypto';
import type { SwReason } from '@forever-planning/shared';
import type { IsoDate } from '../database/columns';
import type { SocialWorkerEpisodeEntity } from '../modules/social-worker-episodes/social-worker-episode.entity';
import type { SocialWorkerPlaceholderEntity } from '../modules/social-worker-episodes/social-worker-placeholder.entity';
import { addDays, daysBetween } from './dates';
import { newId, type Row } from './seed-rows';

const hash = (text: string) => createHash('sha256').update(text).digest().readUInt32BE(0);

/** A demo Social Work England number for a member of staff: SW and six digits from their username (made up, the right shape). */
export function demoSweNumber(username: string): string {
  return `SW${String(100_000 + (hash(`swe:${username}`) % 900_000))}`;
}

/**
 * Social workers who have left the demo councils: their episodes stay in the
 * children's histories as placeholder staff records (a Social Work England
 * number and a name, no account), as an imported return leaves them.
 */
export const FORMER_WORKERS = [
  { name: 'Rachel Moore', sweNumber: 'SW412087' },
  { name: 'Daniel Okafor', sweNumber: 'SW530916' },
] as const;

const CHANGE_REASONS: readonly SwReason[] = ['LEFTRL', 'MANAGE', 'ORGRST', 'TSPROC'];

/**
 * A demo child's allocation history: the current worker from the day the
 * child became looked after, or, for about one child in three looked after
 * for more than six months, a former worker first and the current one from
 * a change at least three months in (reason drawn from LEFTRL, MANAGE,
 * ORGRST, TSPROC). The change never falls in the last five days of a
 * collection year (the validator's SW11b). Drawn from a hash of the child,
 * so no other seeded value moves.
 */
export function demoSocialWorkerEpisodes(
  child: { id: string; localId: string; dateLookedAfter: IsoDate; dateCeasedLookedAfter: IsoDate | null },
  workerId: string | null,
  placeholderIdFor: (former: (typeof FORMER_WORKERS)[number]) => string,
  today: IsoDate,
): Row<SocialWorkerEpisodeEntity>[] {
  if (!workerId) return [];
  const draw = (what: string, n: number) => hash(`${child.localId}:sw:${what}`) % n;
  const start = child.dateLookedAfter > today ? today : child.dateLookedAfter;
  // A change falls while the child is looked after (the DfE's SW12 wants none begun after care ended).
  const span = daysBetween(start, child.dateCeasedLookedAfter && child.dateCeasedLookedAfter < today ? child.dateCeasedLookedAfter : today);
  if (span < 183 || draw('changed', 3) !== 0) {
    return [{ id: newId(), childId: child.id, workerId, placeholderId: null, startDate: start, endDate: null, reason: 'FCONTA' }];
  }
  let changedOn = addDays(start, 90 + draw('when', span - 120));
  const [, m, d] = changedOn.split('-').map(Number);
  if (m === 3 && d >= 26) changedOn = addDays(changedOn, 10);
  const former = FORMER_WORKERS[draw('former', FORMER_WORKERS.length)];
  return [
    { id: newId(), childId: child.id, workerId: null, placeholderId: placeholderIdFor(former), startDate: start, endDate: changedOn, reason: 'FCONTA' },
    { id: newId(), childId: child.id, workerId, placeholderId: null, startDate: changedOn, endDate: null, reason: CHANGE_REASONS[draw('reason', CHANGE_REASONS.length)] },
  ];
}

export type PlaceholderRow = Row<SocialWorkerPlaceholderEntity>;
