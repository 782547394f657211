import { dateParts, EMPTY_DATE, isDateEmpty, isoDate, type DateParts, type Validators } from '@forever-planning/ui';
import { changedKeys, maxLength, reapplyChanges } from '../common/form-changes';
import type { FamilyAgreement, FamilyConsidered, OutcomeTrack, PlanDetailFragment, PlanOption, PlanOutcomeRowFragment } from '../gql/graphql';
import { say } from '../i18n/i18n';

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
  primaryOption: say('plans.planForms.primaryOption'),
  contingencies: say('plans.planForms.contingencyOptions'),
  childWishes: say('plans.planForms.theChildsWishes'),
  bottomLines: say('plans.planForms.bottomLines'),
  consequenceOfNoChange: say('plans.planForms.theConsequenceOfNo'),
  childFriendlySummary: say('plans.planForms.summaryForTheChild'),
  childFriendlySummaryLanguage: say('plans.planForms.languageOfTheSummary'),
  safetyPeople: say('plans.planForms.keySafetyPeopleThe'),
  monitoringPeople: say('plans.planForms.peopleWhoHelpThe'),
  peopleToAvoid: say('plans.planForms.peopleTheFamilyNeed'),
  safetyPlanLasts: say('plans.planForms.howLongTheSafety'),
  wordsAndPicturesAge: say('plans.planForms.ageAtWhichThe'),
  familyAgreement: say('plans.planForms.doTheFamilyAgree'),
  familyComments: say('plans.planForms.theFamilysComments'),
  familyConsidered: say('plans.planForms.wereFamilyAndConnected'),
  familyConsideredInChildWords: say('plans.planForms.whatTheChildReads'),
  permanenceTargetDate: say('plans.planForms.targetDateForPermanence'),
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
  contingencies: (v, all) => (all.primaryOption && v.includes(all.primaryOption) ? say('plans.planForms.aContingencyOptionMust') : undefined),
  childWishes: maxLength(say('plans.planForms.theChildsWishes'), 5000),
  bottomLines: maxLength(say('plans.planForms.bottomLines'), 5000),
  consequenceOfNoChange: maxLength(say('plans.planForms.theConsequenceOfNo'), 5000),
  childFriendlySummary: maxLength(say('plans.planForms.theSummaryForThe'), 2000),
  safetyPeople: maxLength(say('plans.planForms.keySafetyPeople'), 4000),
  monitoringPeople: maxLength(say('plans.planForms.thePeopleWhoMonitor'), 4000),
  peopleToAvoid: maxLength(say('plans.planForms.thePeopleToAvoid'), 4000),
  safetyPlanLasts: maxLength(say('plans.planForms.howLongTheSafety2'), 500),
  wordsAndPicturesAge: (v) => (v.trim() && (!/^\d+$/.test(v.trim()) || Number(v) > 17) ? say('plans.planForms.theAgeForThe') : undefined),
  familyComments: maxLength(say('plans.planForms.theFamilysComments'), 4000),
  familyConsidered: (v, all) => (!v && all.familyConsideredInChildWords.trim() ? say('plans.planForms.selectWhetherFamilyAnd') : undefined),
  familyConsideredInChildWords: (v, all) =>
    (all.familyConsidered === 'CONSIDERED' || all.familyConsidered === 'NOT_CONSIDERED') && !v.trim()
      ? say('plans.planForms.tellTheChildIn')
      : maxLength(say('plans.planForms.theWordsForThe'), 2000)(v),
  permanenceTargetDate: (v) => (isDateEmpty(v) || isoDate(v) ? undefined : say('plans.planForms.theTargetDateFor')),
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
  outcome: say('plans.planForms.plannedOutcomeForThe'),
  measure: say('plans.planForms.measureOfProgress'),
  optionTrack: say('plans.planForms.whichOptionThisOutcome'),
  actions: say('plans.planForms.actions'),
  progress: say('plans.planForms.progress'),
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
  if (!a.action.trim()) out.action = say('plans.planForms.enterWhatWillBe', { n: String(n) });
  else if (a.action.length > 2000) out.action = say('plans.planForms.actionMustBe2000', { n: String(n) });
  if (!a.byWhom.trim()) out.byWhom = say('plans.planForms.enterWhoWillDo', { n: String(n) });
  else if (a.byWhom.length > 200) out.byWhom = say('plans.planForms.byWhomForAction', { n: String(n) });
  if (!a.timescale) out.timescale = say('plans.planForms.chooseATimescaleFor', { n: String(n) });
  else if (a.timescale === 'DATE') {
    if (isDateEmpty(a.dueDate)) out.dueDate = say('plans.planForms.enterTheDateAction', { n: String(n) });
    else if (!isoDate(a.dueDate)) out.dueDate = say('plans.planForms.theDateForAction', { n: String(n) });
  } else {
    const weeks = Number(a.withinWeeks.trim());
    if (!a.withinWeeks.trim()) out.withinWeeks = say('plans.planForms.enterTheNumberOf', { n: String(n) });
    else if (!/^\d+$/.test(a.withinWeeks.trim()) || weeks < 1 || weeks > 104) out.withinWeeks = say('plans.planForms.theNumberOfWeeks', { n: String(n) });
  }
  return out;
}

const required = (message: string, label: string, n: number) => (v: string) => (!v.trim() ? message : maxLength(label, n)(v));

export const outcomeValidators: Validators<OutcomeValues> = {
  outcome: required(say('plans.planForms.enterThePlannedOutcome'), say('plans.planForms.thePlannedOutcome'), 2000),
  measure: required(say('plans.planForms.enterHowYouWill'), say('plans.planForms.theMeasureOfProgress'), 2000),
  actions: (actions) => {
    if (actions.length === 0) return say('plans.planForms.addAtLeastOne');
    for (const [i, a] of actions.entries()) {
      const first = Object.values(actionErrors(a, i + 1))[0];
      if (first) return first;
    }
    return undefined;
  },
  progress: maxLength(say('plans.planForms.progress'), 5000),
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
