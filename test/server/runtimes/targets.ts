// Starts the identity worker (identityWorker.ts) in each runtime, as two instances that share
// nothing but the Identity simulator: node:http through toNodeHandler, Express, Cloudflare's workerd
// through Miniflare (bundled as wrangler would: esbuild, the worker conditions), and Bun.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import express from 'express';
import { Miniflare } from 'miniflare';
import { toNodeHandler } from '../../../src/server/index.js';
import { serve } from '../strictStripe.js';
import { createIdentityWorker, type IdentityWorkerEnv } from './identityWorker.js';

/** A request handler of one instance, whatever the runtime. */
export type Instance = (request: Request) => Promise<Response>;

/** One runtime serving two instances. */
export interface RuntimeTarget {
  instances: [Instance, Instance];
  close(): Promise<void>;
}

const root = path.resolve(import.meta.dirname, '../../..');

/** Sends `request` to a server at `origin` (the same method, path, headers and body). */
function overHttp(origin: string): Instance {
  return async (request) => {
    const url = new URL(request.url);
    const body =
      request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.text();
    return fetch(new URL(url.pathname + url.search, origin), {
      method: request.method,
      headers: request.headers,
      ...(body === undefined ? {} : { body }),
    });
  };
}

async function twoServers(
  listener: (worker: ReturnType<typeof createIdentityWorker>) => Parameters<typeof serve>[0],
) {
  const servers = await Promise.all([0, 1].map(() => serve(listener(createIdentityWorker()))));
  return {
    instances: [overHttp(servers[0]!.origin), overHttp(servers[1]!.origin)] as [Instance, Instance],
    close: async () => {
      await Promise.all(servers.map((s) => s.close()));
    },
  };
}

/** node:http with toNodeHandler. */
export function startNode(env: IdentityWorkerEnv): Promise<RuntimeTarget> {
  return twoServers((worker) => toNodeHandler((request) => worker.fetch(request, env)));
}

/** Express 5: the webhook before express.json(), the JSON routes after it, as the README says. */
export function startExpress(env: IdentityWorkerEnv): Promise<RuntimeTarget> {
  return twoServers((worker) => {
    const handle = toNodeHandler((request) => worker.fetch(request, env));
    const app = express();
    app.post('/api/identity/webhook', handle);
    app.use(express.json());
    app.use(handle);
    return app;
  });
}

/** The worker bundled for workerd: the `workerd`/`worker` export conditions pick stripe's worker build. */
async function workerScript(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(import.meta.dirname, 'workerEntry.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    conditions: ['workerd', 'worker', 'browser'],
    mainFields: ['module', 'main'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** Cloudflare's workerd through Miniflare: two workers (two isolates) from one script. */
export async function startWorkerd(env: IdentityWorkerEnv): Promise<RuntimeTarget> {
  const script = await workerScript();
  const worker = (name: string) => ({
    name,
    modules: true,
    script,
    compatibilityDate: '2026-04-01',
    bindings: { ...env },
  });
  const mf = new Miniflare({ workers: [worker('a'), worker('b')] });
  await mf.ready;
  const instance =
    (name: string): Instance =>
    async (request) => {
      // A service binding's fetch (Miniflare types it with its own undici classes).
      const fetcher = (await mf.getWorker(name)) as unknown as {
        fetch(url: string, init: RequestInit): Promise<Response>;
      };
      const body = request.method === 'GET' ? undefined : await request.text();
      const response = await fetcher.fetch(request.url, {
        method: request.method,
        headers: [...request.headers],
        ...(body === undefined ? {} : { body }),
      });
      const bodyless = [204, 205, 304].includes(response.status);
      return new Response(bodyless ? null : await response.arrayBuffer(), {
        status: response.status,
        headers: [...response.headers],
      });
    };
  return { instances: [instance('a'), instance('b')], close: () => mf.dispose() };
}

/** The Bun binary the `bun` npm package installed, or `null` when it is not here. */
export function bunBinary(): string | null {
  const candidates = [
    path.join(root, 'node_modules/bun/bin/bun.exe'),
    path.join(root, 'node_modules/@oven/bun-linux-x64/bin/bun'),
  ];
  return candidates.find((file) => existsSync(file)) ?? null;
}

/** Bun: bunServer.ts runs Bun.serve with two instances on two ports. */
export async function startBun(env: IdentityWorkerEnv): Promise<RuntimeTarget> {
  const bun = bunBinary();
  if (!bun) throw new Error('The bun npm package is not installed (npm ci).');
  const child: ChildProcess = spawn(bun, [path.join(import.meta.dirname, 'bunServer.ts')], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const origins = await new Promise<string[]>((resolve, reject) => {
    let out = '';
    child.once('exit', (code) => reject(new Error(`bun exited with ${code}: ${out}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = /listening (\S+) (\S+)/.exec(out);
      if (line) resolve([line[1]!, line[2]!]);
    });
  });
  return {
    instances: [overHttp(origins[0]!), overHttp(origins[1]!)],
    close: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
