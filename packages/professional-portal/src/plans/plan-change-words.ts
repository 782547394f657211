import { FAMILY_AGREEMENT_LABELS, FAMILY_CONSIDERED_LABELS, OUTCOME_TRACK_LABELS, PLAN_OPTION_LABELS, type FamilyAgreement, type FamilyConsidered, type OutcomeTrack, type PlanOption } from '@forever-planning/shared';
import { formatDate } from '../common/dates';
import type { PlanChangeRowFragment } from '../gql/graphql';
import { say } from '../i18n/i18n';

/** What a changed field is called on screen (the API names fields as the code does). */
const FIELD_WORDS: Record<string, string> = {
  primaryOption: say('plans.planChangeWords.primaryOption'),
  contingencies: say('plans.planChangeWords.contingencyOptions'),
  childWishes: say('plans.planChangeWords.theChildsWishes'),
  bottomLines: say('plans.planChangeWords.bottomLines'),
  consequenceOfNoChange: say('plans.planChangeWords.theConsequenceOfNo'),
  childFriendlySummary: say('plans.planChangeWords.summaryForTheChild'),
  outcomeAdded: say('plans.planChangeWords.outcomeAdded'),
  outcomeRemoved: say('plans.planChangeWords.outcomeRemoved'),
  measure: say('plans.planChangeWords.measureOfProgress'),
  optionTrack: say('plans.planChangeWords.worksTowards'),
  action: say('plans.planChangeWords.actionChanged'),
  actionAdded: say('plans.planChangeWords.actionAdded'),
  actionRemoved: say('plans.planChangeWords.actionRemoved'),
  safetyPeople: say('plans.planChangeWords.keySafetyPeople'),
  monitoringPeople: say('plans.planChangeWords.peopleWhoMonitorThe'),
  peopleToAvoid: say('plans.planChangeWords.peopleToAvoid'),
  safetyPlanLasts: say('plans.planChangeWords.howLongTheSafety'),
  wordsAndPicturesAge: say('plans.planChangeWords.ageForTheWords'),
  familyAgreement: say('plans.planChangeWords.theFamilysAgreement'),
  familyComments: say('plans.planChangeWords.theFamilysComments'),
  familyConsidered: say('plans.planChangeWords.familyAndConnectedPeople'),
  familyConsideredInChildWords: say('plans.planChangeWords.whatTheChildReads'),
  permanenceTargetDate: say('plans.planChangeWords.targetDateForPermanence'),
  dueDate: say('plans.planChangeWords.timescale'),
  progress: say('plans.planChangeWords.progress'),
  completed: say('plans.planChangeWords.completed'),
};

const optionWords = (code: string) => PLAN_OPTION_LABELS[code as PlanOption] ?? code;

/** A value in words: option codes as their names, dates written out, yes or no. */
export function changeValueWords(field: string, value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return say('plans.planChangeWords.none');
  if (field === 'primaryOption') return optionWords(value);
  if (field === 'contingencies') return value.split(', ').map(optionWords).join(', ');
  if (field === 'dueDate' || field === 'permanenceTargetDate') return formatDate(value);
  if (field === 'optionTrack') return OUTCOME_TRACK_LABELS[value as OutcomeTrack]?.toLowerCase() ?? value;
  if (field === 'familyAgreement') return FAMILY_AGREEMENT_LABELS[value as FamilyAgreement] ?? value;
  if (field === 'familyConsidered') return FAMILY_CONSIDERED_LABELS[value as FamilyConsidered] ?? value;
  if (field === 'wordsAndPicturesAge') return say('plans.planChangeWords.yearsOld', { age: value });
  if (field === 'completed') return value === 'true' ? say('plans.planChangeWords.yes') : say('plans.planChangeWords.no');
  return value;
}

/** "Timescale: Damian will feel safe…" — the field, and for an outcome's field, the outcome it belongs to. */
export function changeFieldWords(change: Pick<PlanChangeRowFragment, 'field' | 'outcome'>): string {
  const name = FIELD_WORDS[change.field] ?? change.field;
  return change.outcome && change.field !== 'outcomeAdded' && change.field !== 'outcomeRemoved' ? say('plans.planChangeWords.outcome', { name, outcome: change.outcome }) : name;
}
