#!/usr/bin/env node
// The example apps, as a user gets them: `npm pack` this package, `npm ci` each example's own
// lockfile, then `npm install --no-save` the tarball into it (so exports, 'use client', the CSS
// entry and the types are tested as published), then build.
//
//   node scripts/examples.mjs setup            pack + install + build every example (e2e tests)
//   node scripts/examples.mjs run vite|next    setup that one, start the Identity simulator (the
//                                              package's own bin, webhooks to the app) and it
//
// Installs are skipped when the example's lockfile and the tarball are unchanged; builds when
// their inputs are unchanged (a content hash in `.examples/`).
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const work = path.join(root, '.examples');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const log = (line) => console.log(`[examples] ${line}`);

export const EXAMPLES = {
  vite: { dir: path.join(root, 'examples/vite-node'), port: 5174 },
  next: { dir: path.join(root, 'examples/next'), port: 3000 },
};

/**
 * Builds are production builds whoever starts them: Vite replaces `process.env.NODE_ENV` with the
 * caller's value when it is set (Vitest sets `test`), which would ship React's and this
 * package's development code.
 */
const PRODUCTION = { NODE_ENV: 'production' };

function run(command, args, cwd, env = {}) {
  return execFileSync(command, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: '0', ...env },
  });
}

/** A content hash of files (recursively for directories), skipping build output and installs. */
function hashOf(paths) {
  const hash = createHash('sha256');
  const visit = (file) => {
    if (!existsSync(file)) return;
    if (statSync(file).isDirectory()) {
      for (const name of readdirSync(file).sort()) {
        if (['node_modules', 'dist', 'dist-react18', '.next', 'next-env.d.ts'].includes(name)) {
          continue;
        }
        visit(path.join(file, name));
      }
    } else {
      hash.update(path.relative(root, file)).update(readFileSync(file));
    }
  };
  for (const p of paths) visit(p);
  return hash.digest('hex');
}

function stamp(name) {
  const file = path.join(work, `${name}.stamp`);
  return {
    fresh: (value) => existsSync(file) && readFileSync(file, 'utf8') === value,
    write: (value) => writeFileSync(file, value),
  };
}

/** Builds the library if needed and packs it; returns the tarball path. */
export function pack() {
  mkdirSync(work, { recursive: true });
  if (!existsSync(path.join(root, 'dist/index.js'))) {
    log('building the library (npm run build)');
    run(npm, ['run', 'build'], root);
  }
  const name = run(npm, ['pack', '--silent', '--pack-destination', work], root)
    .trim()
    .split('\n')
    .pop();
  return path.join(work, name);
}

/** `npm ci` the example's lockfile (when it changed), then the tarball without saving it. */
export function install(example, tarball) {
  const { dir } = EXAMPLES[example];
  const tarHash = createHash('sha256').update(readFileSync(tarball)).digest('hex');
  const lock = stamp(`${example}-install`);
  const key = `${hashOf([path.join(dir, 'package-lock.json')])}:${tarHash}`;
  if (lock.fresh(key) && existsSync(path.join(dir, 'node_modules/react-stripe-identity'))) return;
  log(`${example}: npm ci`);
  run(npm, ['ci', '--no-audit', '--no-fund', '--prefer-offline'], dir);
  log(`${example}: npm install --no-save ${path.relative(root, tarball)}`);
  run(npm, ['install', '--no-save', '--no-audit', '--no-fund', '--prefer-offline', tarball], dir);
  lock.write(key);
}

const REACT18 = path.join(root, 'test/react18');

