#!/usr/bin/env node
// `npm run test:clock-ahead`: the suites again with this machine's clock a year
// and a day ahead (libfaketime), while PostgreSQL keeps the real time. A rule or
// test that takes today from anywhere but the server's Clock, or mixes it with
// the database's now(), fails here on any day, not only months after it was
// written. Run by CI after `npm test`; FP_CLOCK_AHEAD changes the offset.
//
// The unit, integration and component suites run here: every date rule, every
// service and every screen's date handling is in them. The browser journeys run
// once, in `npm test`: they drive the same API and components, and running them
// twice would take CI past its time limit. `-- --selectProjects browser` (or
// FP_CLOCK_AHEAD_PROJECTS=all) runs them ahead too.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const OFFSET = process.env.FP_CLOCK_AHEAD ?? '+366d';

function run(command, args, options = {}) {
  return spawnSync(command, args, { stdio: 'inherit', ...options }).status ?? 1;
}

const hasFaketime = () => spawnSync('faketime', ['-f', '+0d', 'true']).status === 0;
if (!hasFaketime()) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'faketime']);
  }
  if (!hasFaketime()) {
    console.error('The clock-ahead run needs libfaketime: install it (Debian: "sudo apt-get install -y --no-install-recommends faketime") and run it again.');
    process.exit(1);
  }
}

// The portals are built by `npm test` first; built again here when missing (the browser suites need them).
if (!existsSync('packages/professional-portal/dist/index.html') && run('npm', ['run', 'build', '--silent']) !== 0) process.exit(1);
console.log(`Running the unit, integration and component suites with the clock at ${OFFSET} (PostgreSQL keeps the real time)...`);
const env = { ...process.env, FAKETIME_DONT_FAKE_MONOTONIC: '1' };
const args = process.argv.slice(2);
// The access matrix and the attacks signed in through the OpenID provider run once too: the same cases as
// with passwords (which do run here), and the provider's own dates are tested in single-sign-on.
const projects =
  process.env.FP_CLOCK_AHEAD_PROJECTS === 'all' || args.includes('--selectProjects')
    ? []
    : ['--selectProjects', 'unit', 'integration', 'portal', '--testPathIgnorePatterns=-provider\\.test\\.ts$'];
process.exit(run('faketime', ['-f', OFFSET, 'npx', 'jest', '--config', 'test/jest.config.js', ...projects, ...args], { env }));
