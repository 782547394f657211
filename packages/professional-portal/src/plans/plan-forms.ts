import { dateParts, EMPTY_DATE, isDateEmpty, isoDate, type DateParts, type Validators } from '@forever-planning/ui';
import { changedKeys, maxLength, reapplyChanges } from '../common/form-changes';
import type { FamilyAgreement, FamilyConsidered, OutcomeTrack, PlanDetailFragment, PlanOption, PlanOutcomeRowFragment } from '../gql/graphql';

/** The plan's own fields as the form holds them. */
export interface PlanDetailsValues {
  primaryOption: string;
  contingencies: string[];
  childWishes: string;
  bottomLines: string;
  consequenceOfNoChange: string;
  childFriendlySummary: string;
  /** A young-person portal language code: what the summary is written in. */
  childFriendlySummaryLanguage: string;
  safetyPeople: string;
  monitoringPeople: string;
  peopleToAvoid: string;
  safetyPlanLasts: string;
  /** Whole years as typed, '' when not set. */
  wordsAndPicturesAge: string;
  familyAgreement: string;
  familyComments: string;
  /** CONSIDERED, BEING_CONSIDERED, NOT_CONSIDERED or '' (not recorded). */
  familyConsidered: string;
  familyConsideredInChildWords: string;
  permanenceTargetDate: DateParts;
}

export type PlanDetailsField = keyof PlanDetailsValues;

export const PLAN_FIELD_LABELS: Record<PlanDetailsField, string> = {
  primaryOption: 'Primary option',
  contingencies: 'Contingency options',
  childWishes: 'The child’s wishes',
  bottomLines: 'Bottom lines',
  consequenceOfNoChange: 'The consequence of no change',
  childFriendlySummary: 'Summary for the child',
  childFriendlySummaryLanguage: 'Language of the summary',
  safetyPeople: 'Key safety people the child can contact',
  monitoringPeople: 'People who help the parents or carers and monitor the child’s safety',
  peopleToAvoid: 'People the family need to avoid',
  safetyPlanLasts: 'How long the safety plan must be in place',
  wordsAndPicturesAge: 'Age at which the Words and Pictures are explained to the child',
  familyAgreement: 'Do the family agree with the plan?',
  familyComments: 'The family’s comments',
  familyConsidered: 'Were family and connected people considered as carers first?',
  familyConsideredInChildWords: 'What the child reads about their family being thought about first',
  permanenceTargetDate: 'Target date for permanence',
};

/** The form's values; a summary with no language yet is in the child's language (their first language where the portal has it, else English). */
export function planValues(plan: PlanDetailFragment, childLanguage = 'en'): PlanDetailsValues {
  return {
    primaryOption: plan.primaryOption ?? '',
    contingencies: [...plan.contingencies].sort((a, b) => a.position - b.position).map((c) => c.option),
    childWishes: plan.childWishes ?? '',
    bottomLines: plan.bottomLines ?? '',
    consequenceOfNoChange: plan.consequenceOfNoChange ?? '',
    childFriendlySummary: plan.childFriendlySummary ?? '',
    childFriendlySummaryLanguage: plan.childFriendlySummaryLanguage ?? childLanguage,
    safetyPeople: plan.safetyPeople ?? '',
    monitoringPeople: plan.monitoringPeople ?? '',
    peopleToAvoid: plan.peopleToAvoid ?? '',
    safetyPlanLasts: plan.safetyPlanLasts ?? '',
    wordsAndPicturesAge: plan.wordsAndPicturesAge === null || plan.wordsAndPicturesAge === undefined ? '' : String(plan.wordsAndPicturesAge),
    familyAgreement: plan.familyAgreement ?? '',
    familyComments: plan.familyComments ?? '',
    familyConsidered: plan.familyConsidered ?? '',
    familyConsideredInChildWords: plan.familyConsideredInChildWords ?? '',
    permanenceTargetDate: plan.permanenceTargetDate ? dateParts(plan.permanenceTargetDate) : EMPTY_DATE,
  };
}

