import type { ParticipationCode, Urgency } from '../gql/graphql';

/** Most urgent first: the order of alert tags in a row and on the drift list. */
export const URGENCY_ORDER: readonly Urgency[] = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'];

export const URGENCY_LABELS: Record<Urgency, string> = { CRITICAL: 'Critical', HIGH: 'High', MEDIUM: 'Medium', LOW: 'Low' };

/** Meeting names: one place, shared with the server's audit sentences. */
export { MEETING_TYPE_LABELS } from '@forever-planning/shared';

/** SSDA903 participation codes in plain words. */
export const PARTICIPATION_LABELS: Record<ParticipationCode, string> = {
  PN0: 'PN0: under 4 at the time of the review',
  PN1: 'PN1: came and spoke for themselves',
  PN2: 'PN2: came and an advocate spoke for them',
  PN3: 'PN3: came and showed their views without words',
  PN4: 'PN4: came but did not share their views',
  PN5: 'PN5: did not come, and asked an advocate to speak for them',
  PN6: 'PN6: did not come, and sent their views another way',
  PN7: 'PN7: did not come and their views were not shared',
};

/** "Bolton 5": where a rule comes from. */
export const sourceLabel = (s: { council: string; section: string }) => `${s.council} ${s.section}`;
