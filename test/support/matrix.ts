import fs from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import type { Role } from '@forever-planning/shared';
import type { World } from './world';

/**
 * The authorization matrix: every operation × every role × a record the
 * caller may reach, one in another team, one in another council and (for
 * young people) a brother's or sister's record.
 *
 * The expected answers are written here from the brief's access table,
 * independently of the server's policy code, so a policy change that breaks
 * the table fails the test.
 */

/** The people in the test world, one per role and relationship. */
export type ActorKey = keyof World['users'];
/** The children the operations are aimed at. */
export type TargetKey = keyof World['children'];

/** Which children each person reaches, for each kind of access in the brief. */
export type Reach = 'fullRead' | 'caseEdit' | 'manage' | 'review' | 'manageOrReview' | 'audit' | 'advocate' | 'own' | 'none';

const REACH: Record<Exclude<Reach, 'none' | 'manageOrReview'>, Partial<Record<ActorKey, TargetKey[]>>> = {
  // Full record: allocated worker, team manager of the team, reviewing IRO, head of service (council).
  fullRead: {
    swA1: ['a1'], swA1b: ['a1sib'], swA2: ['a2'], tmA1: ['a1', 'a1sib'], tmA2: ['a2'],
    iroA: ['a1'], iroA2: ['a1sib', 'a2'], hosA: ['a1', 'a1sib', 'a2'],
    swB: ['b1'], tmB: ['b1'], iroB: ['b1'], hosB: ['b1'],
  },
  // Change the case: allocated worker and team manager.
  caseEdit: { swA1: ['a1'], swA1b: ['a1sib'], swA2: ['a2'], tmA1: ['a1', 'a1sib'], tmA2: ['a2'], swB: ['b1'], tmB: ['b1'] },
  manage: { tmA1: ['a1', 'a1sib'], tmA2: ['a2'], tmB: ['b1'] },
  review: { iroA: ['a1'], iroA2: ['a1sib', 'a2'], iroB: ['b1'] },
  audit: { tmA1: ['a1', 'a1sib'], tmA2: ['a2'], iroA: ['a1'], iroA2: ['a1sib', 'a2'], hosA: ['a1', 'a1sib', 'a2'], tmB: ['b1'], iroB: ['b1'], hosB: ['b1'] },
  advocate: { advA: ['a1'] },
  own: { ypA1: ['a1'], ypA1sib: ['a1sib'] },
};

export function reaches(reach: Reach, actor: ActorKey, target: TargetKey): boolean {
  if (reach === 'none') return false;
  if (reach === 'manageOrReview') return reaches('manage', actor, target) || reaches('review', actor, target);
  return (REACH[reach][actor] ?? []).includes(target);
}

export const ROLE_OF: Record<ActorKey, Role> = {
  swA1: 'SOCIAL_WORKER', swA1b: 'SOCIAL_WORKER', swA2: 'SOCIAL_WORKER', swB: 'SOCIAL_WORKER',
  tmA1: 'TEAM_MANAGER', tmA2: 'TEAM_MANAGER', tmB: 'TEAM_MANAGER',
  iroA: 'IRO', iroA2: 'IRO', iroB: 'IRO',
  advA: 'ADVOCATE', advA2: 'ADVOCATE',
  hosA: 'HEAD_OF_SERVICE', hosB: 'HEAD_OF_SERVICE',
  adminA: 'ADMINISTRATOR',
  ypA1: 'YOUNG_PERSON', ypA1sib: 'YOUNG_PERSON',
};

export type Outcome = 'OK' | 'NOT_FOUND' | 'FORBIDDEN';

export interface MatrixCase {
  /** `Query.child`, `Mutation.updateChild`, ... */
  operation: string;
  document: string;
  /** Roles that may call the operation at all; every other role gets FORBIDDEN. */
  roles: readonly Role[];
  /** Which access the operation needs on its target child. */
  reach: Reach;
  /**
   * For operations that take no child (a young person's own page, an
   * advocate's list), the target is ignored and the outcome is OK for every
   * allowed role: `reach` is then 'none' and `untargeted` is true.
   */
  untargeted?: boolean;
  /** A write: a denied call must leave the database exactly as it was. */
  write?: boolean;
  /**
   * A role the operation allows but that gets FORBIDDEN on a child it can see
   * (for example an IRO reading a case they may not edit). Optional.
   */
  forbiddenWhenVisible?: Reach;
  /**
   * A list: allowed roles always get OK, and the list must hold the target
   * exactly when the actor reaches it. Returns the child ids in the answer.
   */
  listedChildIds?: (data: Record<string, unknown>) => string[];
  /** `actor`: who will send it, when the record must be in their council (an account request). */
  variables(ctx: { world: World; target: TargetKey; ds: DataSource; actor?: ActorKey }): Promise<Record<string, unknown>> | Record<string, unknown>;
}

export function expectedOutcome(c: MatrixCase, actor: ActorKey, target: TargetKey): Outcome {
  if (!c.roles.includes(ROLE_OF[actor])) return 'FORBIDDEN';
  if (c.untargeted || c.listedChildIds) return 'OK';
  if (reaches(c.reach, actor, target)) return 'OK';
  if (c.forbiddenWhenVisible && reaches(c.forbiddenWhenVisible, actor, target)) return 'FORBIDDEN';
  return 'NOT_FOUND';
}

/** A fingerprint of every table a denied write could touch (audit, sessions and throttle counters aside). */
export async function databaseFingerprint(ds: DataSource): Promise<string> {
  const tables: { table_name: string }[] = await ds.query(
    `SELECT table_name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
        AND table_name NOT IN ('audit_events', 'sessions', 'rate_limits', 'migrations')
      ORDER BY table_name`,
  );
  const parts = await Promise.all(
    tables.map(async ({ table_name }) => {
      const [{ h }] = await ds.query(`SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM "${table_name}" t`);
      return `${table_name}:${h}`;
    }),
  );
  return parts.join(',');
}

/** Every *.cases.ts in test/api/matrix: the operations the matrix (and the attack suites) call. */
export function loadMatrixCases(): MatrixCase[] {
  const dir = path.join(__dirname, '..', 'api', 'matrix');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.cases.ts'))
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the case files are found at run time, so loaded synchronously by path
    .flatMap((f) => Object.values(require(path.join(dir, f)) as Record<string, MatrixCase[]>).flat());
}

/**
 * Operations that act on no child record, covered by their own tests (the access matrix and the attack suite both leave them out). The second-factor steps are open to anyone
 * holding a challenge from a right password (test/api/second-factor.test.ts), like signIn itself.
 */
export const NOT_CHILD_RECORD_OPERATIONS = new Set([
  'Query.me', 'Mutation.signIn', 'Mutation.signOut', 'Mutation.changePassword', 'Mutation.redeemInvitation', 'Mutation.createChild', 'Mutation.createYoungPersonInvitation',
  'Mutation.startTotpEnrolment', 'Mutation.confirmTotpEnrolment', 'Mutation.signInWithSecondFactor',
  // Need a code from the person's own app: staff only, tested in test/api/second-factor.test.ts.
  'Mutation.confirmMyTotpEnrolment', 'Mutation.replaceMyRecoveryCodes',
  // Public: which languages the sign-in pages offer (test/api/young-person-languages.test.ts).
  'Query.signInLanguages',
]);
