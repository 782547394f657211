import { dateParts, EMPTY_DATE, isDateEmpty, isoDate, type DateParts, type Validators } from '@forever-planning/ui';
import { changedKeys, maxLength, reapplyChanges } from '../common/form-changes';
import type { PlanDetailFragment, PlanOption, PlanOutcomeRowFragment } from '../gql/graphql';

/** The plan's own fields as the form holds them. */
export interface PlanDetailsValues {
  primaryOption: string;
  contingencies: string[];
  childWishes: string;
  bottomLines: string;
  consequenceOfNoChange: string;
  childFriendlySummary: string;
}

export type PlanDetailsField = keyof PlanDetailsValues;

export const PLAN_FIELD_LABELS: Record<PlanDetailsField, string> = {
  primaryOption: 'Primary option',
  contingencies: 'Contingency options',
  childWishes: 'The child’s wishes',
  bottomLines: 'Bottom lines',
  consequenceOfNoChange: 'The consequence of no change',
  childFriendlySummary: 'Summary for the child',
};

export function planValues(plan: PlanDetailFragment): PlanDetailsValues {
  return {
    primaryOption: plan.primaryOption ?? '',
    contingencies: [...plan.contingencies].sort((a, b) => a.position - b.position).map((c) => c.option),
    childWishes: plan.childWishes ?? '',
    bottomLines: plan.bottomLines ?? '',
    consequenceOfNoChange: plan.consequenceOfNoChange ?? '',
    childFriendlySummary: plan.childFriendlySummary ?? '',
  };
}

export const planDetailsValidators: Validators<PlanDetailsValues> = {
  contingencies: (v, all) => (all.primaryOption && v.includes(all.primaryOption) ? 'A contingency option must be different from the primary option' : undefined),
  childWishes: maxLength('The child’s wishes', 5000),
  bottomLines: maxLength('Bottom lines', 5000),
  consequenceOfNoChange: maxLength('The consequence of no change', 5000),
  childFriendlySummary: maxLength('The summary for the child', 2000),
};

const PLAN_FIELDS = Object.keys(PLAN_FIELD_LABELS) as PlanDetailsField[];

export const changedPlanFields = (values: PlanDetailsValues, base: PlanDetailsValues) => changedKeys(values, base, PLAN_FIELDS);

/** My changes (against what I started from) on top of a newer version of the plan. */
export const reapplyPlan = (mine: PlanDetailsValues, mineBase: PlanDetailsValues, fresh: PlanDetailsValues) => reapplyChanges(mine, mineBase, fresh, PLAN_FIELDS);

const text = (v: string) => v.trim() || null;

/** The updatePlan input for every changed field (contingencies too, saved in the same step), or null when none changed. */
export function planUpdateInput(values: PlanDetailsValues, base: PlanDetailsValues) {
  const changed = changedPlanFields(values, base);
  if (changed.length === 0) return null;
  const input: {
    primaryOption?: PlanOption | null;
    contingencies?: PlanOption[];
    childWishes?: string | null;
    bottomLines?: string | null;
    consequenceOfNoChange?: string | null;
    childFriendlySummary?: string | null;
  } = {};
  for (const k of changed) {
    if (k === 'primaryOption') input.primaryOption = (values.primaryOption || null) as PlanOption | null;
    else if (k === 'contingencies') input.contingencies = values.contingencies as PlanOption[];
    else input[k] = text(values[k]);
  }
  return input;
}

/** A server error's field ("input.bottomLines") as one of the plan form's fields. */
export function planFormField(field: string | undefined): PlanDetailsField | undefined {
  const last = field?.split('.').at(-1);
  if (last === 'options' || last === 'contingencies') return 'contingencies';
  return last && last in PLAN_FIELD_LABELS ? (last as PlanDetailsField) : undefined;
}

/** One SMART outcome as the form holds it: Newham's five columns, and progress. */
export interface OutcomeValues {
  outcome: string;
  measure: string;
  actions: string;
  byWhom: string;
  dueDate: DateParts;
  progress: string;
}

export type OutcomeField = keyof OutcomeValues;

export const OUTCOME_LABELS: Record<OutcomeField, string> = {
  outcome: 'Planned outcome for the child',
  measure: 'Measure of progress',
  actions: 'Actions',
  byWhom: 'By whom',
  dueDate: 'Timescale',
  progress: 'Progress',
};

export const EMPTY_OUTCOME: OutcomeValues = { outcome: '', measure: '', actions: '', byWhom: '', dueDate: EMPTY_DATE, progress: '' };

export function outcomeValues(o: PlanOutcomeRowFragment): OutcomeValues {
  return { outcome: o.outcome, measure: o.measure, actions: o.actions, byWhom: o.byWhom, dueDate: dateParts(o.dueDate), progress: o.progress ?? '' };
}

const required = (message: string, label: string, n: number) => (v: string) => (!v.trim() ? message : maxLength(label, n)(v));

export const outcomeValidators: Validators<OutcomeValues> = {
  outcome: required('Enter the planned outcome for the child', 'The planned outcome', 2000),
  measure: required('Enter how you will measure progress', 'The measure of progress', 2000),
  actions: required('Enter the actions that will deliver the outcome', 'The actions', 2000),
  byWhom: required('Enter who will do the actions', 'By whom', 200),
  dueDate: (v) => {
    if (isDateEmpty(v)) return 'Enter the date the outcome is due by';
    return isoDate(v) ? undefined : 'The timescale must be a real date';
  },
  progress: maxLength('Progress', 5000),
};

export function outcomeInput(v: OutcomeValues) {
  return {
    outcome: v.outcome.trim(),
    measure: v.measure.trim(),
    actions: v.actions.trim(),
    byWhom: v.byWhom.trim(),
    dueDate: isoDate(v.dueDate)!,
    progress: v.progress.trim() || null,
  };
}

export function outcomeFormField(field: string | undefined): OutcomeField | undefined {
  const last = field?.split('.').at(-1);
  return last && last in OUTCOME_LABELS ? (last as OutcomeField) : undefined;
}
