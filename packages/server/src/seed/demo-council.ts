import { demoSweNumber } from './social-worker-episodes';
import { seedAdoptions } from './adoptions';
import { seedCareLeavers } from './care-leavers';
import { PLAN_OPTIONS, PLAN_STATUSES } from '@forever-planning/shared';
import type { DataSource } from 'typeorm';
import type { IsoDate } from '../database/columns';
import { hashPassword } from '../modules/auth/password';
import { CouncilEntity } from '../modules/councils/council.entity';
import type { BuiltChild, CouncilSeed } from './child-builder';
import { assertIsoDate, at, todayInEngland } from './dates';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount, type DemoCouncilKey, type DemoTeamKey } from './demo-accounts';
import { seedNorthshireChildren } from './northshire';
import { COUNCIL_POSTCODES } from './postcodes';
import { SeededRandom } from './random';
import { seedGeneratedChildren } from './riverside-bulk';
import { seedStoryChildren } from './riverside-children';
import { newId, SeedRows } from './seed-rows';
import { CASELOAD_TARGETS, OTHER_RIVERSIDE_STAFF, splitName, type StaffMember } from './staff';
import type { StoryContext } from './story';

export interface SeedSummary {
  /** The date every demo date was computed from. */
  today: IsoDate;
  /** Rows written, by table. */
  counts: Record<string, number>;
  accounts: readonly DemoAccount[];
}

/** Thrown when the database already has a council: the seed never mixes with real data. */
export class DatabaseNotEmptyError extends Error {
  constructor() {
    super('The database already holds a council, so the demo data was not added. The demo seed only runs on an empty database.');
  }
}

/** Fixed, so every install gets the same children, names and relationships. */
const SEED = 20_260_101;

/** Made-up names on real DfE LA codes (Richmond upon Thames, Lancashire), so the return's authority and postcode rules can pass. */
const COUNCILS: Record<DemoCouncilKey, { name: string; laCode: string; virtualSchool: string; postcodes: readonly string[]; localIdPrefix: string }> = {
  RIVERSIDE: { name: 'Riverside Borough Council', laCode: '318', virtualSchool: 'Riverside Virtual School', postcodes: COUNCIL_POSTCODES.RIVERSIDE, localIdPrefix: 'RB' },
  NORTHSHIRE: { name: 'Northshire County Council', laCode: '888', virtualSchool: 'Northshire Virtual School', postcodes: COUNCIL_POSTCODES.NORTHSHIRE, localIdPrefix: 'NC' },
};

const TEAMS: Record<DemoTeamKey, { council: DemoCouncilKey; name: string; manager: string }> = {
  NORTH: { council: 'RIVERSIDE', name: 'Permanence Team North', manager: 'tess.manager' },
  SOUTH: { council: 'RIVERSIDE', name: 'Permanence Team South', manager: 'tom.manager' },
  NORTHSHIRE: { council: 'NORTHSHIRE', name: 'Children in Care Team', manager: 'nick.manager' },
};

type Person = StaffMember & { council: DemoCouncilKey };

/**
 * Writes the demo councils in one transaction: Riverside Borough Council,
 * with its permanence teams and about seventy children, and the small
 * Northshire County Council beside it. Refuses a database that has a council.
 */
export async function seedDemoCouncil(dataSource: DataSource, options: { today?: string } = {}): Promise<SeedSummary> {
  const today = assertIsoDate(options.today ?? todayInEngland());
  // Hashed once: argon2 is slow on purpose, and every demo account shares the password.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const counts = await dataSource.transaction(async (manager) => {
    // Two start-ups racing on an empty database: the second waits, then sees the first's council.
    await manager.query('LOCK TABLE councils IN SHARE ROW EXCLUSIVE MODE');
    if ((await manager.count(CouncilEntity)) > 0) throw new DatabaseNotEmptyError();
    return buildDemo(today, passwordHash).insertAll(manager);
  });
  return { today, counts, accounts: DEMO_ACCOUNTS };
}

