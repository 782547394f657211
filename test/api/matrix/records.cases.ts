import type { DataSource } from 'typeorm';
import type { MatrixCase, TargetKey } from '../../support/matrix';
import { makeChild, makeTeam, type World } from '../../support/world';
import { AdvocacyReferralEntity } from '../../../packages/server/src/modules/advocacy/advocacy-referral.entity';
import { LegalStatusEntity } from '../../../packages/server/src/modules/legal-status/legal-status.entity';
import { MissingEpisodeEntity } from '../../../packages/server/src/modules/missing-episodes/missing-episode.entity';
import { DeprivationOfLibertyOrderEntity } from '../../../packages/server/src/modules/deprivation-of-liberty/deprivation-of-liberty.entity';
import { oc2Asks } from '../../../packages/server/src/ssda903/ssda903.oc2';
import { collectionYear } from '../../../packages/server/src/ssda903/ssda903.record';
import { NetworkMemberEntity } from '../../../packages/server/src/modules/network/network-member.entity';
import { PlacementEntity } from '../../../packages/server/src/modules/placements/placement.entity';
import { KeepingInTouchPlanEntity } from '../../../packages/server/src/modules/siblings/keeping-in-touch-plan.entity';
import { SiblingLinkEntity } from '../../../packages/server/src/modules/siblings/sibling-link.entity';

/**
 * The case records' operations. Update operations need records to exist, and
 * the matrix fingerprints the database before it asks for the variables, so
 * every record they use is made once, up front, by the first case in this
 * file (a read, run before any write): placements, a legal status, a network
 * member, a brother-or-sister link to a "pool" child and its keeping-in-touch
 * plan for each target, and advocacy referrals enough for every allowed call.
 *
 * Pool children sit in a team of their own that no test user manages, so
 * linking to them changes nobody's reach.
 */
const EDITORS = ['SOCIAL_WORKER', 'TEAM_MANAGER'] as const;
const TODAY = '2026-11-24';

let fixtures: Promise<void> | null = null;

function ensureFixtures(ds: DataSource, world: World): Promise<void> {
  fixtures ??= ds.transaction(async (m) => {
    const poolA = await makeTeam(m, world.councilA, 'Matrix pool A');
    const poolB = await makeTeam(m, world.councilB, 'Matrix pool B');
    for (let i = 0; i < 4; i++) {
      await makeChild(m, world.councilA, poolA, { localId: `MXA${i}`, legalFirstName: `PoolA${i}`, legalLastName: 'Pool' });
      await makeChild(m, world.councilB, poolB, { localId: `MXB${i}`, legalFirstName: `PoolB${i}`, legalLastName: 'Pool' });
    }
    const advocacyChild = await makeChild(m, world.councilA, poolA, { localId: 'MXADV', legalFirstName: 'Queue', legalLastName: 'Pool' });
    for (const target of ['a1', 'a1sib', 'a2', 'b1'] as TargetKey[]) {
      const child = world.children[target];
      // Children's homes: the deprivation of liberty orders below (recorded and changed through the API) must be over one (DfE rule 709).
      await m.save(m.create(PlacementEntity, { childId: child.id, type: 'RESIDENTIAL', carerName: 'First carer', startDate: '2024-01-01', endDate: '2025-01-01', reasonForChange: 'CARPL' }));
      await m.save(m.create(PlacementEntity, { childId: child.id, type: 'RESIDENTIAL', carerName: 'Second carer', startDate: '2025-01-01', endDate: null }));
      await m.save(m.create(LegalStatusEntity, { childId: child.id, status: 'INTERIM_CARE_ORDER', startDate: '2024-01-01', endDate: null }));
      await m.save(m.create(MissingEpisodeEntity, { childId: child.id, kind: 'M', startDate: '2024-06-01', endDate: '2024-06-02' }));
      await m.save(m.create(DeprivationOfLibertyOrderEntity, { childId: child.id, startDate: '2024-06-01', endDate: '2024-06-10', authorisedBy: 'HIGH_COURT' }));
      await m.save(m.create(NetworkMemberEntity, { childId: child.id, kind: 'RELATIVE', name: 'Gran', relationship: 'maternal grandmother' }));
      const [pool] = await m.query(`SELECT id FROM children WHERE local_id = $1`, [target === 'b1' ? 'MXB0' : 'MXA0']);
      const [lo, hi] = [child.id, pool.id as string].sort();
      const link = await m.save(m.create(SiblingLinkEntity, { childAId: lo, childBId: hi, relationship: 'HALF', livingTogether: false }));
      await m.save(m.create(KeepingInTouchPlanEntity, { siblingLinkId: link.id, kind: 'DIRECT', frequency: 'Monthly', agreedBy: 'Review', arrangements: null }));
      for (let i = 0; i < 3; i++) {
        await m.save(m.create(AdvocacyReferralEntity, { childId: child.id, status: 'REQUESTED', requestedById: world.users.swA1.id, reason: 'matrix-close' }));
      }
    }
    for (let i = 0; i < 10; i++) {
      await m.save(m.create(AdvocacyReferralEntity, { childId: advocacyChild.id, status: 'REQUESTED', requestedById: world.users.swA1.id, reason: 'matrix-accept' }));
    }
    // Stands for "a referral assigned to advA" (see the advocate's close case).
    await m.save(
      m.create(AdvocacyReferralEntity, {
        childId: advocacyChild.id, advocateId: world.users.advA.id, status: 'ACTIVE', requestedById: world.users.swA1.id, reason: 'matrix-advocate-close', acceptedAt: new Date(),
      }),
    );
  });
  return fixtures;
}

