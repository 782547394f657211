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

/**
 * How a professional is named to a child, as a code: the young-person portal
 * says it in the child's language from its catalogues ("roleNames"). The
 * English below stays for the older English-only fields.
 */
export const CHILD_ROLE_NAMES = [
  'YOUR_WORKER',
  'A_SOCIAL_WORKER',
  'YOUR_WORKERS_MANAGER',
  'YOUR_IRO',
  'AN_IRO',
  'YOUR_ADVOCATE',
  'A_SENIOR_MANAGER',
  'SOMEONE_FROM_THE_COUNCIL',
] as const;
export type ChildRoleName = (typeof CHILD_ROLE_NAMES)[number];

export const CHILD_ROLE_ENGLISH: Record<ChildRoleName, string> = {
  YOUR_WORKER: 'your worker',
  A_SOCIAL_WORKER: 'a social worker',
  YOUR_WORKERS_MANAGER: "your worker's manager",
  YOUR_IRO: 'your IRO',
  AN_IRO: 'an IRO',
  YOUR_ADVOCATE: 'your advocate',
  A_SENIOR_MANAGER: 'a senior manager',
  SOMEONE_FROM_THE_COUNCIL: 'someone from the council',
};

/** "your worker" when they are, otherwise what they do. */
export function childRoleName(role: Role | string, isTheirs: boolean): ChildRoleName {
  switch (role) {
    case 'SOCIAL_WORKER':
      return isTheirs ? 'YOUR_WORKER' : 'A_SOCIAL_WORKER';
    case 'TEAM_MANAGER':
      return 'YOUR_WORKERS_MANAGER';
    case 'IRO':
      return isTheirs ? 'YOUR_IRO' : 'AN_IRO';
    case 'ADVOCATE':
      return 'YOUR_ADVOCATE';
    case 'HEAD_OF_SERVICE':
      return 'A_SENIOR_MANAGER';
    default:
      return 'SOMEONE_FROM_THE_COUNCIL';
  }
}

/** How a professional is named to a child, in English (the older fields). */
export function roleWords(role: Role | string, isTheirs: boolean): string {
  return CHILD_ROLE_ENGLISH[childRoleName(role, isTheirs)];
}

/** The parts of a record a child is told were read, as codes the portal words in the child's language. */
export const FILE_PARTS = [
  'PLAN',
  'LIFE_STORY',
  'VIEWS',
  'MESSAGES',
  'WHERE_I_LIVE',
  'BROTHERS_AND_SISTERS',
  'FAMILY_AND_FRIENDS',
  'MEETINGS',
  'COURT_ORDERS',
  'HEALTH_CHECKS',
  'LEAVING_CARE',
  'BIRTHDAYS_AFTER_CARE',
  'TIMES_AWAY',
  'DETAILS',
] as const;
export type FilePart = (typeof FILE_PARTS)[number];

export const FILE_PART_ENGLISH: Record<FilePart, string> = {
  PLAN: 'your plan',
  LIFE_STORY: 'your life story',
  VIEWS: 'your views',
  MESSAGES: 'your messages',
  WHERE_I_LIVE: 'where you live',
  BROTHERS_AND_SISTERS: 'your brothers and sisters',
  FAMILY_AND_FRIENDS: 'your family and friends',
  MEETINGS: 'your meetings',
  COURT_ORDERS: 'your court orders',
  HEALTH_CHECKS: 'your health checks',
  LEAVING_CARE: 'your plan for when you are 18',
  BIRTHDAYS_AFTER_CARE: 'what you were doing on your birthdays after care',
  TIMES_AWAY: 'times you were away from home',
  DETAILS: 'your details',
};

/** The audit's record types and parts, as the part of the file a child would name. Unknown ones are "your details". */
const PART_OF_FILE: Record<string, FilePart> = {
  plan: 'PLAN',
  plans: 'PLAN',
  currentPlan: 'PLAN',
  Plan: 'PLAN',
  lifeStory: 'LIFE_STORY',
  lifeStoryAsChildSees: 'LIFE_STORY',
  LifeStoryItem: 'LIFE_STORY',
  views: 'VIEWS',
  View: 'VIEWS',
  messages: 'MESSAGES',
  ChildMessage: 'MESSAGES',
  placements: 'WHERE_I_LIVE',
  Placement: 'WHERE_I_LIVE',
  siblings: 'BROTHERS_AND_SISTERS',
  siblingLinks: 'BROTHERS_AND_SISTERS',
  network: 'FAMILY_AND_FRIENDS',
  networkMembers: 'FAMILY_AND_FRIENDS',
  meetings: 'MEETINGS',
  reviews: 'MEETINGS',
  Meeting: 'MEETINGS',
  legalStatuses: 'COURT_ORDERS',
  healthOutcomes: 'HEALTH_CHECKS',
  HealthOutcomes: 'HEALTH_CHECKS',
  leavingCare: 'LEAVING_CARE',
  LeavingCare: 'LEAVING_CARE',
  myLeavingCare: 'LEAVING_CARE',
  careLeaverBirthdays: 'BIRTHDAYS_AFTER_CARE',
  CareLeaverBirthday: 'BIRTHDAYS_AFTER_CARE',
  missingEpisodes: 'TIMES_AWAY',
  MissingEpisode: 'TIMES_AWAY',
  deprivationOfLibertyOrders: 'COURT_ORDERS',
  DeprivationOfLibertyOrder: 'COURT_ORDERS',
};

/** The parts of the file read, in the order of FILE_PARTS. */
export function partsOfFile(recordType: string | null, parts: readonly string[]): FilePart[] {
  const out = new Set<FilePart>();
  if (recordType && recordType !== 'Child') out.add(PART_OF_FILE[recordType] ?? 'DETAILS');
  for (const part of parts) out.add(PART_OF_FILE[part] ?? 'DETAILS');
  if (out.size === 0) out.add('DETAILS');
  return FILE_PARTS.filter((p) => out.has(p));
}

/** The parts of a record read, as the child would say them in English. */
export function partWords(recordType: string | null, parts: readonly string[]): string[] {
  return [...new Set(partsOfFile(recordType, parts).map((p) => FILE_PART_ENGLISH[p]))].sort();
}

/** What to tell a child who feels unsafe, every time. */
export const UNSAFE_HELP_TEXT =
  'If you are in danger right now, call 999. You can talk to Childline any time, free, on 0800 1111. We have told your worker.';

/** First names only: "Jo Smith" → "Jo"; "Jo and Sam Smith" → "Jo and Sam". */
export function firstNamesOf(fullName: string): string {
  const words = fullName.trim().split(/\s+/);
  return words.length > 1 ? words.slice(0, -1).join(' ') : words[0] ?? '';
}
