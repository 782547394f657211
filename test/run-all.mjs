#!/usr/bin/env node
// `npm test`: every suite in one jest run. Browser suites need the portals
// built and Debian's Chromium; this installs Chromium when it can (as root
// with apt-get) and otherwise stops with a sentence saying what to do.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.FP_CHROMIUM ?? '/usr/bin/chromium';

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  return result.status ?? 1;
}

if (!existsSync(CHROMIUM)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('Chromium is not installed: installing Debian\'s chromium for the browser tests...');
    run('apt-get', ['update', '-qq']);
    if (run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium']) !== 0 || !existsSync(CHROMIUM)) {
      console.error('Could not install chromium. Install it with "apt-get install -y --no-install-recommends chromium" and run npm test again.');
      process.exit(1);
    }
  } else {
    console.error(
      `The browser tests need Chromium at ${CHROMIUM}. Install it (Debian: "sudo apt-get install -y --no-install-recommends chromium") ` +
        'or set FP_CHROMIUM to its path, then run npm test again.',
    );
    process.exit(1);
  }
}

if (run('npm', ['run', 'build', '--silent']) !== 0) process.exit(1);
// The tests are code too: type-checked like the packages (which the build checks).
if (run('npx', ['tsc', '-p', 'test', '--noEmit']) !== 0) process.exit(1);
// The boundaries between the parts (eslint.config.mjs) and typescript-eslint's rules.
if (run('npm', ['run', 'lint', '--silent']) !== 0) process.exit(1);
process.exit(run('npx', ['jest', '--config', 'test/jest.config.js', ...process.argv.slice(2)]));
