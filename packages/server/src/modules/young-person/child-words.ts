import type { FamilyTimeKind, MeetingType, PlacementType, PlanOption, Role, ViewReader } from '@forever-planning/shared';

/**
 * The words a child reads, at a reading age of about 9 (the brief's
 * "Words a child reads"): my worker, my IRO, brothers and sisters, family time,
 * meeting, Forever Planning.
 */

export const WHERE_I_LIVE_WORDS: Record<PlacementType, string> = {
  PARENTS: 'at home with my family',
  CONNECTED_PERSON: 'with family or friends who look after me',
  FOSTER_CARE: 'with foster carers',
  FOSTERING_FOR_ADOPTION: 'with carers who might adopt me',
  LONG_TERM_FOSTER: 'with my long-term foster family',
  RESIDENTIAL: "in a children's home",
  SUPPORTED_LODGINGS: 'in supported lodgings',
  SEMI_INDEPENDENT: 'in my own place, with support',
  ADOPTIVE_PLACEMENT: 'with my new family',
};

/** The plan's main idea, said plainly. */
export const PLAN_OPTION_WORDS: Record<PlanOption, string> = {
  REUNIFICATION: 'going back home to live with my family',
  REMAIN_WITH_PARENTS: 'staying at home with my family, with help',
  KINSHIP_CARE: 'living with people in my family or friends who know me',
  SPECIAL_GUARDIANSHIP: 'living with someone who will look after me until I grow up (special guardianship)',
  CHILD_ARRANGEMENTS_ORDER: 'living with someone the court has agreed can look after me',
  ADOPTION: 'finding a new family who will adopt me',
  EARLY_PERMANENCE: 'living with carers who might become my forever family',
  LONG_TERM_FOSTERING: 'staying with a foster family until I grow up',
  RESIDENTIAL_CARE: "living in a children's home that is right for me",
  STAYING_PUT: 'staying with my carers after I turn 18',
  SUPPORTED_LODGINGS: 'getting ready to live on my own, with support',
  SHARED_CARE: 'sharing my time between home and carers',
};

/** The contingency, gently: the back-up plan, never a threat. */
export const contingencyWords = (option: PlanOption): string =>
  `If the main plan can't happen, the back-up plan is ${PLAN_OPTION_WORDS[option]}.`;

export const MEETING_WORDS: Record<MeetingType, string> = {
  FIRST_REVIEW: 'my meeting',
  SECOND_REVIEW: 'my meeting',
  SUBSEQUENT_REVIEW: 'my meeting',
  PERMANENCE_PLANNING_MEETING: 'a meeting to plan my future',
  GATEWAY_PANEL: 'a meeting about me (a panel)',
  PERMANENCE_PANEL: 'a meeting about my Forever Planning (a panel)',
  PLACEMENT_STABILITY_PANEL: 'a meeting about where I live (a panel)',
  RESOURCE_ALLOCATION_PANEL: 'a meeting about the help I get (a panel)',
  FOSTERING_PANEL: 'a meeting about my foster family (a panel)',
  ADOPTION_PANEL: 'a meeting about adoption (a panel)',
  FAMILY_GROUP_CONFERENCE: 'a family meeting',
  PLO_MEETING: 'a meeting with my family and the council',
};

export const READER_WORDS: Record<ViewReader, string> = { WORKER: 'my worker', IRO: 'my IRO', ADVOCATE: 'my advocate' };

export const FAMILY_TIME_WORDS: Record<FamilyTimeKind, string> = {
  DIRECT: 'seeing each other',
  INDIRECT: 'letters, calls or messages',
};

/** How a professional is named to a child: "your worker" when they are, otherwise what they do. */
export function roleWords(role: Role | string, isTheirs: boolean): string {
  switch (role) {
    case 'SOCIAL_WORKER':
      return isTheirs ? 'your worker' : 'a social worker';
    case 'TEAM_MANAGER':
      return "your worker's manager";
    case 'IRO':
      return isTheirs ? 'your IRO' : 'an IRO';
    case 'ADVOCATE':
      return 'your advocate';
    case 'HEAD_OF_SERVICE':
      return 'a senior manager';
    default:
      return 'someone from the council';
  }
}

/** The parts of a record read, as the child would say them. Unknown parts are "your details". */
const PART_WORDS: Record<string, string> = {
  plan: 'your plan',
  plans: 'your plan',
  currentPlan: 'your plan',
  Plan: 'your plan',
  lifeStory: 'your life story',
  lifeStoryAsChildSees: 'your life story',
  LifeStoryItem: 'your life story',
  views: 'your views',
  View: 'your views',
  messages: 'your messages',
  ChildMessage: 'your messages',
  placements: 'where you live',
  Placement: 'where you live',
  siblings: 'your brothers and sisters',
  siblingLinks: 'your brothers and sisters',
  network: 'your family and friends',
  networkMembers: 'your family and friends',
  meetings: 'your meetings',
  reviews: 'your meetings',
  Meeting: 'your meetings',
  legalStatuses: 'your court orders',
  healthOutcomes: 'your health checks',
  HealthOutcomes: 'your health checks',
  leavingCare: 'your plan for when you are 18',
  LeavingCare: 'your plan for when you are 18',
  myLeavingCare: 'your plan for when you are 18',
  careLeaverBirthdays: 'what you were doing on your birthdays after care',
  CareLeaverBirthday: 'what you were doing on your birthdays after care',
  missingEpisodes: 'times you were away from home',
  MissingEpisode: 'times you were away from home',
};

export function partWords(recordType: string | null, parts: readonly string[]): string[] {
  const out = new Set<string>();
  if (recordType && recordType !== 'Child') out.add(PART_WORDS[recordType] ?? 'your details');
  for (const part of parts) out.add(PART_WORDS[part] ?? 'your details');
  if (out.size === 0) out.add('your details');
  return [...out].sort();
}

/** What to tell a child who feels unsafe, every time. */
export const UNSAFE_HELP_TEXT =
  'If you are in danger right now, call 999. You can talk to Childline any time, free, on 0800 1111. We have told your worker.';

/** First names only: "Jo Smith" → "Jo"; "Jo and Sam Smith" → "Jo and Sam". */
export function firstNamesOf(fullName: string): string {
  const words = fullName.trim().split(/\s+/);
  return words.length > 1 ? words.slice(0, -1).join(' ') : words[0] ?? '';
}
