const os = require('node:os');
const path = require('node:path');
// One jest run covers every suite: unit and component tests beside the code,
// integration tests against real PostgreSQL, and browser tests in Chromium.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];
const shared = {
  rootDir: path.resolve(__dirname, '..'),
  transform: { '^.+\\.(t|j)sx?$': swc },
  // ES-module-only packages (the reading-level libraries; those the server requires, which Node loads with require(esm); the ICU message formatter of the portal's catalogues): compiled for jest.
  transformIgnorePatterns: ['/node_modules/(?!(syllable|flesch-kincaid|openid-client|oauth4webapi|jose|intl-messageformat|@formatjs)/)'],
  moduleNameMapper: {
    '^@forever-planning/shared$': '<rootDir>/packages/shared/src/index.ts',
    '^@forever-planning/shared/(.*)$': '<rootDir>/packages/shared/src/$1',
    // The ui package has no build step: tests use its source, as Vite does.
    '^@forever-planning/ui$': '<rootDir>/packages/ui/src/index.ts',
    '\\.css$': '<rootDir>/test/support/style-stub.js',
    '^@forever-planning/ui/(.*)$': '<rootDir>/packages/ui/src/$1',
  },
};

/** @type {import('jest').Config} */
module.exports = {
  // Generous: on a 2-core machine suites run side by side with PostgreSQL.
  testTimeout: 30_000,
  // Two suites at a time even on 2 cores (jest's default there is one): much
  // of a suite's time is spent waiting on PostgreSQL, Chromium or the API's
  // own process, so a second suite fills that time. FP_TEST_WORKERS overrides.
  maxWorkers: process.env.FP_TEST_WORKERS ?? Math.max(2, os.cpus().length - 1),
  rootDir: path.resolve(__dirname, '..'),
  // Once per run: find or start PostgreSQL and build a migrated template database.
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/packages/shared/src/**/*.spec.ts', '<rootDir>/packages/server/src/**/*.spec.ts'],
      testPathIgnorePatterns: ['\\.int\\.spec\\.ts$'],
      setupFiles: ['<rootDir>/test/support/fast-check-seed.ts'],
    },
    {
      ...shared,
      displayName: 'integration',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/api/**/*.test.ts', '<rootDir>/test/security/**/*.test.ts', '<rootDir>/packages/server/src/**/*.int.spec.ts'],
    },
    {
      ...shared,
      displayName: 'portal',
      testEnvironment: '<rootDir>/test/support/jsdom-environment.js',
      testMatch: [
        '<rootDir>/packages/*-portal/src/**/*.spec.tsx',
        '<rootDir>/packages/*-portal/src/**/*.spec.ts',
        '<rootDir>/packages/ui/src/**/*.spec.tsx',
        '<rootDir>/packages/ui/src/**/*.spec.ts',
      ],
      setupFilesAfterEnv: ['<rootDir>/test/support/portal-setup.ts'],
    },
    {
      ...shared,
      displayName: 'browser',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/browser/**/*.test.ts'],
    },
  ],
};
