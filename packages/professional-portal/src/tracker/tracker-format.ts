import { PLACEMENT_TYPE_LABELS, PLAN_OPTION_LABELS, PLAN_STATUS_LABELS } from '@forever-planning/shared';
import type { TrackerRowFieldsFragment } from '../gql/graphql';
import { say } from '../i18n/i18n';

export type TrackerRow = TrackerRowFieldsFragment;

const POUNDS = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });
export const pounds = (n: number) => POUNDS.format(n);

export const planOptionText = (r: TrackerRow) => (r.planOption ? PLAN_OPTION_LABELS[r.planOption] : say('tracker.trackerFormat.noOptionYet'));
export const planStatusText = (r: TrackerRow) => (r.planStatus ? PLAN_STATUS_LABELS[r.planStatus] : say('tracker.trackerFormat.noPlan'));
export const placementText = (r: TrackerRow) => (r.placementType ? PLACEMENT_TYPE_LABELS[r.placementType] : say('tracker.trackerFormat.notRecorded'));
export const areaText = (r: TrackerRow) => (r.inArea === null || r.inArea === undefined ? say('tracker.trackerFormat.notKnown') : r.inArea ? say('tracker.trackerFormat.inArea') : say('tracker.trackerFormat.outOfArea'));
export const progressText = (r: TrackerRow) =>
  r.outcomesOverdue
    ? say('tracker.trackerFormat.outcomesOverdue', { completed: r.outcomesCompleted, total: r.outcomesTotal, overdue: r.outcomesOverdue })
    : say('tracker.trackerFormat.outcomes', { completed: r.outcomesCompleted, total: r.outcomesTotal });
