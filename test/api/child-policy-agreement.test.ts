import fc from 'fast-check';
import type { QueryRunner } from 'typeorm';
import { ROLES, type AdvocacyStatus, type Role } from '@forever-planning/shared';
import type { Actor } from '../../packages/server/src/common/actor';
import { childReach, type SqlCondition } from '../../packages/server/src/policies/child-reach';
import { childPolicy } from '../../packages/server/src/policies/child.policy';
import type { ChildFactsForPolicy } from '../../packages/server/src/policies/predicates';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { buildWorld, makeChild, type World } from '../support/world';
import { AdvocacyReferralEntity } from '../../packages/server/src/modules/advocacy/advocacy-referral.entity';
import { PlanEntity } from '../../packages/server/src/modules/plans/plan.entity';

/**
 * The one policy of a child's record has two forms: the SQL scope every list
 * and loader puts in its WHERE clause (child-reach.ts), and the per-row
 * predicate the services and abilities use (child.policy.ts `reaches`). On
 * random children (any council, team, worker, IRO, advocacy referrals in any
 * status, with or without a plan) and random actors (any role, any user, any
 * council, team and own child), the SQL returns exactly the children — and
 * their plans — the predicate allows. Real PostgreSQL; a fixed seed
 * (test/support/fast-check-seed.ts).
 */

interface ChildSpec {
  council: 'A' | 'B';
  team: number;
  socialWorker: number | null;
  iro: number | null;
  referrals: { advocate: number; status: AdvocacyStatus }[];
  withPlan: boolean;
}
interface ActorSpec {
  role: Role;
  user: number;
  council: 'A' | 'B';
  team: number | null;
  ownChild: number | null;
}

const RUNS = 60;

