import type { Role } from '../gql/graphql';

/**
 * What the screens offer each role. The server still decides every request;
 * these only keep controls a role may not use off the page.
 */
export const CHILD_RECORD_READERS: readonly Role[] = ['SOCIAL_WORKER', 'TEAM_MANAGER', 'IRO', 'HEAD_OF_SERVICE'];
const CASE_EDITORS: readonly Role[] = ['SOCIAL_WORKER', 'TEAM_MANAGER'];

export const canReadChildren = (role: Role) => CHILD_RECORD_READERS.includes(role);
export const canEditChild = (role: Role) => CASE_EDITORS.includes(role);
export const canInviteYoungPerson = (role: Role) => CASE_EDITORS.includes(role);
/** Needs attention (children's messages, unsafe alerts, the drift list): every role that holds children. */
export const canSeeDriftList = (role: Role) => CHILD_RECORD_READERS.includes(role);
/** Views are addressed to the worker and the IRO. */
export const hasViewsInbox = (role: Role) => role === 'SOCIAL_WORKER' || role === 'TEAM_MANAGER' || role === 'IRO';
export const canEditPlan = (role: Role) => CASE_EDITORS.includes(role);
export const canRecordMeetings = (role: Role) => role === 'SOCIAL_WORKER' || role === 'TEAM_MANAGER' || role === 'IRO';
export const canEditLifeStory = (role: Role) => CASE_EDITORS.includes(role);
/** The audit trail: managers, IROs and heads of service (the API decides per child). */
export const canReadAudit = (role: Role) => role === 'TEAM_MANAGER' || role === 'HEAD_OF_SERVICE' || role === 'IRO';
/** Roles that reach more than one team see the team filter. */
export const canFilterByTeam = (role: Role) => role === 'IRO' || role === 'HEAD_OF_SERVICE';

export const HOME_TITLES: Record<Role, string> = {
  SOCIAL_WORKER: 'My caseload',
  TEAM_MANAGER: 'My team',
  IRO: 'Children I review',
  HEAD_OF_SERVICE: 'All children',
  ADVOCATE: 'Your work as an advocate',
  ADMINISTRATOR: 'Running the service',
  YOUNG_PERSON: 'Forever Planning',
};
/** The way back to the home list from a child's record, as a sentence: "Back to the children I review". */
export const HOME_BACK_LINKS: Record<Role, string> = {
  SOCIAL_WORKER: 'Back to my caseload',
  TEAM_MANAGER: 'Back to my team',
  IRO: 'Back to the children I review',
  HEAD_OF_SERVICE: 'Back to all children',
  ADVOCATE: 'Back to your work as an advocate',
  ADMINISTRATOR: 'Back to running the service',
  YOUNG_PERSON: 'Back to Forever Planning',
};

/** Data protection: a head of service makes subject access exports; they and the administrator review retention. */
export const canExportSubjectAccess = (role: Role) => role === 'HEAD_OF_SERVICE';
export const canReviewRetention = (role: Role) => role === 'HEAD_OF_SERVICE' || role === 'ADMINISTRATOR';
/** Accounts: the administrator asks for them; a head of service approves (the API enforces both). */
export const canAskForAccounts = (role: Role) => role === 'ADMINISTRATOR';
export const canDecideAccountRequests = (role: Role) => role === 'HEAD_OF_SERVICE';
