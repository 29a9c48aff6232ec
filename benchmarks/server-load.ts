/**
 * A bounded load on 127.0.0.1: N users each fire M parallel creates at the real handlers (over
 * HTTP, through toNodeHandler), which call the real `stripe` SDK against the Identity simulator
 * (with a per-request latency, so creates overlap as they do against Stripe).
 * `instances` > 1 puts several handler instances (as separate processes would be) behind one
 * Stripe, so Stripe's own idempotency has to hold them together.
 *
 * Used by test/server/load.test.ts (correctness, in npm test) and by benchmarks/server-load.mjs
 * (writes benchmarks/server-load.json).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { createIdentityHandlers } from '../src/server/createIdentityHandlers.js';
import { toNodeHandler } from '../src/server/toNodeHandler.js';
import { startIdentitySimulator } from '../src/simulator/index.js';

export interface ServerLoadOptions {
  users?: number;
  requestsPerUser?: number;
  /** Handler instances (processes) behind one Stripe; requests alternate between them. */
  instances?: number;
  /** Latency of each simulated Stripe request, ms. */
  stripeLatencyMs?: number;
}

export interface ServerLoadResult {
  users: number;
  requestsPerUser: number;
  instances: number;
  stripeLatencyMs: number;
  requests: number;
  /** HTTP status → count, of the answers the browser-side callers got. */
  statuses: Record<string, number>;
  /** Sessions Stripe holds per user (the contract: exactly 1 each). */
  sessionsPerUser: { min: number; max: number };
  /** Distinct session ids a user's 200 answers carried (the contract: 1). */
  idsPerUser: { min: number; max: number };
  /** Requests Stripe received, per route, and how many it answered 409 (a key in flight). */
  stripeRequests: { list: number; create: number; retrieve: number; conflicts: number };
  /** Stripe requests per POST /verification-sessions (all routes over all requests). */
  stripeCallsPerRequest: number;
  /** Time from sending to the answer, per request, ms. */
  latencyMs: { p50: number; p95: number; max: number };
  wallMs: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

export async function runServerLoad({
  users = 20,
  requestsPerUser = 10,
  instances = 2,
  stripeLatencyMs = 25,
}: ServerLoadOptions = {}): Promise<ServerLoadResult> {
  const api = await startIdentitySimulator({ latencyMs: stripeLatencyMs });
  const servers: http.Server[] = [];
  try {
    const origins: string[] = [];
    for (let i = 0; i < instances; i += 1) {
      const stripe = new Stripe('sk_test_load', {
        ...api.stripeOptions,
        maxNetworkRetries: 0,
        telemetry: false,
      });
      const handlers = createIdentityHandlers({
        stripe,
        authenticate: (request) => request.headers.get('X-User'),
      });
      const server = http.createServer(toNodeHandler(handlers));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      servers.push(server);
      origins.push(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    }

    const jobs = Array.from({ length: users * requestsPerUser }, (_, i) => ({
      user: `load_user_${i % users}`,
      origin: origins[i % instances] as string,
    }));
    const started = performance.now();
    const answers = await Promise.all(
      jobs.map(async ({ user, origin }) => {
        const t0 = performance.now();
        const response = await fetch(`${origin}/api/identity/verification-sessions`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-User': user },
          body: '{}',
        });
        const body = (await response.json()) as { id?: string };
        return { user, status: response.status, id: body.id, ms: performance.now() - t0 };
      }),
    );
    const wallMs = performance.now() - started;

    const statuses: Record<string, number> = {};
    for (const a of answers) statuses[a.status] = (statuses[a.status] ?? 0) + 1;
    const userIds = [...new Set(jobs.map((j) => j.user))];
    const sessionCounts = userIds.map(
      (u) => [...api.sessions.values()].filter((s) => s.client_reference_id === u).length,
    );
    const idCounts = userIds.map(
      (u) => new Set(answers.filter((a) => a.user === u && a.status === 200).map((a) => a.id)).size,
    );
    const sorted = answers.map((a) => a.ms).sort((a, b) => a - b);
    const byRoute = (route: string) => api.requests.filter((r) => r.route === route).length;
    const round = (n: number) => Math.round(n * 10) / 10;
    return {
      users,
      requestsPerUser,
      instances,
      stripeLatencyMs,
      requests: answers.length,
      statuses,
      sessionsPerUser: { min: Math.min(...sessionCounts), max: Math.max(...sessionCounts) },
      idsPerUser: { min: Math.min(...idCounts), max: Math.max(...idCounts) },
      stripeRequests: {
        list: byRoute('list'),
        create: byRoute('create'),
        retrieve: byRoute('retrieve'),
        conflicts: api.requests.filter((r) => r.status === 409).length,
      },
      stripeCallsPerRequest: Math.round((api.requests.length / answers.length) * 100) / 100,
      latencyMs: {
        p50: round(percentile(sorted, 50)),
        p95: round(percentile(sorted, 95)),
        max: round(sorted.at(-1) ?? 0),
      },
      wallMs: round(wallMs),
    };
  } finally {
    for (const server of servers) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    await api.close();
  }
}
