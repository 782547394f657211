import path from 'node:path';
import { spawnSync } from 'node:child_process';

/**
 * The boundary rules in eslint.config.mjs bite (imports between the parts, and
 * which services a module's resolvers take from the context): ESLint (the project's own
 * configuration, as `npm run lint` runs it) refuses each crossing written
 * into a file at the place it would live, and lets the allowed imports
 * beside it through. `npm run lint` itself shows that today's code keeps them.
 */
const root = path.resolve(__dirname, '..', '..');

interface Case {
  file: string;
  code: string;
}

/** The boundary errors ESLint reports for each case, in order (ESLint runs in a child process: it loads its configuration as an ES module). */
function boundaryErrors(cases: Case[]): string[][] {
  const script = `
    import { ESLint } from 'eslint';
    const cases = JSON.parse(process.argv[1]);
    const eslint = new ESLint({ cwd: process.cwd() });
    const out = [];
    for (const c of cases) {
      const [result] = await eslint.lintText(c.code, { filePath: c.file });
      out.push(result.messages.filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports' || m.ruleId === 'no-restricted-syntax').map((m) => m.message));
    }
    process.stdout.write(JSON.stringify(out));
  `;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(cases)], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`ESLint did not run: ${run.stderr}`);
  return JSON.parse(run.stdout) as string[][];
}

const SERVER = 'packages/server/src';