export const planDetailsValidators: Validators<PlanDetailsValues> = {
  contingencies: (v, all) => (all.primaryOption && v.includes(all.primaryOption) ? 'A contingency option must be different from the primary option' : undefined),
  childWishes: maxLength('The child’s wishes', 5000),
  bottomLines: maxLength('Bottom lines', 5000),
  consequenceOfNoChange: maxLength('The consequence of no change', 5000),
  childFriendlySummary: maxLength('The summary for the child', 2000),
  safetyPeople: maxLength('Key safety people', 4000),
  monitoringPeople: maxLength('The people who monitor the child’s safety', 4000),
  peopleToAvoid: maxLength('The people to avoid', 4000),
  safetyPlanLasts: maxLength('How long the safety plan lasts', 500),
  wordsAndPicturesAge: (v) => (v.trim() && (!/^\d+$/.test(v.trim()) || Number(v) > 17) ? 'The age for the Words and Pictures must be a whole number from 0 to 17' : undefined),
  familyComments: maxLength('The family’s comments', 4000),
  familyConsidered: (v, all) => (!v && all.familyConsideredInChildWords.trim() ? 'Select whether family and connected people were considered first' : undefined),
  familyConsideredInChildWords: (v, all) =>
    (all.familyConsidered === 'CONSIDERED' || all.familyConsidered === 'NOT_CONSIDERED') && !v.trim()
      ? 'Tell the child, in their words, whether their family was thought about first and why'
      : maxLength('The words for the child about their family', 2000)(v),
  permanenceTargetDate: (v) => (isDateEmpty(v) || isoDate(v) ? undefined : 'The target date for permanence must be a real date'),
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
    childFriendlySummaryLanguage?: string | null;
    safetyPeople?: string | null;
    monitoringPeople?: string | null;
    peopleToAvoid?: string | null;
    safetyPlanLasts?: string | null;
    wordsAndPicturesAge?: number | null;
    familyAgreement?: FamilyAgreement | null;
    familyComments?: string | null;
    familyConsidered?: FamilyConsidered | null;
    familyConsideredInChildWords?: string | null;
    permanenceTargetDate?: string | null;
  } = {};
  for (const k of changed) {
    if (k === 'primaryOption') input.primaryOption = (values.primaryOption || null) as PlanOption | null;
    else if (k === 'contingencies') input.contingencies = values.contingencies as PlanOption[];
    else if (k === 'wordsAndPicturesAge') input.wordsAndPicturesAge = values.wordsAndPicturesAge.trim() ? Number(values.wordsAndPicturesAge.trim()) : null;
    else if (k === 'familyConsidered') input.familyConsidered = (values.familyConsidered || null) as FamilyConsidered | null;
    else if (k === 'familyAgreement') input.familyAgreement = (values.familyAgreement || null) as FamilyAgreement | null;
    else if (k === 'permanenceTargetDate') input.permanenceTargetDate = isDateEmpty(values.permanenceTargetDate) ? null : isoDate(values.permanenceTargetDate);
    else if (k === 'childFriendlySummaryLanguage') input.childFriendlySummaryLanguage = values.childFriendlySummaryLanguage;
    else input[k] = text(values[k]);
  }
  // The summary is saved with the language shown beside it, even when that was the default and not touched.
  if (changed.includes('childFriendlySummary')) input.childFriendlySummaryLanguage = values.childFriendlySummaryLanguage;
  return input;
}

/** A server error's field ("input.bottomLines") as one of the plan form's fields. */
export function planFormField(field: string | undefined): PlanDetailsField | undefined {
  const last = field?.split('.').at(-1);
  if (last === 'options' || last === 'contingencies') return 'contingencies';
  return last && last in PLAN_FIELD_LABELS ? (last as PlanDetailsField) : undefined;
}

/** One action as the form holds it: what, by whom, and a timescale given as a date or "within N weeks". */
export interface ActionValues {
  action: string;
  byWhom: string;
  timescale: '' | 'DATE' | 'WEEKS';
  dueDate: DateParts;
  withinWeeks: string;
  progress: string;
  completed: boolean;
}

/** One SMART outcome as the form holds it: Newham's columns, its actions, and progress. */
export interface OutcomeValues {
  outcome: string;
  measure: string;
  optionTrack: string;
  actions: ActionValues[];
  progress: string;
}

export type OutcomeField = keyof OutcomeValues;

export const OUTCOME_LABELS: Record<OutcomeField, string> = {
  outcome: 'Planned outcome for the child',
  measure: 'Measure of progress',
  optionTrack: 'Which option this outcome works towards',
  actions: 'Actions',
  progress: 'Progress',
};

export const EMPTY_ACTION: ActionValues = { action: '', byWhom: '', timescale: '', dueDate: EMPTY_DATE, withinWeeks: '', progress: '', completed: false };
export const EMPTY_OUTCOME: OutcomeValues = { outcome: '', measure: '', optionTrack: '', actions: [EMPTY_ACTION], progress: '' };