/** Builds the example (Vite: once on React 19 and once on React 18.3). Returns build logs. */
export function build(example) {
  const { dir } = EXAMPLES[example];
  const logs = {};
  const built = stamp(`${example}-build`);
  // This script is an input too: how it builds (e.g. NODE_ENV) changes the output.
  const key = hashOf([dir, path.join(work, `${example}-install.stamp`), import.meta.filename]);
  const logFile = path.join(work, `${example}-build.log`);
  if (built.fresh(key) && existsSync(logFile)) return JSON.parse(readFileSync(logFile, 'utf8'));
  if (example === 'vite') {
    // Types as a user's editor sees them, through the installed package.
    logs.typecheck = run(path.join(root, 'node_modules/.bin/tsc'), ['--noEmit', '-p', dir], root);
    log('vite: vite build (React 19)');
    logs.react19 = run(path.join(dir, 'node_modules/.bin/vite'), ['build'], dir, PRODUCTION);
    if (!existsSync(path.join(REACT18, 'node_modules/react/package.json'))) {
      run(npm, ['ci', '--no-audit', '--no-fund', '--prefer-offline'], REACT18);
    }
    log('vite: vite build (React 18.3)');
    logs.react18 = run(path.join(dir, 'node_modules/.bin/vite'), ['build'], dir, {
      ...PRODUCTION,
      EXAMPLE_REACT_DIR: path.join(REACT18, 'node_modules'),
    });
  } else {
    log('next: next build');
    logs.next = run(path.join(dir, 'node_modules/.bin/next'), ['build'], dir, {
      ...PRODUCTION,
      NEXT_TELEMETRY_DISABLED: '1',
    });
  }
  writeFileSync(logFile, JSON.stringify(logs));
  built.write(key);
  return logs;
}

export function setup(examples = Object.keys(EXAMPLES)) {
  const tarball = pack();
  const logs = {};
  for (const example of examples) {
    install(example, tarball);
    logs[example] = build(example);
  }
  return logs;
}

/** The webhook signing secret demo mode's simulator signs with and the app checks. */
export const DEMO_WEBHOOK_SECRET = 'whsec_react_stripe_identity_demo';

/**
 * The command that serves a built example in demo mode: its Stripe SDK on the simulator at
 * `simulator`, the simulator's webhooks checked with DEMO_WEBHOOK_SECRET.
 */
export function serveCommand(example, { port, simulator, processingMs, react18 = false }) {
  const { dir } = EXAMPLES[example];
  const env = {
    STRIPE_SIMULATOR_URL: simulator,
    STRIPE_IDENTITY_WEBHOOK_SECRET: DEMO_WEBHOOK_SECRET,
    ...(processingMs === undefined ? {} : { DEMO_PROCESSING_MS: String(processingMs) }),
    PORT: String(port),
    NEXT_TELEMETRY_DISABLED: '1',
  };
  if (example === 'vite') {
    return {
      command: process.execPath,
      args: [path.join(dir, 'server.mjs')],
      cwd: dir,
      env: { ...env, ...(react18 ? { DIST_DIR: 'dist-react18' } : {}) },
    };
  }
  return {
    command: path.join(dir, 'node_modules/.bin/next'),
    args: ['start', '-p', String(port), '-H', '127.0.0.1'],
    cwd: dir,
    env,
  };
}

if (import.meta.filename === process.argv[1]) {
  const [command, which] = process.argv.slice(2);
  try {
    if (command === 'setup') {
      setup();
    } else if (command === 'run' && which in EXAMPLES) {
      setup([which]);
      const simulatorPort = 12111;
      const appPort = EXAMPLES[which].port;
      // The simulator as a host runs it: the bin of the package installed in the example.
      const simulator = spawn(
        path.join(EXAMPLES[which].dir, 'node_modules/.bin/react-stripe-identity-simulator'),
        [
          '--port',
          String(simulatorPort),
          '--webhook',
          `http://127.0.0.1:${appPort}/api/identity/webhook`,
          '--webhook-secret',
          DEMO_WEBHOOK_SECRET,
        ],
        { stdio: 'inherit' },
      );
      const serve = serveCommand(which, {
        port: appPort,
        simulator: `http://127.0.0.1:${simulatorPort}`,
      });
      const app = spawn(serve.command, serve.args, {
        cwd: serve.cwd,
        stdio: 'inherit',
        env: { ...process.env, ...serve.env },
      });
      const stop = () => {
        app.kill('SIGTERM');
        simulator.kill('SIGTERM');
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
      app.on('exit', (code) => {
        simulator.kill('SIGTERM');
        process.exitCode = code ?? 0;
      });
    } else {
      console.error('Usage: node scripts/examples.mjs setup | run vite | run next');
      process.exit(2);
    }
  } catch (error) {
    console.error(error.stdout ?? '', error.stderr ?? '', error.message);
    process.exit(1);
  }
}
