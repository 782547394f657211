// ESLint for the whole monorepo (`npm run lint`; `npm test` runs it before jest).
// Besides typescript-eslint's recommended rules it checks the boundaries
// between the parts of the code, so they hold without anyone remembering them.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const SERVER = 'packages/server/src';
const PORTALS = ['packages/professional-portal', 'packages/young-person-portal'];

// The boundary rules (test/api/lint-boundaries.test.ts shows each one bites).
const boundaries = {
  // common/ is the floor every module stands on: it may not reach up into a module.
  common: {
    regex: '^(\\.\\./)+modules(/|$)',
    message: 'common/ must not import from modules/: move what both need into common/ (or keep it in the module).',
  },
  // A module reads another module's tables only through that module's own code: its
  // service, loaders, or the `<module>.queries.ts` it keeps for other modules. Importing
  // the other module's entity *class* is what lets code query its table
  // (manager.find(OtherEntity), getRepository, query builders), so that is refused;
  // `import type` stays allowed, since holding a row typed as the entity reads nothing.
  // Exempt are the reach spine (children/child, users/user, users/role-assignment,
  // councils/council, councils/team): policies/child-reach.ts scopes every record by
  // these rows and every write locks its child row first, so every module joins them.
  // Entity files are exempt too (a TypeORM relation names the other entity class), and
  // so is the subject access document, which by law copies every record about a person.
  // Modules are flat folders, so another module is always `../<name>/`.
  otherModulesEntity: {
    regex: '^\\.\\./(?!(children/child|users/user|users/role-assignment|councils/council|councils/team)\\.entity$)[^./][^/]*/[^/]+\\.entity$',
    allowTypeImports: true,
    message:
      "Read another module's table through that module's service, loaders or queries file, not its entity; `import type` is fine for typing a row.",
  },
  // The portals talk to the API over GraphQL only; they never import server code.
  portals: [
    { regex: '^@forever-planning/server(/|$)|(^|/)server/(src|dist)(/|$)', message: 'The portals use the API over GraphQL, never server code.' },
  ],
  // shared/ is below every other package: it imports none of them.
  shared: [
    {
      regex: '^@forever-planning/|^(\\.\\./)+(server|ui|professional-portal|young-person-portal)(/|$)',
      message: 'packages/shared imports nothing from the other packages.',
    },
  ],
};

// Which services each module's resolvers use (`ctx.services.<name>`). Every resolver is
// handed all of them in its context; this keeps each module's resolvers to its own
// (and the few it answers for: a meeting's plan, a child's alerts) without changing
// how the context is built. clock and config are everyone's.
const RESOLVER_SERVICES = {
  advocacy: ['advocacy', 'advocateView'],
  alerts: ['alerts', 'caseFacts', 'policy'],
  allocation: ['allocation'],
  audit: ['auditTrail'],
  auth: ['auth'],
  calendar: [],
  'child-messages': ['childMessages'],
  children: ['children', 'alerts'],
  'data-protection': ['retention', 'subjectAccess'],
  'legal-status': ['legalStatus'],
  'life-story': ['lifeStory'],
  matching: ['matching'],
  media: ['media'],
  meetings: ['meetings', 'plans'],
  network: ['network'],
  notifications: ['notifications'],
  placements: ['placements'],
  plans: ['plans', 'meetings'],
  policy: ['policy'],
  siblings: ['siblings'],
  'single-sign-on': ['singleSignOn'],
  staff: ['staff'],
  tracker: ['tracker'],
  views: ['views'],
  'young-person': ['youngPerson'],
  'young-person-drafts': ['youngPersonDrafts'],
  // Modules other branches are adding now, with the services their resolvers use there
  // (abilities reads rows itself for the moment: move that behind a service when it settles).
  'second-factor': ['secondFactor', 'auth'],
  imports: ['ssda903Uploads'],
  'health-outcomes': ['healthOutcomes'],
  'missing-episodes': ['missingEpisodes'],
  'deprivation-of-liberty': ['deprivationOfLiberty'],
  'leaving-care': ['leavingCare'],
  court: ['court'],
  'family-finding': ['familyFinding'],
  abilities: ['plans', 'dataSource'],
};

function resolverServices(module, allowed) {
  const names = ['clock', 'config', ...allowed];
  return {
    files: [`${SERVER}/modules/${module}/**/*.resolver.ts`],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: `MemberExpression:matches([object.property.name='services'], [object.name='services'])[property.name!=/^(${names.join('|')})$/]`,
          message: `The resolvers of modules/${module} use only ${names.join(', ')} from ctx.services (eslint.config.mjs RESOLVER_SERVICES): go through the module's own service.`,
        },
      ],
    },
  };
}

export default defineConfig(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/coverage/**',
      'test-artifacts/**',
      '.data/**',
      // Generated by graphql-codegen.
      'packages/*/src/gql/**',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    rules: {
      // `_` marks a parameter that is there for its position (resolvers, Express handlers).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    rules: {
      // A timer or handle declared before the closures that clear it is assigned once, later.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    // jest's configuration and environment files are CommonJS.
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    // Tests keep each mutation's result by habit even when the next step replaces it.
    rules: { 'no-useless-assignment': 'off' },
  },
  {
    files: [`${SERVER}/common/**/*.ts`],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [boundaries.common] }] },
  },
  {
    files: [`${SERVER}/modules/**/*.ts`],
    ignores: [`${SERVER}/modules/**/*.entity.ts`, `${SERVER}/modules/data-protection/subject-access.document.ts`],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [boundaries.otherModulesEntity] }] },
  },
  {
    files: PORTALS.map((portal) => `${portal}/**/*.{ts,tsx}`),
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: boundaries.portals }],
    },
  },
  {
    files: ['packages/ui/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  ...Object.entries(RESOLVER_SERVICES).map(([module, allowed]) => resolverServices(module, allowed)),
  {
    // A module folder without an entry above has resolvers that may use no service until it gets one.
    files: [`${SERVER}/modules/*/**/*.resolver.ts`],
    ignores: Object.keys(RESOLVER_SERVICES).map((module) => `${SERVER}/modules/${module}/**`),
    rules: { 'no-restricted-syntax': ['error', { selector: "MemberExpression[object.property.name='services']", message: 'Add this module to RESOLVER_SERVICES in eslint.config.mjs with the services its resolvers use.' }] },
  },
  {
    files: ['packages/shared/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: boundaries.shared }] },
  },
);
