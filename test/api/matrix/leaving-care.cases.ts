import type { DataSource } from 'typeorm';
import type { MatrixCase, TargetKey } from '../../support/matrix';
import type { World } from '../../support/world';

/**
 * Leaving care. A care leaver's birthday can only be recorded for a young
 * person who has left care, so the birthday case first makes the target a
 * care leaver (19 a week before the API's day, 24 November 2026; left care at 18) and the next case puts the
 * child back as it was, so no later case sees the change.
 */
const EDITORS = ['SOCIAL_WORKER', 'TEAM_MANAGER'] as const;
const READERS = ['SOCIAL_WORKER', 'TEAM_MANAGER', 'IRO', 'HEAD_OF_SERVICE'] as const;
const kept = new Map<string, Record<string, string | null>>();

async function makeCareLeaver(ds: DataSource, childId: string): Promise<void> {
  if (!kept.has(childId)) {
    const [row] = await ds.query(
      `SELECT date_of_birth::text AS dob, date_looked_after::text AS la, date_ceased_looked_after::text AS ceased FROM children WHERE id = $1`,
      [childId],
    );
    kept.set(childId, row);
  }
  await ds.query(`UPDATE children SET date_of_birth = $2, date_looked_after = $3, date_ceased_looked_after = $4 WHERE id = $1`, [
    childId, '2007-11-17', '2019-11-17', '2025-11-17',
  ]);
}

async function restore(ds: DataSource): Promise<void> {
  for (const [id, row] of kept) {
    await ds.query(`UPDATE children SET date_of_birth = $2, date_looked_after = $3, date_ceased_looked_after = $4 WHERE id = $1`, [id, row.dob, row.la, row.ceased]);
  }
  kept.clear();
}

const childOf = (world: World, target: TargetKey) => world.children[target].id;

export const leavingCareCases: MatrixCase[] = [
  {
    operation: 'Mutation.saveCareLeaverBirthday',
    document: `mutation($input: SaveCareLeaverBirthdayInput!) { saveCareLeaverBirthday(input: $input) { id } }`,
    roles: EDITORS,
    reach: 'caseEdit',
    write: true,
    variables: async ({ world, target, ds }) => {
      const childId = childOf(world, target);
      await makeCareLeaver(ds, childId);
      const [saved] = await ds.query(`SELECT version FROM care_leaver_birthdays WHERE child_id = $1 AND age = 19`, [childId]);
      return { input: { childId, age: 19, inTouch: 'YES', activity: 'F2', accommodation: 'Z1', expectedVersion: saved?.version ?? null } };
    },
  },
  {
    operation: 'Mutation.saveLeavingCare',
    document: `mutation($input: SaveLeavingCareInput!) { saveLeavingCare(input: $input) { id version } }`,
    roles: EDITORS,
    reach: 'caseEdit',
    write: true,
    variables: async ({ world, target, ds }) => {
      await restore(ds);
      const childId = childOf(world, target);
      const [saved] = await ds.query(`SELECT version FROM leaving_care WHERE child_id = $1`, [childId]);
      return { input: { childId, afterEighteen: 'STAYING_PUT', personalAdviserName: 'Dee Patel', expectedVersion: saved?.version ?? null } };
    },
  },
  {
    operation: 'Query.child (leaving care)',
    document: `query($id: ID!) { child(id: $id) { id leavingCare { afterEighteen } careLeaverBirthdays { age } pathwayPlanDue { dueDate } } }`,
    roles: READERS,
    reach: 'fullRead',
    variables: async ({ world, target, ds }) => {
      await restore(ds);
      return { id: childOf(world, target) };
    },
  },
  {
    operation: 'Query.myLeavingCare',
    document: `query { myLeavingCare { age after18 stayingPut personalAdviser { firstName } } }`,
    roles: ['YOUNG_PERSON'],
    reach: 'none',
    untargeted: true,
    variables: async ({ ds }) => {
      await restore(ds);
      return {};
    },
  },
];
