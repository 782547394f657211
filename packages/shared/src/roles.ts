/** Every role a person can hold. Access rules are written against these names. */
export const ROLES = [
  'YOUNG_PERSON',
  'ADVOCATE',
  'SOCIAL_WORKER',
  'TEAM_MANAGER',
  'IRO',
  'HEAD_OF_SERVICE',
  'ADMINISTRATOR',
] as const;
export type Role = (typeof ROLES)[number];

/** Roles that sign in to the professional portal. */
export const PROFESSIONAL_ROLES: readonly Role[] = [
  'ADVOCATE',
  'SOCIAL_WORKER',
  'TEAM_MANAGER',
  'IRO',
  'HEAD_OF_SERVICE',
  'ADMINISTRATOR',
];

export const ROLE_LABELS: Record<Role, string> = {
  YOUNG_PERSON: 'Young person',
  ADVOCATE: 'Advocate',
  SOCIAL_WORKER: 'Social worker',
  TEAM_MANAGER: 'Team manager',
  IRO: 'Independent Reviewing Officer',
  HEAD_OF_SERVICE: 'Head of service',
  ADMINISTRATOR: 'Administrator',
};

/** Roles whose accounts belong to a team (a worker's or manager's team is part of their account). */
export const TEAM_ROLES: readonly Role[] = ['SOCIAL_WORKER', 'TEAM_MANAGER'];
export const belongsToATeam = (role: Role | string): boolean => (TEAM_ROLES as readonly string[]).includes(role);

/** Each role's home page title (words only: what a person may open is decided by the API, Me.abilities). */
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
