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
