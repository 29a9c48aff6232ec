#!/usr/bin/env node
// `node benchmarks/server-load.mjs` — runs benchmarks/server-load.ts (200 parallel creates for
// 20 users on 127.0.0.1: real handlers, real stripe SDK, strict fake Stripe API with latency)
// and writes benchmarks/server-load.json. Bundles the TypeScript with esbuild (a devDependency)
// into a temporary file first, since Node 20 does not run TypeScript.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const out = mkdtempSync(path.join(root, 'node_modules', '.rsi-bench-'));
try {
  const file = path.join(out, 'server-load.mjs');
  await build({
    entryPoints: [path.join(root, 'benchmarks/server-load.ts')],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  const { runServerLoad } = await import(pathToFileURL(file).href);

  // One full-size warm-up run, discarded (JIT, sockets): else the first measured run pays it.
  await runServerLoad({ users: 20, requestsPerUser: 10, instances: 1 });
  const runs = [];
  for (const instances of [1, 2]) {
    const result = await runServerLoad({ users: 20, requestsPerUser: 10, instances });
    process.stdout.write(
      `${instances} instance(s): ${JSON.stringify(result.statuses)}, sessions/user ${result.sessionsPerUser.min}–${result.sessionsPerUser.max}, Stripe creates ${result.stripeRequests.create} (409s ${result.stripeRequests.conflicts}), ${result.stripeCallsPerRequest} Stripe calls per request, p50 ${result.latencyMs.p50} ms, p95 ${result.latencyMs.p95} ms, wall ${result.wallMs} ms\n`,
    );
    runs.push(result);
  }
  const report = {
    what: '200 parallel POST /verification-sessions for 20 users (10 each) on 127.0.0.1: createIdentityHandlers via toNodeHandler → real stripe SDK → strict fake Stripe API (25 ms per request). Contract: exactly one session per user, no 5xx.',
    command: 'node benchmarks/server-load.mjs',
    machine: {
      node: process.version,
      cpus: os.cpus().length,
      platform: `${os.platform()} ${os.arch()}`,
      // Other work on the machine during the run: latencies scale with it, the contract does not.
      loadAverage1m: Math.round(os.loadavg()[0] * 10) / 10,
    },
    date: new Date().toISOString().slice(0, 10),
    runs,
  };
  writeFileSync(
    path.join(root, 'benchmarks/server-load.json'),
    `${JSON.stringify(report, null, 2)}\n`,
  );
  const broken = runs.filter(
    (r) =>
      r.sessionsPerUser.max !== 1 ||
      r.sessionsPerUser.min !== 1 ||
      Object.keys(r.statuses).some((s) => Number(s) >= 500),
  );
  if (broken.length > 0) {
    console.error('server-load: the contract failed (see benchmarks/server-load.json)');
    process.exitCode = 1;
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