async function one<T = Record<string, unknown>>(ds: DataSource, sql: string, params: unknown[]): Promise<T> {
  const [row] = await ds.query(sql, params);
  if (!row) throw new Error(`No fixture for ${sql} ${JSON.stringify(params)}`);
  return row as T;
}

type Ctx = Parameters<MatrixCase['variables']>[0];
const withFixtures = (fn: (ctx: Ctx) => Promise<Record<string, unknown>> | Record<string, unknown>) => async (ctx: Ctx) => {
  await ensureFixtures(ctx.ds, ctx.world);
  return fn(ctx);
};
const childOf = ({ world, target }: Ctx) => world.children[target].id;
const latest = (ds: DataSource, table: string, childId: string) =>
  one<{ id: string; version: number; start_date: string }>(ds, `SELECT id, version, to_char(start_date, 'YYYY-MM-DD') AS start_date FROM ${table} WHERE child_id = $1 ORDER BY start_date DESC, created_at DESC LIMIT 1`, [childId]);
const poolLink = (ds: DataSource, childId: string) =>
  one<{ id: string; version: number }>(
    ds,
    `SELECT l.id, l.version FROM sibling_links l JOIN children o ON o.id IN (l.child_a_id, l.child_b_id) AND o.id <> $1
      WHERE $1 IN (l.child_a_id, l.child_b_id) AND o.local_id IN ('MXA0', 'MXB0')`,
    [childId],
  );

/** A complete 2025/26 health outcomes record for the target child, with the version to update when one is saved already. */
async function healthOutcomesInput(ctx: Ctx): Promise<Record<string, unknown>> {
  const childId = childOf(ctx);
  const [child] = await ctx.ds.query(`SELECT to_char(date_of_birth, 'YYYY-MM-DD') AS dob FROM children WHERE id = $1`, [childId]);
  const [saved] = await ctx.ds.query(`SELECT version FROM health_outcomes WHERE child_id = $1 AND year = 2026`, [childId]);
  const asks = oc2Asks(child.dob as string, collectionYear(2026));
  return {
    input: {
      childId, year: 2026, sdqScore: asks.sdq ? 14 : null, convicted: asks.convicted ? false : null, healthCheck: asks.healthCheck ? true : null,
      immunisations: true, teethCheck: true, healthAssessment: true, substanceMisuse: false, expectedVersion: saved?.version ?? null,
    },
  };
}

