import type { Role } from '@forever-planning/shared';

/** Every demo account signs in with this password. It is public: demo data only. */
export const DEMO_PASSWORD = 'forever-demo-2026';

export type DemoCouncilKey = 'RIVERSIDE' | 'NORTHSHIRE';
export type DemoTeamKey = 'NORTH' | 'SOUTH' | 'NORTHSHIRE';

export interface DemoAccount {
  username: string;
  role: Role;
  displayName: string;
  council: DemoCouncilKey;
  /** Social workers and team managers belong to a team. */
  team?: DemoTeamKey;
  /** What this person can see once signed in, for the README and a demo walk-through. */
  description: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    username: 'sam.worker',
    role: 'SOCIAL_WORKER',
    displayName: 'Sam Okoro',
    council: 'RIVERSIDE',
    team: 'NORTH',
    description: 'Social worker, Permanence Team North: 12 allocated children, including Amira and Damian.',
  },
  {
    username: 'priya.worker',
    role: 'SOCIAL_WORKER',
    displayName: 'Priya Nair',
    council: 'RIVERSIDE',
    team: 'NORTH',
    description: 'Social worker, Permanence Team North: her own caseload, not Sam’s.',
  },
  {
    username: 'omar.worker',
    role: 'SOCIAL_WORKER',
    displayName: 'Omar Farouk',
    council: 'RIVERSIDE',
    team: 'SOUTH',
    description: 'Social worker, Permanence Team South: his allocated children, including Jordan and Kayden.',
  },
  {
    username: 'tess.manager',
    role: 'TEAM_MANAGER',
    displayName: 'Tess Holloway',
    council: 'RIVERSIDE',
    team: 'NORTH',
    description: 'Team manager, Permanence Team North: every child allocated in Team North.',
  },
  {
    username: 'tom.manager',
    role: 'TEAM_MANAGER',
    displayName: 'Tom Reyes',
    council: 'RIVERSIDE',
    team: 'SOUTH',
    description: 'Team manager, Permanence Team South: every child allocated in Team South.',
  },
  {
    username: 'ira.iro',
    role: 'IRO',
    displayName: 'Ira Lindgren',
    council: 'RIVERSIDE',
    description: 'Independent Reviewing Officer: reviews about half of Riverside’s children, including Amira.',
  },
  {
    username: 'ivan.iro',
    role: 'IRO',
    displayName: 'Ivan Petrov',
    council: 'RIVERSIDE',
    description: 'Independent Reviewing Officer: reviews the other Riverside children.',
  },
  {
    username: 'ada.advocate',
    role: 'ADVOCATE',
    displayName: 'Ada Mensah',
    council: 'RIVERSIDE',
    description: 'Independent advocate: only children with an active referral to her (Amira and three others).',
  },
  {
    username: 'harriet.head',
    role: 'HEAD_OF_SERVICE',
    displayName: 'Harriet Lowe',
    council: 'RIVERSIDE',
    description: 'Head of service, Riverside: every Riverside child, and the approvals reserved to her.',
  },
  {
    username: 'adam.admin',
    role: 'ADMINISTRATOR',
    displayName: 'Adam Price',
    council: 'RIVERSIDE',
    description: 'Administrator, Riverside: accounts, role assignments and local policy; no child records.',
  },
  {
    username: 'amira',
    role: 'YOUNG_PERSON',
    displayName: 'Amira Qureshi',
    council: 'RIVERSIDE',
    description: 'Amira, 12: her own Forever Plan, life story, views, brothers and sisters and next meeting.',
  },
  {
    username: 'jordan',
    role: 'YOUNG_PERSON',
    displayName: 'Jordan Campbell',
    council: 'RIVERSIDE',
    description: 'Jordan, 16 (Team South, worker Omar): his own record as a young person sees it.',
  },
  {
    username: 'nina.worker',
    role: 'SOCIAL_WORKER',
    displayName: 'Nina Shah',
    council: 'NORTHSHIRE',
    team: 'NORTHSHIRE',
    description: 'Social worker, Northshire County Council: Northshire’s children only, none of Riverside’s.',
  },
  {
    username: 'nick.manager',
    role: 'TEAM_MANAGER',
    displayName: 'Nick Barnes',
    council: 'NORTHSHIRE',
    team: 'NORTHSHIRE',
    description: 'Team manager, Northshire: the Northshire team’s children.',
  },
  {
    username: 'nell.iro',
    role: 'IRO',
    displayName: 'Nell Cartwright',
    council: 'NORTHSHIRE',
    description: 'Independent Reviewing Officer, Northshire: the Northshire children she reviews.',
  },
  {
    username: 'noah.head',
    role: 'HEAD_OF_SERVICE',
    displayName: 'Noah Whitfield',
    council: 'NORTHSHIRE',
    description: 'Head of service, Northshire: every Northshire child and no Riverside child.',
  },
];
