import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { DEMO_WEBHOOK_SECRET, serveCommand, setup } from '../../scripts/examples.mjs';
import { startIdentitySimulator } from '../../src/simulator/index.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The Identity simulator's URL. */
    simulator: string;
    /** The simulator's latency per Stripe request, in ms. */
    stripeLatencyMs: number;
    apps: Record<'vite' | 'vite18' | 'next', string>;
    buildLogs: Record<string, Record<string, string>>;
    /** Where each server's stdout and stderr go. */
    logFiles: Record<'vite' | 'vite18' | 'next', string>;
  }
}

/** Waits until `url` answers (any status), or fails after `timeoutMs`. */
async function waitForServer(url: string, child: ChildProcess, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited (${child.exitCode})`);
    try {
      await fetch(url, { redirect: 'manual' });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

export default async function globalSetup(project: TestProject) {
  // E2E_ONLY=vite (or next) limits a local run to one example; `npm test` runs both.
  const only = process.env.E2E_ONLY;
  const buildLogs = setup(only ? [only] : undefined);
  // Each Stripe request answers after a latency like a real API's (E2E_STRIPE_LATENCY_MS, default
  // 50 ms); every app's webhook endpoint gets the simulator's signed events.
  const latencyMs = Number(process.env.E2E_STRIPE_LATENCY_MS ?? 50);
  const ports = { vite: 45174, vite18: 45175, next: 43000 };
  const api = await startIdentitySimulator({
    latencyMs,
    webhooks: Object.values(ports).map((port) => ({
      url: `http://127.0.0.1:${port}/api/identity/webhook`,
      secret: DEMO_WEBHOOK_SECRET,
    })),
  });
  const children: ChildProcess[] = [];
  const logDir = path.resolve(import.meta.dirname, '../../.examples/logs');
  mkdirSync(logDir, { recursive: true });
  const logFiles = {
    vite: path.join(logDir, 'vite.log'),
    vite18: path.join(logDir, 'vite18.log'),
    next: path.join(logDir, 'next.log'),
  };
  const start = async (name: 'vite' | 'vite18' | 'next', port: number): Promise<string> => {
    const example = name === 'next' ? 'next' : 'vite';
    // Long enough to see `processing` on a loaded machine, short enough for the flows.
    const serve = serveCommand(example, {
      port,
      simulator: api.url,
      processingMs: 3000,
      react18: name === 'vite18',
    });
    const out = openSync(logFiles[name], 'w');
    const child = spawn(serve.command, serve.args, {
      cwd: serve.cwd,
      env: { ...process.env, ...serve.env, NODE_ENV: 'production' },
      stdio: ['ignore', out, out],
    });
    children.push(child);
    const origin = `http://127.0.0.1:${port}`;
    await waitForServer(`${origin}/api/none`, child);
    return origin;
  };
  const apps = {
    vite: only === 'next' ? '' : await start('vite', ports.vite),
    vite18: only === 'next' ? '' : await start('vite18', ports.vite18),
    next: only === 'vite' ? '' : await start('next', ports.next),
  };
  project.provide('simulator', api.url);
  project.provide('stripeLatencyMs', latencyMs);
  project.provide('apps', apps);
  project.provide('buildLogs', buildLogs);
  project.provide('logFiles', logFiles);

  return async () => {
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) resolve();
            else child.once('exit', () => resolve());
          }),
      ),
    );
    await api.close();
  };
}
