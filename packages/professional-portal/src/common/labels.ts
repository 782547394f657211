import type { ParticipationCode, Urgency } from '../gql/graphql';
import { say } from '../i18n/i18n';

/** Most urgent first: the order of alert tags in a row and on the drift list. */
export const URGENCY_ORDER: readonly Urgency[] = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'];

export const URGENCY_LABELS: Record<Urgency, string> = { CRITICAL: say('common.labels.critical'), HIGH: say('common.labels.high'), MEDIUM: say('common.labels.medium'), LOW: say('common.labels.low') };

/** Meeting names: one place, shared with the server's audit sentences. */
export { MEETING_TYPE_LABELS } from '@forever-planning/shared';

/** SSDA903 participation codes in plain words. */
export const PARTICIPATION_LABELS: Record<ParticipationCode, string> = {
  PN0: say('common.labels.pN0Under4At'),
  PN1: say('common.labels.pN1CameAndSpoke'),
  PN2: say('common.labels.pN2CameAndAn'),
  PN3: say('common.labels.pN3CameAndShowed'),
  PN4: say('common.labels.pN4CameButDid'),
  PN5: say('common.labels.pN5DidNotCome'),
  PN6: say('common.labels.pN6DidNotCome'),
  PN7: say('common.labels.pN7DidNotCome'),
};

/** "Bolton 5": where a rule comes from. */
export const sourceLabel = (s: { council: string; section: string }) => `${s.council} ${s.section}`;