describe('the import boundaries ESLint checks', () => {
  // One ESLint start for every case: loading typescript-eslint takes seconds.
  const cases = {
    commonImportsModule: { file: `${SERVER}/common/names.ts`, code: `import { personLoader } from '../modules/children/children.loaders';\nexport const names = personLoader;\n` },
    commonImportsModuleType: { file: `${SERVER}/common/names.ts`, code: `import type { PersonRef } from '../modules/children/child.type';\nexport type Named = PersonRef;\n` },
    commonImportsCommon: { file: `${SERVER}/common/names.ts`, code: `import { notFound } from './errors';\nexport const missing = notFound;\n` },
    moduleReadsOthersTable: {
      file: `${SERVER}/modules/young-person/plan-reader.ts`,
      code: `import type { EntityManager } from 'typeorm';\nimport { PlanEntity } from '../plans/plan.entity';\nexport const plans = (m: EntityManager) => m.find(PlanEntity);\n`,
    },
    moduleTypesOthersRow: {
      file: `${SERVER}/modules/young-person/plan-reader.ts`,
      code: `import type { PlanEntity } from '../plans/plan.entity';\nexport const title = (p: PlanEntity) => p.id;\n`,
    },
    moduleAsksOthersQueries: {
      file: `${SERVER}/modules/young-person/plan-reader.ts`,
      code: `import { currentPlanSharedWithChild } from '../plans/plans.queries';\nexport const plan = currentPlanSharedWithChild;\n`,
    },
    moduleJoinsChild: {
      file: `${SERVER}/modules/young-person/plan-reader.ts`,
      code: `import { ChildEntity } from '../children/child.entity';\nexport const child = ChildEntity;\n`,
    },
    moduleReadsOwnTable: {
      file: `${SERVER}/modules/plans/plan-reader.ts`,
      code: `import { PlanEntity } from './plan.entity';\nexport const plan = PlanEntity;\n`,
    },
    entityRelation: {
      file: `${SERVER}/modules/views/other.entity.ts`,
      code: `import { MeetingEntity } from '../meetings/meeting.entity';\nexport const related = () => MeetingEntity;\n`,
    },
    portalImportsServer: {
      file: 'packages/professional-portal/src/plans/labels.ts',
      code: `import { PLAN_AUDITED } from '../../../server/src/modules/plans/plans.service';\nexport const labels = PLAN_AUDITED;\n`,
    },
    portalImportsServerPackage: { file: 'packages/young-person-portal/src/plan/words.ts', code: `import { x } from '@forever-planning/server';\nexport const y = x;\n` },
    portalImportsShared: { file: 'packages/young-person-portal/src/plan/words.ts', code: `import { PLAN_STATUS_LABELS } from '@forever-planning/shared';\nexport const y = PLAN_STATUS_LABELS;\n` },
    sharedImportsUi: { file: 'packages/shared/src/labels.ts', code: `import { Button } from '@forever-planning/ui';\nexport const b = Button;\n` },
    sharedImportsServerFile: { file: 'packages/shared/src/labels.ts', code: `import { ROLES } from '../../server/src/common/enums';\nexport const r = ROLES;\n` },
    sharedImportsItself: { file: 'packages/shared/src/labels.ts', code: `import { ROLES } from './roles';\nexport const r = ROLES;\n` },
    resolverUsesOwnService: {
      file: `${SERVER}/modules/plans/plan-steps.resolver.ts`,
      code: `import type { RequestContext } from '../../context';\nexport const steps = (ctx: RequestContext) => [ctx.services.plans, ctx.services.meetings, ctx.services.clock];\n`,
    },
    resolverUsesOthersService: {
      file: `${SERVER}/modules/plans/plan-steps.resolver.ts`,
      code: `import type { RequestContext } from '../../context';\nexport const steps = (ctx: RequestContext) => ctx.services.tracker;\n`,
    },
    resolverUsesDatabase: {
      file: `${SERVER}/modules/plans/plan-steps.resolver.ts`,
      code: `import type { RequestContext } from '../../context';\nexport const steps = (ctx: RequestContext) => ctx.services.dataSource;\n`,
    },
    newModuleResolver: {
      file: `${SERVER}/modules/contact/contact.resolver.ts`,
      code: `import type { RequestContext } from '../../context';\nexport const contact = (ctx: RequestContext) => ctx.services.plans;\n`,
    },
  } satisfies Record<string, Case>;
  let errors: Record<keyof typeof cases, string[]>;

  beforeAll(() => {
    const names = Object.keys(cases) as (keyof typeof cases)[];
    const results = boundaryErrors(names.map((n) => cases[n]));
    errors = Object.fromEntries(names.map((n, i) => [n, results[i]])) as typeof errors;
  }, 120_000);

  it('common/ imports nothing from a module, not even a type', () => {
    expect(errors.commonImportsModule).toEqual([expect.stringContaining('common/ must not import from modules/')]);
    expect(errors.commonImportsModuleType).toEqual([expect.stringContaining('common/ must not import from modules/')]);
    expect(errors.commonImportsCommon).toEqual([]);
  });

  it("a module reads another module's table only through that module's code", () => {
    expect(errors.moduleReadsOthersTable).toEqual([expect.stringContaining("Read another module's table through that module's service")]);
    // Typing a row reads nothing; asking the owning module is the way; the child row is every module's to join and lock.
    expect(errors.moduleTypesOthersRow).toEqual([]);
    expect(errors.moduleAsksOthersQueries).toEqual([]);
    expect(errors.moduleJoinsChild).toEqual([]);
    expect(errors.moduleReadsOwnTable).toEqual([]);
    expect(errors.entityRelation).toEqual([]);
  });

  it("a module's resolvers use only that module's services from the context", () => {
    expect(errors.resolverUsesOwnService).toEqual([]);
    expect(errors.resolverUsesOthersService).toEqual([expect.stringContaining('The resolvers of modules/plans use only')]);
    expect(errors.resolverUsesDatabase).toEqual([expect.stringContaining('The resolvers of modules/plans use only')]);
    expect(errors.newModuleResolver).toEqual([expect.stringContaining('Add this module to RESOLVER_SERVICES')]);
  });

  it('the portals import no server code', () => {
    expect(errors.portalImportsServer).toEqual([expect.stringContaining('never server code')]);
    expect(errors.portalImportsServerPackage).toEqual([expect.stringContaining('never server code')]);
    expect(errors.portalImportsShared).toEqual([]);
  });

  it('packages/shared imports no other package', () => {
    expect(errors.sharedImportsUi).toEqual([expect.stringContaining('imports nothing from the other packages')]);
    expect(errors.sharedImportsServerFile).toEqual([expect.stringContaining('imports nothing from the other packages')]);
    expect(errors.sharedImportsItself).toEqual([]);
  });
});
