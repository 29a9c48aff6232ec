#!/usr/bin/env node
// Runs every check of the project, in order, and ends with one line `N passed, N failed`:
// every Vitest test (unit in jsdom, stories in Chromium, checks of dist/) counts as one, and so
// does each other step (lint, typecheck, build, storybook build, publint, attw, the packed
// package in a fresh app, size budgets), then the example apps end to end in Chromium.
// Every step runs even after a failure, so one run shows everything that is wrong.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const resultsFile = path.join(root, '.vitest-results.json');

let passed = 0;
let failed = 0;
const failures = [];

/**
 * Runs one step. `quiet`: its output is shown only when it fails (a tool whose passing report
 * is a page of entries it was told to ignore).
 */
function step(name, command, args, env = {}, { quiet = false } = {}) {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const run = spawnSync(command, args, {
    cwd: root,
    stdio: quiet ? 'pipe' : 'inherit',
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', ...env },
  });
  const ok = run.status === 0;
  if (quiet && !ok) process.stdout.write(`${run.stdout ?? ''}${run.stderr ?? ''}`);
  console.log(`${ok ? '✔' : '✘'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

function check(name, command, args, env, options) {
  if (step(name, command, args, env, options)) passed += 1;
  else {
    failed += 1;
    failures.push(name);
  }
}

// React 18.3 for the `react18` test project lives in its own small install.
if (!existsSync(path.join(root, 'test/react18/node_modules/react/package.json'))) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  check('install React 18.3 for the react18 project', npm, [
    'ci',
    '--prefix',
    'test/react18',
    '--no-audit',
    '--no-fund',
  ]);
}

check('lint and format (biome)', bin('biome'), ['check', '.']);
check('typecheck (tsc --noEmit, type tests included)', bin('tsc'), [
  '--noEmit',
  '-p',
  'tsconfig.json',
]);
const built =
  step('build (vite)', bin('vite'), ['build', '--logLevel', 'warn']) &&
  step('build (declarations)', bin('tsc'), ['-p', 'tsconfig.build.json']);
if (built) passed += 1;
else {
  failed += 1;
  failures.push('build');
}

// The static catalogue (test/dist/storybook.test.ts checks it holds every state), built offline.
check(
  'storybook build (static, offline)',
  bin('storybook'),
  ['build', '-o', 'storybook-static', '--quiet'],
  {
    STORYBOOK_DISABLE_TELEMETRY: '1',
  },
);

/** Runs Vitest with a JSON report and counts every test in it. */
function vitestStep(name, args, file) {
  rmSync(file, { force: true });
  const ok = step(name, bin('vitest'), [
    'run',
    ...args,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${file}`,
  ]);
  if (!existsSync(file)) {
    failed += 1;
    failures.push(`${name}: vitest wrote no report`);
    return;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  if (report.numFailedTests > 0) failures.push(`${report.numFailedTests} test(s) in ${name}`);
  if (!ok && report.numFailedTests === 0) {
    failed += 1;
    failures.push(`${name}: vitest exited non-zero (a suite failed to load or no test ran)`);
  }
  if (report.numTotalTests === 0) {
    failed += 1;
    failures.push(`${name}: vitest ran no test`);
  }
}

// All Vitest projects in one run: unit (jsdom, React 19), react18 (the same React tests on
// React 18.3), dist (node, reads the build), storybook (every story in Chromium).
vitestStep(
  'tests (vitest: unit, react18, dist, storybook)',
  ['unit', 'react18', 'dist', 'storybook'].flatMap((name) => ['--project', name]),
  resultsFile,
);

check('package lint (publint --strict)', bin('publint'), ['--strict']);
// styles.css has no types to resolve; the locale packs hide behind a wildcard, so name each one.
const locales = readdirSync(path.join(root, 'src/locales'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => `./locales/${f.slice(0, -3)}`);
check(
  'types resolution (attw --pack, esm-only)',
  bin('attw'),
  [
    '--pack',
    '.',
    '--profile',
    'esm-only',
    '--exclude-entrypoints',
    './styles.css',
    '--include-entrypoints',
    ...locales,
  ],
  {},
  { quiet: true },
);
check('consumer app (npm pack → fresh install → SSR, bundle, DOM)', process.execPath, [
  path.join(root, 'scripts/consumer-smoke.mjs'),
]);
check('bundle-size budgets', process.execPath, [path.join(root, 'scripts/size.mjs')]);

// The example apps (examples/next, examples/vite-node on React 19 and 18.3) with the packed
// tarball installed, built once, served once, driven in Chromium; every flow counts as a test.
vitestStep(
  'examples end to end (Next.js, Vite + node:http; Chromium)',
  ['--config', 'test/e2e/vitest.config.ts'],
  path.join(root, '.vitest-e2e-results.json'),
);

if (failures.length > 0) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