function buildDemo(today: IsoDate, passwordHash: string): SeedRows {
  const rows = new SeedRows();
  const rng = new SeededRandom(SEED);
  const councilIds = new Map<DemoCouncilKey, string>();
  for (const [key, council] of Object.entries(COUNCILS) as [DemoCouncilKey, (typeof COUNCILS)[DemoCouncilKey]][]) {
    const id = newId();
    councilIds.set(key, id);
    // The duty / out-of-hours contact told when a child feels unsafe (Ofcom's drama range: never a real number).
    rows.councils.push({
      id, name: council.name, laCode: council.laCode,
      dutyContactName: `${council.name} out-of-hours duty team`,
      dutyContactEmail: `duty@${key.toLowerCase()}.example.org`,
      dutyContactMobile: key === 'RIVERSIDE' ? '07700 900000' : '07700 900500',
    });
  }
  const councilId = (key: DemoCouncilKey): string => councilIds.get(key) ?? fail(`no council ${key}`);
  const teamIds = new Map<DemoTeamKey, string>();
  for (const [key, team] of Object.entries(TEAMS) as [DemoTeamKey, (typeof TEAMS)[DemoTeamKey]][]) {
    const id = newId();
    teamIds.set(key, id);
    rows.teams.push({ id, councilId: councilId(team.council), name: team.name });
  }
  const teamId = (key: DemoTeamKey): string => teamIds.get(key) ?? fail(`no team ${key}`);

  const people: Person[] = [...DEMO_ACCOUNTS, ...OTHER_RIVERSIDE_STAFF.map((s) => ({ ...s, council: 'RIVERSIDE' as const }))];
  const userIds = new Map<string, string>();
  for (const [index, person] of people.entries()) {
    const id = newId();
    userIds.set(person.username, id);
    const professional = person.role !== 'YOUNG_PERSON';
    rows.users.push({
      id,
      councilId: councilId(person.council),
      username: person.username,
      passwordHash,
      ...splitName(person),
      email: professional ? `${person.username}@${person.council.toLowerCase()}.example.org` : null,
      // Work mobiles in Ofcom's drama range; the IRO takes views and messages in her daily digest.
      phone: professional ? `07700 900${String(100 + index).padStart(3, '0')}` : null,
      notificationPreference: person.username === 'ira.iro' ? 'DAILY_DIGEST' : 'IMMEDIATE',
      // Registered social workers have their Social Work England number (the return's SW_ID).
      sweNumber: ['SOCIAL_WORKER', 'TEAM_MANAGER', 'IRO', 'HEAD_OF_SERVICE'].includes(person.role) ? demoSweNumber(person.username) : null,
      passwordChangedAt: at(today, 8),
    });
  }
  const user = (username: string): string => userIds.get(username) ?? fail(`no user ${username}`);
  const teamOf = (username: string): string => {
    const team = people.find((p) => p.username === username)?.team;
    return team ? teamId(team) : fail(`${username} has no team`);
  };

  const councilSeed = (key: DemoCouncilKey, head: string): CouncilSeed => ({
    rows,
    rng,
    today,
    councilId: councilId(key),
    virtualSchool: COUNCILS[key].virtualSchool,
    postcodes: COUNCILS[key].postcodes,
    laCode: COUNCILS[key].laCode,
    headOfServiceId: user(head),
    managerOfTeam: new Map(
      (Object.entries(TEAMS) as [DemoTeamKey, (typeof TEAMS)[DemoTeamKey]][])
        .filter(([, t]) => t.council === key)
        .map(([k, t]) => [teamId(k), user(t.manager)]),
    ),
  });
  const context = (key: DemoCouncilKey, head: string): StoryContext => {
    let n = 0;
    return {
      seed: councilSeed(key, head),
      user,
      teamOf,
      // Spaced case numbers, as a case system hands them out over the years.
      nextLocalId: () => `${COUNCILS[key].localIdPrefix}${String(104_000 + 37 * ++n)}`,
    };
  };

  const riverside = context('RIVERSIDE', 'harriet.head');
  const story = seedStoryChildren(riverside, { amira: user('amira'), jordan: user('jordan') });
  const capacity = new Map(CASELOAD_TARGETS);
  for (const child of story.all) {
    const worker = people.find((p) => userIds.get(p.username) === child.spec.socialWorkerId)?.username;
    if (worker && capacity.has(worker)) capacity.set(worker, (capacity.get(worker) ?? 0) - 1);
  }
  const taken = new Set(story.all.map((c) => `${c.spec.firstName} ${c.spec.lastName}`));
  const remaining = [...capacity.values()].reduce((sum, n) => sum + Math.max(0, n), 0);
  const generated = seedGeneratedChildren(riverside, remaining, capacity, taken);
  checkCoverage(rows, [...story.all, ...generated]);
  seedNorthshireChildren(context('NORTHSHIRE', 'noah.head'));
  // After everyone else, on their own random numbers: three care leavers (leaving care pages, OC3).
  seedCareLeavers(riverside, 'omar.worker');
  // Then two children adopted from care (AD1, placed for adoption).
  seedAdoptions(riverside, 'omar.worker');

  const youngPersonChild = new Map([['amira', story.amira.id], ['jordan', story.jordan.id]]);
  for (const person of people) {
    rows.roleAssignments.push({
      id: newId(),
      userId: user(person.username),
      role: person.role,
      councilId: councilId(person.council),
      teamId: person.team ? teamId(person.team) : null,
      childId: person.role === 'YOUNG_PERSON' ? (youngPersonChild.get(person.username) ?? fail(`no child for ${person.username}`)) : null,
    });
  }
  return rows;
}

/** The demo promises every plan option and status; fail loudly if an edit loses one. */
function checkCoverage(rows: SeedRows, riverside: readonly BuiltChild[]): void {
  const ids = new Set(riverside.map((c) => c.id));
  const plans = rows.plans.filter((p) => p.childId && ids.has(p.childId));
  const missing = [
    ...PLAN_OPTIONS.filter((o) => !plans.some((p) => p.primaryOption === o)),
    ...PLAN_STATUSES.filter((s) => !plans.some((p) => p.status === s)),
  ];
  if (missing.length > 0) fail(`the Riverside plans miss ${missing.join(', ')}`);
}

function fail(message: string): never {
  throw new Error(`Demo seed: ${message}.`);
}