describe('the SQL scope of a child and the policy predicate agree', () => {
  let db: TestDatabase;
  let world: World;
  let userIds: string[];

  beforeAll(async () => {
    db = await createTestDatabase();
    world = await buildWorld(db.dataSource);
    userIds = Object.values(world.users).map((u) => u.id);
  });
  afterAll(async () => {
    await db?.drop();
  });

  const teamsOf = (council: 'A' | 'B') => (council === 'A' ? [world.teamA1, world.teamA2] : [world.teamB]);
  const councilOf = (council: 'A' | 'B') => (council === 'A' ? world.councilA : world.councilB);

  const childSpec = fc.record<ChildSpec>({
    council: fc.constantFrom('A', 'B'),
    team: fc.nat(1),
    socialWorker: fc.option(fc.nat(16), { nil: null }),
    iro: fc.option(fc.nat(16), { nil: null }),
    referrals: fc.array(fc.record({ advocate: fc.nat(16), status: fc.constantFrom<AdvocacyStatus>('REQUESTED', 'ACTIVE', 'CLOSED') }), { maxLength: 3 }),
    withPlan: fc.boolean(),
  });
  const actorSpec = fc.record<ActorSpec>({
    role: fc.constantFrom(...ROLES),
    user: fc.nat(16),
    council: fc.constantFrom('A', 'B'),
    team: fc.option(fc.nat(2), { nil: null }),
    ownChild: fc.option(fc.nat(5), { nil: null }),
  });
  const scenario = fc.record({ children: fc.array(childSpec, { minLength: 1, maxLength: 6 }), actors: fc.array(actorSpec, { minLength: 1, maxLength: 4 }) });

  /** Arranges the children in a transaction that is rolled back; answers each actor's reach by SQL and by predicate. */
  async function compare(
    { children, actors }: { children: ChildSpec[]; actors: ActorSpec[] },
    scope: (actor: Actor, alias: string) => SqlCondition,
  ): Promise<{ bySql: string[]; byPredicate: string[]; plansBySql: string[]; plansByPredicate: string[] }[]> {
    const runner: QueryRunner = db.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      const m = runner.manager;
      const made: { facts: ChildFactsForPolicy; planId: string | null }[] = [];
      for (const spec of children) {
        const teams = teamsOf(spec.council);
        const child = await makeChild(m, councilOf(spec.council), teams[spec.team % teams.length], {
          socialWorkerId: spec.socialWorker === null ? null : userIds[spec.socialWorker % userIds.length],
          iroId: spec.iro === null ? null : userIds[spec.iro % userIds.length],
        });
        for (const r of spec.referrals) {
          await m.save(
            m.create(AdvocacyReferralEntity, {
              childId: child.id, advocateId: userIds[r.advocate % userIds.length], status: r.status, requestedById: world.users.swA1.id,
              requestedByChild: false, reason: null, acceptedAt: null, closedAt: null,
            }),
          );
        }
        const plan = spec.withPlan
          ? await m.save(m.create(PlanEntity, { childId: child.id, planNumber: 1, status: 'DRAFT', createdById: world.users.swA1.id }))
          : null;
        made.push({
          facts: {
            id: child.id, councilId: child.councilId, teamId: child.teamId, socialWorkerId: child.socialWorkerId, iroId: child.iroId,
            activeAdvocateIds: spec.referrals.filter((r) => r.status === 'ACTIVE').map((r) => userIds[r.advocate % userIds.length]),
          },
          planId: plan?.id ?? null,
        });
      }
      const ids = made.map((c) => c.facts.id);
      const answers = [];
      for (const spec of actors) {
        const teams = teamsOf(spec.council);
        const actor: Actor = {
          userId: userIds[spec.user % userIds.length], sessionId: 'session', role: spec.role, councilId: councilOf(spec.council).id,
          teamId: spec.team === null ? null : teams[spec.team % teams.length].id,
          childId: spec.ownChild === null ? null : ids[spec.ownChild % ids.length], firstName: 'A', lastName: 'Actor',
        };
        const reach = scope(actor, 'c');
        const rows: { id: string }[] = await m
          .createQueryBuilder()
          .select('c.id', 'id')
          .from('children', 'c')
          .where('c.id IN (:...ids)', { ids })
          .andWhere(reach.sql, reach.params)
          .getRawMany();
        const planReach = scope(actor, 'pc');
        const planRows: { id: string }[] = await m
          .createQueryBuilder()
          .select('p.id', 'id')
          .from('plans', 'p')
          .innerJoin('children', 'pc', 'pc.id = p.child_id')
          .where('pc.id IN (:...ids)', { ids })
          .andWhere(planReach.sql, planReach.params)
          .getRawMany();
        const allowed = made.filter((c) => childPolicy.reaches(actor, c.facts));
        answers.push({
          bySql: rows.map((r) => r.id).sort(),
          byPredicate: allowed.map((c) => c.facts.id).sort(),
          plansBySql: planRows.map((r) => r.id).sort(),
          plansByPredicate: allowed.flatMap((c) => (c.planId ? [c.planId] : [])).sort(),
        });
      }
      return answers;
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  }

  const agreement = (scope: (actor: Actor, alias: string) => SqlCondition) =>
    fc.asyncProperty(scenario, async (s) => {
      for (const a of await compare(s, scope)) {
        expect(a.bySql).toEqual(a.byPredicate);
        expect(a.plansBySql).toEqual(a.plansByPredicate);
      }
    });

  it(`for ${RUNS} random worlds of children and actors`, async () => {
    await fc.assert(agreement(childPolicy.scope), { numRuns: RUNS });
    // Generous: about 20 s alone, much longer beside other suites on a 2-core machine.
  }, 180_000);

  it('can fail: a scope that forgets the referral must be ACTIVE is caught', async () => {
    const broken = (actor: Actor, alias: string): SqlCondition => {
      const reach = childReach(actor, alias);
      return { ...reach, sql: reach.sql.replace(" AND reach_ar.status = 'ACTIVE'", '') };
    };
    // The break changes the advocate's SQL (so the check below is about something).
    const advocate: Actor = { userId: world.users.advA.id, sessionId: 's', role: 'ADVOCATE', councilId: world.councilA.id, teamId: null, childId: null, firstName: 'A', lastName: 'B' };
    expect(childReach(advocate, 'c').sql).toContain('ACTIVE');
    expect(broken(advocate, 'c').sql).not.toContain('ACTIVE');
    const result = await fc.check(agreement(broken), { numRuns: 200, endOnFailure: true });
    expect(result.failed).toBe(true);
  }, 120_000);

  it('can fail: a scope that forgets the council is caught', async () => {
    const broken = (actor: Actor, alias: string): SqlCondition => {
      const reach = childReach(actor, alias);
      return { ...reach, sql: reach.sql.replace(`${alias}.council_id = :reachCouncilId`, 'TRUE') };
    };
    const result = await fc.check(agreement(broken), { numRuns: 200, endOnFailure: true });
    expect(result.failed).toBe(true);
  }, 120_000);
});
