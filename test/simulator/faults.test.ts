import { afterEach, describe, expect, it } from 'vitest';
import { closeSimulator, rejection, SIMULATOR_API_KEY, startSimulator } from './harness.js';
import { assertValid } from './specValidator.js';

afterEach(closeSimulator);

describe('faults on request', () => {
  it('should answer 429 with Retry-After for the next N requests of a route, then recover', async () => {
    const { sim, sessions } = await startSimulator();
    sim.fault({ type: 'rate_limit', route: 'list', times: 2, retryAfter: 3 });
    for (let i = 0; i < 2; i += 1) {
      const error = await rejection(sessions.list());
      expect(error.type).toBe('StripeRateLimitError');
      expect(error.statusCode).toBe(429);
      expect(error.headers?.['retry-after']).toBe('3');
      expect(error.code).toBe('rate_limit');
    }
    expect((await sessions.list()).data).toEqual([]);
    expect((await sessions.create({ type: 'document' })).status).toBe('requires_input');
  });

  it('should answer a 500 api_error, creating nothing', async () => {
    const { sim, sessions } = await startSimulator();
    sim.fault({ type: 'server_error' });
    const error = await rejection(sessions.create({ type: 'document' }));
    expect(error.type).toBe('StripeAPIError');
    expect(error.statusCode).toBe(500);
    expect(sim.sessions.size).toBe(0);
  });

  it('should drop the connection without an answer; the SDK retries a closed connection once, then gives up', async () => {
    const { sim, sessions } = await startSimulator();
    sim.fault({ type: 'disconnect', route: 'create', times: 2 });
    expect((await rejection(sessions.create({ type: 'document' }))).type).toBe(
      'StripeConnectionError',
    );
    expect(sim.sessions.size).toBe(0);
    expect(sim.requests.map((r) => r.status)).toEqual([0, 0]);
  });

  it('should drop the answer of a request that ran: the SDK’s retry under its idempotency key gets the saved session, one session in all', async () => {
    const { sim, sessions } = await startSimulator();
    sim.fault({ type: 'disconnect', route: 'create', afterProcessing: true });
    const created = await sessions.create({ type: 'document' });
    expect(sim.sessions.size).toBe(1);
    expect(created.id).toBe([...sim.sessions.keys()][0]);
    expect(created.lastResponse.headers['idempotent-replayed']).toBe('true');
    expect(sim.requests.map((r) => r.status)).toEqual([0, 200]);
  });

  it('should add latency to the next request only', async () => {
    const { sim, sessions } = await startSimulator();
    sim.fault({ type: 'latency', ms: 250 });
    const started = performance.now();
    await sessions.list();
    const slow = performance.now() - started;
    expect(slow).toBeGreaterThanOrEqual(240);
  });

  it('should take faults on its control route, refuse malformed ones, clear them, and list the requests without the API key', async () => {
    const { sim, sessions } = await startSimulator();
    const post = (body: string) => fetch(`${sim.url}/__simulator/faults`, { method: 'POST', body });
    expect((await post('nope')).status).toBe(400);
    expect((await post('{"type": "meteor"}')).status).toBe(400);
    expect(
      (
        await post(
          JSON.stringify({ faults: [{ type: 'error', status: 502, error: { code: 'x' } }] }),
        )
      ).status,
    ).toBe(204);
    const error = await rejection(sessions.list());
    expect(error.statusCode).toBe(502);
    expect(error.code).toBe('x');
    expect((await post(JSON.stringify({ type: 'server_error', times: null }))).status).toBe(204);
    expect((await rejection(sessions.list())).statusCode).toBe(500);
    expect((await rejection(sessions.list())).statusCode).toBe(500);
    expect((await fetch(`${sim.url}/__simulator/faults`, { method: 'DELETE' })).status).toBe(204);
    await sessions.list();
    const listed = await (await fetch(`${sim.url}/__simulator/requests`)).json();
    expect(listed.data.map((r: { status: number }) => r.status)).toEqual([502, 500, 500, 200]);
    expect(JSON.stringify(listed)).not.toContain(SIMULATOR_API_KEY);
    for (const r of listed.data.slice(0, 3)) expect(r.route).toBe('list');
  });

  it('should answer every fault with an error body Stripe’s spec allows', async () => {
    const { sim } = await startSimulator();
    sim.fault([{ type: 'rate_limit' }, { type: 'server_error', status: 503 }]);
    for (const expected of [429, 503]) {
      const response = await fetch(`${sim.url}/v1/identity/verification_sessions`, {
        headers: { Authorization: 'Bearer sk_test_x' },
      });
      expect(response.status).toBe(expected);
      assertValid('error', await response.json());
    }
  });
});