export function outcomeValues(o: PlanOutcomeRowFragment): OutcomeValues {
  return {
    outcome: o.outcome,
    measure: o.measure,
    optionTrack: o.optionTrack ?? '',
    actions: [...o.actions]
      .sort((a, b) => a.position - b.position)
      .map((a) => ({
        action: a.action,
        byWhom: a.byWhom,
        timescale: a.withinWeeks ? 'WEEKS' : 'DATE',
        dueDate: a.withinWeeks ? EMPTY_DATE : dateParts(a.dueDate),
        withinWeeks: a.withinWeeks ? String(a.withinWeeks) : '',
        progress: a.progress ?? '',
        completed: a.completed,
      })),
    progress: o.progress ?? '',
  };
}

/** The parts of one action that are wrong, by part, with GOV.UK's words. */
export type ActionErrors = Partial<Record<'action' | 'byWhom' | 'timescale' | 'dueDate' | 'withinWeeks', string>>;

export function actionErrors(a: ActionValues, n: number): ActionErrors {
  const out: ActionErrors = {};
  if (!a.action.trim()) out.action = `Enter what will be done for action ${n}`;
  else if (a.action.length > 2000) out.action = `Action ${n} must be 2000 characters or fewer`;
  if (!a.byWhom.trim()) out.byWhom = `Enter who will do action ${n}`;
  else if (a.byWhom.length > 200) out.byWhom = `By whom for action ${n} must be 200 characters or fewer`;
  if (!a.timescale) out.timescale = `Choose a timescale for action ${n}: a date or a number of weeks`;
  else if (a.timescale === 'DATE') {
    if (isDateEmpty(a.dueDate)) out.dueDate = `Enter the date action ${n} is due by`;
    else if (!isoDate(a.dueDate)) out.dueDate = `The date for action ${n} must be a real date`;
  } else {
    const weeks = Number(a.withinWeeks.trim());
    if (!a.withinWeeks.trim()) out.withinWeeks = `Enter the number of weeks for action ${n}`;
    else if (!/^\d+$/.test(a.withinWeeks.trim()) || weeks < 1 || weeks > 104) out.withinWeeks = `The number of weeks for action ${n} must be a whole number from 1 to 104`;
  }
  return out;
}

const required = (message: string, label: string, n: number) => (v: string) => (!v.trim() ? message : maxLength(label, n)(v));

export const outcomeValidators: Validators<OutcomeValues> = {
  outcome: required('Enter the planned outcome for the child', 'The planned outcome', 2000),
  measure: required('Enter how you will measure progress', 'The measure of progress', 2000),
  actions: (actions) => {
    if (actions.length === 0) return 'Add at least one action';
    for (const [i, a] of actions.entries()) {
      const first = Object.values(actionErrors(a, i + 1))[0];
      if (first) return first;
    }
    return undefined;
  },
  progress: maxLength('Progress', 5000),
};

/** The id of the first control with an error, so the error summary link lands on it. */
export function firstActionErrorId(idPrefix: string, actions: ActionValues[]): string {
  for (const [i, a] of actions.entries()) {
    const part = Object.keys(actionErrors(a, i + 1))[0];
    if (part) return `${idPrefix}-action-${i}-${part}`;
  }
  return `${idPrefix}-action-0-action`;
}

export function actionInput(a: ActionValues) {
  return {
    action: a.action.trim(),
    byWhom: a.byWhom.trim(),
    dueDate: a.timescale === 'DATE' ? isoDate(a.dueDate)! : null,
    withinWeeks: a.timescale === 'WEEKS' ? Number(a.withinWeeks.trim()) : null,
    progress: a.progress.trim() || null,
    completed: a.completed,
  };
}

export function outcomeInput(v: OutcomeValues) {
  return {
    outcome: v.outcome.trim(),
    measure: v.measure.trim(),
    optionTrack: (v.optionTrack || null) as OutcomeTrack | null,
    actions: v.actions.map(actionInput),
    progress: v.progress.trim() || null,
  };
}

export function outcomeFormField(field: string | undefined): OutcomeField | undefined {
  if (field?.split('.').includes('actions')) return 'actions';
  const last = field?.split('.').at(-1);
  return last && last in OUTCOME_LABELS ? (last as OutcomeField) : undefined;
}
