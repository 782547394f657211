import { PLACEMENT_TYPE_LABELS, PLAN_OPTION_LABELS, PLAN_STATUS_LABELS } from '@forever-planning/shared';
import type { TrackerRowFieldsFragment } from '../gql/graphql';

export type TrackerRow = TrackerRowFieldsFragment;

const POUNDS = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });
export const pounds = (n: number) => POUNDS.format(n);

export const planOptionText = (r: TrackerRow) => (r.planOption ? PLAN_OPTION_LABELS[r.planOption] : 'No option yet');
export const planStatusText = (r: TrackerRow) => (r.planStatus ? PLAN_STATUS_LABELS[r.planStatus] : 'No plan');
export const placementText = (r: TrackerRow) => (r.placementType ? PLACEMENT_TYPE_LABELS[r.placementType] : 'Not recorded');
export const areaText = (r: TrackerRow) => (r.inArea === null || r.inArea === undefined ? 'Not known' : r.inArea ? 'In area' : 'Out of area');
export const progressText = (r: TrackerRow) =>
  `${r.outcomesCompleted} of ${r.outcomesTotal} outcomes${r.outcomesOverdue ? `, ${r.outcomesOverdue} overdue` : ''}`;
