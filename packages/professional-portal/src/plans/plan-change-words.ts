import { FAMILY_AGREEMENT_LABELS, FAMILY_CONSIDERED_LABELS, OUTCOME_TRACK_LABELS, PLAN_OPTION_LABELS, type FamilyAgreement, type FamilyConsidered, type OutcomeTrack, type PlanOption } from '@forever-planning/shared';
import { formatDate } from '../common/dates';
import type { PlanChangeRowFragment } from '../gql/graphql';

/** What a changed field is called on screen (the API names fields as the code does). */
const FIELD_WORDS: Record<string, string> = {
  primaryOption: 'Primary option',
  contingencies: 'Contingency options',
  childWishes: 'The child’s wishes',
  bottomLines: 'Bottom lines',
  consequenceOfNoChange: 'The consequence of no change',
  childFriendlySummary: 'Summary for the child',
  outcomeAdded: 'Outcome added',
  outcomeRemoved: 'Outcome removed',
  measure: 'Measure of progress',
  optionTrack: 'Works towards',
  action: 'Action changed',
  actionAdded: 'Action added',
  actionRemoved: 'Action removed',
  safetyPeople: 'Key safety people',
  monitoringPeople: 'People who monitor the child’s safety',
  peopleToAvoid: 'People to avoid',
  safetyPlanLasts: 'How long the safety plan lasts',
  wordsAndPicturesAge: 'Age for the Words and Pictures',
  familyAgreement: 'The family’s agreement',
  familyComments: 'The family’s comments',
  familyConsidered: 'Family and connected people considered first',
  familyConsideredInChildWords: 'What the child reads about their family being thought about first',
  permanenceTargetDate: 'Target date for permanence',
  dueDate: 'Timescale',
  progress: 'Progress',
  completed: 'Completed',
};

const optionWords = (code: string) => PLAN_OPTION_LABELS[code as PlanOption] ?? code;

/** A value in words: option codes as their names, dates written out, yes or no. */
export function changeValueWords(field: string, value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return 'None';
  if (field === 'primaryOption') return optionWords(value);
  if (field === 'contingencies') return value.split(', ').map(optionWords).join(', ');
  if (field === 'dueDate' || field === 'permanenceTargetDate') return formatDate(value);
  if (field === 'optionTrack') return OUTCOME_TRACK_LABELS[value as OutcomeTrack]?.toLowerCase() ?? value;
  if (field === 'familyAgreement') return FAMILY_AGREEMENT_LABELS[value as FamilyAgreement] ?? value;
  if (field === 'familyConsidered') return FAMILY_CONSIDERED_LABELS[value as FamilyConsidered] ?? value;
  if (field === 'wordsAndPicturesAge') return `${value} years old`;
  if (field === 'completed') return value === 'true' ? 'Yes' : 'No';
  return value;
}

/** "Timescale: Damian will feel safe…" — the field, and for an outcome's field, the outcome it belongs to. */
export function changeFieldWords(change: Pick<PlanChangeRowFragment, 'field' | 'outcome'>): string {
  const name = FIELD_WORDS[change.field] ?? change.field;
  return change.outcome && change.field !== 'outcomeAdded' && change.field !== 'outcomeRemoved' ? `${name} (outcome: ${change.outcome})` : name;
}
