import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import {
  buildSchema,
  getNamedType,
  isObjectType,
  Kind,
  parse,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import type { Role } from '@forever-planning/shared';
import type { TestDatabase } from '../support/database';
import { errorCode, type ApiClient } from '../support/api';
import type { World } from '../support/world';
import { databaseFingerprint, expectedOutcome, loadMatrixCases, NOT_CHILD_RECORD_OPERATIONS, reaches, ROLE_OF, type ActorKey, type MatrixCase, type TargetKey } from '../support/matrix';
import { declaredRoles, getAt, idPaths, setAt, takesId, type AttackWorld } from './attack-support';

/**
 * OWASP API Top 10 (2023) attacks on authorization, driven by the schema and
 * the matrix cases: API1 object level (ids of records out of reach, mixed into
 * otherwise valid requests), API3 property level (what the young person's and
 * advocate's types can carry, and nothing beyond the selection), API5
 * function level (every mutation by every role that may not call it).
 */
const CASES = loadMatrixCases();
const ACTORS = Object.keys(ROLE_OF) as ActorKey[];
const TARGETS: TargetKey[] = ['a1', 'a1sib', 'a2', 'b1'];

/** Operations taking an ID that the object-level sweep does not call, and why. */
const OBJECT_LEVEL_EXCEPTIONS: Record<string, string> = {
  'Mutation.createYoungPersonInvitation': 'covered by test/api/auth.test.ts (NOT_FOUND for another team and council)',
  'Mutation.approveStaffAccountRequest': "covered by test/api/staff.test.ts (NOT_FOUND for another council's request)",
  'Mutation.refuseStaffAccountRequest': "covered by test/api/staff.test.ts (NOT_FOUND for another council's request)",
};
/**
 * Ids of people rather than records: an unsuitable one is BAD_USER_INPUT naming
 * the field (nothing about a child is revealed), and some may point outside
 * the actor's caseload within the council.
 */
const PERSON_ID_PATHS: Record<string, { why: string; sameCouncilAllowed: boolean }> = {
  'Mutation.allocateChild input.iroId': { why: "a team manager may allocate any IRO of the council, including one reviewing another team's children", sameCouncilAllowed: true },
  'Mutation.allocateChild input.socialWorkerId': { why: "the worker must be in the child's team", sameCouncilAllowed: false },
};
const acceptable = (c: MatrixCase, path: string, outcome: string | undefined) =>
  outcome === 'NOT_FOUND' || (`${opName(c)} ${path}` in PERSON_ID_PATHS && outcome === 'BAD_USER_INPUT');
const opName = (c: MatrixCase) => c.operation.split(' ')[0];

/**
 * The object-level cases: targeted operations that take an ID, read from the
 * committed schema.graphql (a test keeps it current) so the list is known
 * when the tests are collected, and none is a test that sends nothing.
 */
const PRINTED_SCHEMA = buildSchema(fs.readFileSync(path.join(__dirname, '..', '..', 'schema.graphql'), 'utf8'));
const ID_CASES = CASES.filter((c) => !c.untargeted && !c.listedChildIds && takesId(PRINTED_SCHEMA, opName(c)));

/**
 * Who attacks a case: the first allowed role with someone who may make this
 * call on a1, and the young person when allowed. A case nobody may make on
 * a1 (a file id of no child) is attacked by an allowed person who can read a1.
 */
function attackersFor(c: MatrixCase): ActorKey[] {
  const mayCall = (a: ActorKey) => c.roles.includes(ROLE_OF[a]);
  const succeeds = ACTORS.filter((a) => mayCall(a) && expectedOutcome(c, a, 'a1') === 'OK');
  const first = succeeds.find((a) => ROLE_OF[a] !== 'YOUNG_PERSON') ?? ACTORS.find((a) => mayCall(a) && ROLE_OF[a] !== 'YOUNG_PERSON' && reaches('fullRead', a, 'a1'));
  const young = succeeds.find((a) => ROLE_OF[a] === 'YOUNG_PERSON');
  return [first, young].filter((a): a is ActorKey => !!a);
}

/**
 * The attacks, run by authorization-attacks.test.ts with everyone signed in with a password and by
 * authorization-attacks-provider.test.ts with staff signed in through their council's identity provider.
 */
export function runAuthorizationAttacks(title: string, start: () => Promise<AttackWorld>): void {
  describe(title, () => {
    let db: TestDatabase;
    let world: World;
    let schema: GraphQLSchema;
    let clients: Map<ActorKey, ApiClient>;
    let running: AttackWorld | undefined;

    beforeAll(async () => {
      running = await start();
      ({ db, world, schema, clients } = running);
    }, 120_000);
    afterAll(async () => {
      await running?.stop();
    });

    /** Calls as `actor`: the error code (or OK), and for writes CHANGED when the database is not as it was. */
    async function attack(c: MatrixCase, actor: ActorKey, variables: Record<string, unknown>): Promise<string | undefined> {
      const before = c.write ? await databaseFingerprint(db.dataSource) : null;
      const res = await clients.get(actor)!.gql(c.document, variables);
      const outcome = res.errors?.length ? errorCode(res) : 'OK';
      if (before !== null && (await databaseFingerprint(db.dataSource)) !== before) return `${outcome} and CHANGED`;
      return outcome;
    }

    describe('object level (API1)', () => {
      it('every operation that takes an ID is swept or listed as an exception', () => {
        const swept = new Set(CASES.map(opName));
        const fields = declaredRoles(schema);
        const missing = [...fields.keys()].filter((f) => takesId(schema, f) && !swept.has(f) && !(f in OBJECT_LEVEL_EXCEPTIONS));
        expect(missing).toEqual([]);
      });

      it.each(ID_CASES.map((c) => [c.operation, c] as const))(
        '%s: ids out of reach, mixed into a valid request, random and malformed ids are NOT_FOUND and change nothing',
        async (_name, c) => {
          const results: { actor: ActorKey; target: string; path: string; outcome: string | undefined }[] = [];
          // A person of an allowed role who reaches a1 (and a young person, when allowed) attacks with the ids of children they cannot see.
          const attackers = attackersFor(c);
          // A case nobody can attack tests nothing: it fails rather than pass quietly.
          expect({ operation: c.operation, attackers }).toEqual({ operation: c.operation, attackers: expect.arrayContaining([expect.any(String)]) });
          for (const actor of attackers) {
            for (const foreign of TARGETS.filter((t) => expectedOutcome(c, actor, t) === 'NOT_FOUND')) {
              const base = await c.variables({ world, target: 'a1', ds: db.dataSource });
              const theirs = await c.variables({ world, target: foreign, ds: db.dataSource });
              for (const path of idPaths(schema, c.document, base)) {
                const foreignId = getAt(theirs, path);
                if (typeof foreignId !== 'string' || foreignId === getAt(base, path)) continue;
                if (PERSON_ID_PATHS[`${opName(c)} ${path.join('.')}`]?.sameCouncilAllowed && foreign !== 'b1') continue;
                results.push({ actor, target: foreign, path: path.join('.'), outcome: await attack(c, actor, setAt(base, path, foreignId)) });
              }
            }
            const base = await c.variables({ world, target: 'a1', ds: db.dataSource });
            for (const path of idPaths(schema, c.document, base)) {
              for (const bogus of [randomUUID(), "' OR 1=1 --"]) {
                results.push({ actor, target: bogus, path: path.join('.'), outcome: await attack(c, actor, setAt(base, path, bogus)) });
              }
            }
          }
          // Every attacker sent requests: random and malformed ids on every id path at least.
          expect(results.length).toBeGreaterThanOrEqual(attackers.length * 2);
          expect(results.filter((r) => !acceptable(c, r.path, r.outcome))).toEqual([]);
        },
      );
    });

    describe('function level (API5)', () => {
      it('the matrix expects exactly the roles the schema declares', () => {
        const declared = declaredRoles(schema);
        const differing = CASES.filter((c) => [...c.roles].sort().join() !== [...(declared.get(opName(c))?.roles ?? [])].sort().join()).map((c) => c.operation);
        expect(differing).toEqual([]);
        expect([...declared.keys()].filter((f) => !NOT_CHILD_RECORD_OPERATIONS.has(f) && !CASES.some((c) => opName(c) === f))).toEqual([]);
      });

      it.each(CASES.filter((c) => c.operation.startsWith('Mutation.')).map((c) => [c.operation, c] as const))(
        '%s: every role that may not call it gets FORBIDDEN and nothing changes',
        async (_name, c) => {
          const declared = declaredRoles(schema).get(opName(c))!;
          const outsiders = [...new Set(Object.values(ROLE_OF))].filter((role) => !declared.roles.includes(role));
          const results: { role: Role; outcome: string | undefined }[] = [];
          for (const role of outsiders) {
            const actor = ACTORS.find((a) => ROLE_OF[a] === role)!;
            results.push({ role, outcome: await attack(c, actor, await c.variables({ world, target: 'a1', ds: db.dataSource })) });
          }
          expect(results.filter((r) => r.outcome !== 'FORBIDDEN')).toEqual([]);
        },
      );
    });

    describe('property level (API3)', () => {
      const PROFESSIONAL_FIELDS = [
        'legalFirstName', 'legalLastName', 'dateOfBirth', 'ethnicity', 'religion', 'upn', 'localId', 'healthNeeds', 'disability',
        'socialWorkerId', 'socialWorker', 'iroId', 'iro', 'teamId', 'councilId', 'postcode', 'carerName', 'address', 'weeklyCost',
        'childWishes', 'bottomLines', 'arrangements', 'categoryOfNeed', 'legalStatuses', 'placements', 'auditEvents',
      ];
      const PROFESSIONAL_TYPES = ['Child', 'View', 'LifeStoryItem', 'ChildMessage', 'Plan', 'Placement', 'LegalStatus', 'AuditEvent'];
      /** A professional's name and id: a young person never gets one; an advocate sees who referred the child. */
      const EXTRA_FOR: Record<'YOUNG_PERSON' | 'ADVOCATE', string[]> = { YOUNG_PERSON: ['PersonRef'], ADVOCATE: [] };

      it.each(['YOUNG_PERSON', 'ADVOCATE'] as const)("%s: no root field's type reaches a professional type or field", (role) => {
        const forbiddenTypes = [...PROFESSIONAL_TYPES, ...EXTRA_FOR[role]];
        const roots = [...declaredRoles(schema)].filter(([, r]) => r.roles.length > 0 && r.roles.every((x) => x === role)).map(([f]) => f);
        expect(roots.length).toBeGreaterThan(0);
        const seen = new Set<string>();
        const reached: string[] = [];
        const walk = (type: GraphQLNamedType, via: string) => {
          if (!isObjectType(type) || seen.has(type.name)) return;
          seen.add(type.name);
          if (forbiddenTypes.includes(type.name)) reached.push(`${via} → type ${type.name}`);
          for (const f of Object.values(type.getFields())) {
            if (PROFESSIONAL_FIELDS.includes(f.name)) reached.push(`${via} → ${type.name}.${f.name}`);
            walk(getNamedType(f.type), via);
          }
        };
        for (const root of roots) {
          const [parent, name] = root.split('.');
          const field = (parent === 'Query' ? schema.getQueryType() : schema.getMutationType())!.getFields()[name];
          walk(getNamedType(field.type), root);
        }
        expect(reached).toEqual([]);
      });

      /** Every key in the answer was asked for, at every level. */
      function extraKeys(data: unknown, selection: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, path: string): string[] {
        if (Array.isArray(data)) return data.flatMap((d, i) => extraKeys(d, selection, fragments, `${path}[${i}]`));
        if (data === null || typeof data !== 'object') return [];
        const asked = new Map<string, SelectionSetNode | undefined>();
        const collect = (set: SelectionSetNode) => {
          for (const s of set.selections) {
            if (s.kind === Kind.FIELD) asked.set(s.alias?.value ?? s.name.value, s.selectionSet);
            else if (s.kind === Kind.INLINE_FRAGMENT) collect(s.selectionSet);
            else collect(fragments.get(s.name.value)!.selectionSet);
          }
        };
        collect(selection);
        return Object.entries(data).flatMap(([key, value]) =>
          !asked.has(key) ? [`${path}.${key}`] : asked.get(key) ? extraKeys(value, asked.get(key)!, fragments, `${path}.${key}`) : [],
        );
      }

      it("answers a young person's and an advocate's queries with nothing beyond the selection", async () => {
        const checked: string[] = [];
        for (const c of CASES.filter((x) => x.operation.startsWith('Query.') && x.roles.every((r) => r === 'YOUNG_PERSON' || r === 'ADVOCATE'))) {
          const actor: ActorKey = c.roles.includes('YOUNG_PERSON') ? 'ypA1' : 'advA';
          const res = await clients.get(actor)!.gql(c.document, await c.variables({ world, target: 'a1', ds: db.dataSource }));
          expect(res.errors).toBeUndefined();
          const document = parse(c.document);
          const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
          const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)!;
          if (operation.kind !== Kind.OPERATION_DEFINITION) continue;
          expect({ op: c.operation, extra: extraKeys(res.data, operation.selectionSet, fragments, 'data') }).toEqual({ op: c.operation, extra: [] });
          checked.push(c.operation);
        }
        expect(checked.length).toBeGreaterThanOrEqual(5);
      });
    });
  });
}