export const recordsCases: MatrixCase[] = [
  {
    // First: makes the fixtures the write cases below use.
    operation: 'Query.advocacyReferralQueue',
    document: `query { advocacyReferralQueue { referralId firstName age } }`,
    roles: ['ADVOCATE'],
    reach: 'none',
    untargeted: true,
    variables: withFixtures(() => ({})),
  },
  {
    operation: 'Mutation.startPlacement',
    document: `mutation($input: StartPlacementInput!) { startPlacement(input: $input) { id } }`,
    roles: EDITORS,
    reach: 'caseEdit',
    write: true,
    variables: withFixtures((ctx) => ({
      input: { childId: childOf(ctx), type: 'FOSTER_CARE', carerName: 'Matrix carer', startDate: TODAY, inArea: true, weeklyCost: 400, reasonForChange: 'CARPL' },
    })),
  },
  {
    operation: 'Mutation.endPlacement',
    document: `mutation($input: EndPlacementInput!) { endPlacement(input: $input) { id } }`,
    roles: EDITORS,
    reach: 'caseEdit',
    write: true,
    variables: withFixtures(async (ctx) => {
      const p = await latest(ctx.ds, 'placements', childOf(ctx));
      return { input: { id: p.id, endDate: p.start_date, endReason: 'E11', expectedVersion: p.version } };
    }),
  },
  {
    operation: 'Mutation.updatePlacement',
    document: `mutation($input: UpdatePlacementInput!) { updatePlacement(input: $input) { id } }`,
    roles: EDITORS,
    reach: 'caseEdit',
    write: true,
    variables: withFixtures(async (ctx) => {
      const p = await latest(ctx.ds, 'placements', childOf(ctx));
      return { input: { id: p.id, carerName: 'Matrix carer (corrected)', expectedVersion: p.version } };
    }),
  },
  {
    operation: 'Mutation.recordLegalStatus',
    document: `mutation($input: RecordLegalStatusInput!) { recordLegalStatus(input: $input) { id } }`,
    roles: EDITORS,
    reach: 'caseEdit',
    write: true,
    variables: withFixtures((ctx) => ({ input: { childId: childOf(ctx), status: 'FULL_CARE_ORDER', startDate: TODAY } })),
  },
  {
    operation: 'Mutation.saveHealthOutcomes',
    document: `mutation($input: SaveHealthOutcomesInput!) { saveHealthOutcomes(input: $input) { id } }`,
    roles: EDITORS,
    reach: 'caseEdit',
    write: true,
    variables: withFixtures(healthOutcomesInput),
  },
  {
    operation: 'Mutation.recordMissingEpisode',
    document: `mutation($input: RecordMissingEpisodeInput!) { recordMissingEpisode(input: $input) { id } }`,
    roles: EDITORS,
    reach: 'caseEdit',
    write: true,
    // A day each call: periods may not overlap, and every allowed call adds one.
    variables: withFixtures(async (ctx) => {
      const childId = childOf(ctx);
      const [{ n }] = await ctx.ds.query(`SELECT count(*)::int AS n FROM missing_episodes WHERE child_id = $1`, [childId]);
      const day = `2025-01-${String(n + 1).padStart(2, '0')}`;
      return { input: { childId, kind: 'M', startDate: day, endDate: day } };
    }),
  },
  {
    operation: 'Mutation.updateMissingEpisode',
    document: `mutation($input: UpdateMissingEpisodeInput!) { updateMissingEpisode(input: $input) { id } }`,
    roles: EDITORS,
    reach: 'caseEdit',
    write: true,
    variables: withFixtures(async (ctx) => {
      const m = await one<{ id: string; version: number }>(ctx.ds, `SELECT id, version FROM missing_episodes WHERE child_id = $1 AND start_date = '2024-06-01'`, [childOf(ctx)]);
      return { input: { id: m.id, kind: 'A', expectedVersion: m.version } };
    }),
  },
  {
    operation: 'Mutation.recordDeprivationOfLibertyOrder',
    document: `mutation($input: RecordDeprivationOfLibertyOrderInput!) { recordDeprivationOfLibertyOrder(input: $input) { id } }`,
    roles: EDITORS,
    reach: 'caseEdit',
    write: true,
    // A day each call, ending the next: orders may not overlap, and every allowed call adds one.
    variables: withFixtures(async (ctx) => {
      const childId = childOf(ctx);
      const [{ n }] = await ctx.ds.query(`SELECT count(*)::int AS n FROM deprivation_of_liberty_orders WHERE child_id = $1`, [childId]);
      const day = (d: number) => `2025-02-${String(d).padStart(2, '0')}`;
      return { input: { childId, startDate: day(n + 1), endDate: day(n + 2), authorisedBy: 'HIGH_COURT' } };
    }),
  },
  {
    operation: 'Mutation.updateDeprivationOfLibertyOrder',
    document: `mutation($input: UpdateDeprivationOfLibertyOrderInput!) { updateDeprivationOfLibertyOrder(input: $input) { id } }`,
    roles: EDITORS,
    reach: 'caseEdit',
    write: true,
    variables: withFixtures(async (ctx) => {
      const o = await one<{ id: string; version: number }>(ctx.ds, `SELECT id, version FROM deprivation_of_liberty_orders WHERE child_id = $1 AND start_date = '2024-06-01'`, [childOf(ctx)]);
      return { input: { id: o.id, endDate: '2024-06-11', expectedVersion: o.version } };
    }),
  },
  {
    operation: 'Mutation.updateLegalStatus',
    document: `mutation($input: UpdateLegalStatusInput!) { updateLegalStatus(input: $input) { id } }`,
    roles: EDITORS,
    reach: 'caseEdit',
    write: true,
    variables: withFixtures(async (ctx) => {
      const s = await latest(ctx.ds, 'legal_statuses', childOf(ctx));
      return { input: { id: s.id, status: 'PLACEMENT_ORDER', expectedVersion: s.version } };
    }),
  },
  {
    operation: 'Mutation.linkBrotherOrSister',
    document: `mutation($input: LinkBrotherOrSisterInput!) { linkBrotherOrSister(input: $input) { id child { firstName } } }`,
    roles: EDITORS,
    reach: 'caseEdit',
    write: true,
    variables: withFixtures(async (ctx) => {
      const childId = childOf(ctx);
      const other = await one<{ id: string }>(
        ctx.ds,
        `SELECT o.id FROM children o JOIN children c ON c.id = $1 AND c.council_id = o.council_id
          WHERE o.local_id LIKE 'MX__' AND NOT EXISTS (SELECT 1 FROM sibling_links l WHERE $1 IN (l.child_a_id, l.child_b_id) AND o.id IN (l.child_a_id, l.child_b_id))
          ORDER BY o.local_id LIMIT 1`,
        [childId],
      );
      return { input: { childId, otherChildId: other.id, relationship: 'HALF', livingTogether: false } };
    }),
  },
  {
    operation: 'Mutation.updateBrotherOrSisterLink',
    document: `mutation($input: UpdateBrotherOrSisterLinkInput!) { updateBrotherOrSisterLink(input: $input) { id } }`,
    roles: EDITORS,
    reach: 'caseEdit',
    write: true,
    variables: withFixtures(async (ctx) => {
      const link = await poolLink(ctx.ds, childOf(ctx));
      return { input: { id: link.id, livingTogether: true, expectedVersion: link.version } };
    }),
  },
  {
    operation: 'Mutation.recordTogetherApartAssessment',
    document: `mutation($input: RecordTogetherApartAssessmentInput!) { recordTogetherApartAssessment(input: $input) { id } }`,
    roles: EDITORS,
    reach: 'caseEdit',
    write: true,
    variables: withFixtures(async (ctx) => {
      const link = await poolLink(ctx.ds, childOf(ctx));
      return { input: { linkId: link.id, assessedOn: '2026-06-01', outcome: 'APART', reasons: 'Matrix reasons' } };
    }),
  },
  {
    operation: 'Mutation.setKeepingInTouchPlan',
    document: `mutation($input: SetKeepingInTouchPlanInput!) { setKeepingInTouchPlan(input: $input) { id } }`,
    roles: EDITORS,
    reach: 'caseEdit',
    write: true,
    variables: withFixtures(async (ctx) => {
      const link = await poolLink(ctx.ds, childOf(ctx));
      const plan = await one<{ id: string; version: number }>(ctx.ds, `SELECT id, version FROM keeping_in_touch_plans WHERE sibling_link_id = $1 ORDER BY created_at LIMIT 1`, [link.id]);
      return { input: { linkId: link.id, id: plan.id, kind: 'DIRECT', frequency: 'Fortnightly', agreedBy: 'Matrix review', expectedVersion: plan.version } };
    }),
  },
  {
    operation: 'Mutation.recordSiblingGroupDecision',
    document: `mutation($input: RecordSiblingGroupDecisionInput!) { recordSiblingGroupDecision(input: $input) { id version } }`,
    roles: EDITORS,
    reach: 'caseEdit',
    write: true,
    variables: withFixtures((ctx) => ({ input: { childId: childOf(ctx), decidedOn: '2026-06-01', outcome: 'APART', reasons: 'Matrix group decision' } })),
  },
  {
    operation: 'Mutation.addNetworkRelationship',
    document: `mutation($input: AddNetworkRelationshipInput!) { addNetworkRelationship(input: $input) { id kind } }`,
    roles: EDITORS,
    reach: 'caseEdit',
    write: true,
    // A new person each call, so every allowed call joins a pair not yet joined.
    variables: withFixtures(async (ctx) => {
      const childId = childOf(ctx);
      const gran = await one<{ id: string }>(ctx.ds, `SELECT id FROM network_members WHERE child_id = $1 AND name = 'Gran' ORDER BY created_at LIMIT 1`, [childId]);
      const [grandad] = await ctx.ds.query(`INSERT INTO network_members (child_id, kind, name, relationship) VALUES ($1, 'RELATIVE', 'Grandad', 'maternal grandfather') RETURNING id`, [childId]);
      return { input: { fromMemberId: grandad.id, toMemberId: gran.id, kind: 'MARRIED' } };
    }),
  },
  {
    operation: 'Mutation.removeNetworkRelationship',
    document: `mutation($input: RemoveNetworkRelationshipInput!) { removeNetworkRelationship(input: $input) { id } }`,
    roles: EDITORS,
    reach: 'caseEdit',
    write: true,
    variables: withFixtures(async (ctx) => {
      const childId = childOf(ctx);
      const gran = await one<{ id: string }>(ctx.ds, `SELECT id FROM network_members WHERE child_id = $1 AND name = 'Gran' ORDER BY created_at LIMIT 1`, [childId]);
      const [line] = await ctx.ds.query(`INSERT INTO network_relationships (child_id, from_member_id, to_member_id, kind) VALUES ($1, $2, NULL, 'PARENT') RETURNING id, version`, [childId, gran.id]);
      return { input: { id: line.id, expectedVersion: line.version } };
    }),
  },
  {
    operation: 'Mutation.addNetworkMember',
    document: `mutation($input: AddNetworkMemberInput!) { addNetworkMember(input: $input) { id } }`,
    roles: EDITORS,
    reach: 'caseEdit',
    write: true,
    variables: withFixtures((ctx) => ({ input: { childId: childOf(ctx), kind: 'TRUSTED_ADULT', name: 'Ms Teacher', relationship: 'class teacher', email: 'teacher@school.example' } })),
  },
  {
    operation: 'Mutation.updateNetworkMember',
    document: `mutation($input: UpdateNetworkMemberInput!) { updateNetworkMember(input: $input) { id } }`,
    roles: EDITORS,
    reach: 'caseEdit',
    write: true,
    variables: withFixtures(async (ctx) => {
      const m = await one<{ id: string; version: number }>(ctx.ds, `SELECT id, version FROM network_members WHERE child_id = $1 ORDER BY created_at LIMIT 1`, [childOf(ctx)]);
      return { input: { id: m.id, phone: '0161 496 0000', expectedVersion: m.version } };
    }),
  },
  {
    operation: 'Mutation.saveMatchingArea',
    document: `mutation($input: SaveMatchingAreaInput!) { saveMatchingArea(input: $input) { id version } }`,
    roles: EDITORS,
    reach: 'caseEdit',
    write: true,
    variables: withFixtures(async (ctx) => {
      const [row] = await ctx.ds.query(`SELECT version FROM matching_records WHERE child_id = $1 AND area = 'HEALTH'`, [childOf(ctx)]);
      return { input: { childId: childOf(ctx), area: 'HEALTH', needs: 'Matrix needs', expectedVersion: row ? row.version : null } };
    }),
  },
  {
    operation: 'Mutation.requestAdvocacy',
    document: `mutation($input: RequestAdvocacyInput!) { requestAdvocacy(input: $input) { id status } }`,
    roles: EDITORS,
    reach: 'caseEdit',
    write: true,
    variables: withFixtures((ctx) => ({ input: { childId: childOf(ctx), reason: 'Matrix request' } })),
  },
  {
    // Any advocate of the council may take a waiting referral: not a question of reach to a child.
    operation: 'Mutation.acceptAdvocacyReferral',
    document: `mutation($id: ID!) { acceptAdvocacyReferral(referralId: $id) { id status } }`,
    roles: ['ADVOCATE'],
    reach: 'none',
    untargeted: true,
    write: true,
    variables: withFixtures(async ({ ds }) => {
      const r = await one<{ id: string }>(ds, `SELECT id FROM advocacy_referrals WHERE reason = 'matrix-accept' AND status = 'REQUESTED' ORDER BY id LIMIT 1`, []);
      return { id: r.id };
    }),
  },
  {
    // The child's worker or team manager closes an open referral for the target child.
    operation: 'Mutation.closeAdvocacyReferral',
    document: `mutation($id: ID!) { closeAdvocacyReferral(referralId: $id) { id status } }`,
    roles: ['ADVOCATE', ...EDITORS],
    reach: 'caseEdit',
    write: true,
    variables: withFixtures(async (ctx) => {
      const r = await one<{ id: string }>(ctx.ds, `SELECT id FROM advocacy_referrals WHERE child_id = $1 AND reason = 'matrix-close' AND status = 'REQUESTED' ORDER BY id LIMIT 1`, [childOf(ctx)]);
      return { id: r.id };
    }),
  },
  {
    // The assigned advocate closes their ACTIVE referral: for target a1 (advA's reach) the referral
    // assigned to advA; for other targets a waiting referral on a child no test user edits.
    operation: 'Mutation.closeAdvocacyReferral',
    document: `mutation($id: ID!) { closeAdvocacyReferral(referralId: $id) { id status } }`,
    roles: ['ADVOCATE', ...EDITORS],
    reach: 'advocate',
    write: true,
    variables: withFixtures(async ({ ds, target }) => {
      const reason = target === 'a1' ? 'matrix-advocate-close' : 'matrix-accept';
      const r = await one<{ id: string }>(ds, `SELECT id FROM advocacy_referrals WHERE reason = $1 ORDER BY status DESC, id LIMIT 1`, [reason]);
      return { id: r.id };
    }),
  },
  {
    // Re-allocates the same people, so every other case still sees the world's reach.
    operation: 'Mutation.allocateChild',
    document: `mutation($input: AllocateChildInput!) { allocateChild(input: $input) { id version } }`,
    roles: ['TEAM_MANAGER'],
    reach: 'manage',
    write: true,
    variables: withFixtures(async (ctx) => {
      const c = await one<{ version: number; social_worker_id: string; iro_id: string }>(ctx.ds, `SELECT version, social_worker_id, iro_id FROM children WHERE id = $1`, [childOf(ctx)]);
      return { input: { childId: childOf(ctx), socialWorkerId: c.social_worker_id, iroId: c.iro_id, expectedVersion: c.version } };
    }),
  },
];
