// @vitest-environment node
// Serverless hosts run N instances that share nothing and restart at will: every answer must be
// the same with one instance or many. Each "instance" here is its own createIdentityHandlers()
// with its own stripe SDK client, in front of one simulated Stripe that saves and replays answers per
// Idempotency-Key as Stripe does (a 5xx included, marked `Idempotent-Replayed: true`).
import { describe, expect, it } from 'vitest';
import type { IdentityHandlersOptions } from '../../src/server/index.js';
import {
  coldInstance,
  createRequest,
  expectRefusal,
  type StrictSetup,
  strictPerTest,
} from './strictStripe.js';

const startStrict = strictPerTest();
let setup: StrictSetup | undefined;

async function start(...args: Parameters<typeof startStrict>) {
  setup = await startStrict(...args);
  return setup;
}

/** A fresh instance: its own handlers and its own SDK client, nothing shared but Stripe. */
const instance = (options: Partial<IdentityHandlersOptions> = {}) =>
  coldInstance(setup!.api, options);

async function sessionId(response: Response): Promise<string> {
  expect(response.status).toBe(200);
  return ((await response.json()) as { id: string }).id;
}

describe('two handler instances sharing nothing, one Stripe', () => {
  it('should create a session on instance B right after a Stripe 500 on instance A (regression: B replayed A’s 500 for 24 h)', async () => {
    const { api, stripeCalls } = await start();
    const [a, b] = [instance(), instance()];
    api.fault({ type: 'server_error', route: 'create' });
    await expectRefusal(await a(createRequest()), 502, 'stripe_error');

    const id = await sessionId(await b(createRequest()));
    expect([...api.sessions.keys()]).toEqual([id]);
    // B sent A's key first (Stripe replayed the 500), then the next key of the chain.
    const creates = stripeCalls('create');
    expect(creates.map((r) => r.status)).toEqual([500, 500, 200]);
    expect(creates[1]?.headers['idempotency-key']).toBe(creates[0]?.headers['idempotency-key']);
    // And A, asked again, now reuses that session.
    expect(await sessionId(await a(createRequest()))).toBe(id);
    expect(api.sessions.size).toBe(1);
  });

  it('should get past Stripe 500s met by several instances in turn, on a third, cold one', async () => {
    const { api } = await start();
    api.fault({ type: 'server_error', route: 'create' });
    await expectRefusal(await instance()(createRequest()), 502, 'stripe_error');
    // The second instance walks past the first key (replayed: the simulator spends a fault on a
    // replay too) and meets a fresh 500 on the next one.
    api.fault({ type: 'server_error', route: 'create', times: 2 });
    await expectRefusal(await instance()(createRequest()), 502, 'stripe_error');
    const id = await sessionId(await instance()(createRequest()));
    expect([...api.sessions.keys()]).toEqual([id]);
    // The third walked two replayed keys, then created under the third key of the chain.
    expect(setup?.stripeCalls('create').map((r) => r.status)).toEqual([
      500, 500, 500, 500, 500, 200,
    ]);
  });

  it('should give a double click sent to two cold instances one session', async () => {
    const { api } = await start({}, { latencyMs: 60 });
    const ids = await Promise.all(
      [instance(), instance()].map(async (handlers) => sessionId(await handlers(createRequest()))),
    );
    expect(new Set(ids).size).toBe(1);
    expect(api.sessions.size).toBe(1);
  });

  it('should give two tabs after a Stripe 500 one session, each on its own fresh instance', async () => {
    const { api } = await start({}, { latencyMs: 40 });
    api.fault({ type: 'server_error', route: 'create' });
    await expectRefusal(await instance()(createRequest()), 502, 'stripe_error');
    const ids = await Promise.all(
      [instance(), instance()].map(async (handlers) => sessionId(await handlers(createRequest()))),
    );
    expect(new Set(ids).size).toBe(1);
    expect(api.sessions.size).toBe(1);
  });

  it('should give changed parameters a key of their own on any instance', async () => {
    const sessionParams: IdentityHandlersOptions['sessionParams'] = ({ input }) => ({
      type: 'document',
      return_url: `https://app.example.com/${String(input.page)}`,
    });
    const { api, stripeCalls } = await start();
    api.fault({ type: 'server_error', route: 'create' });
    await expectRefusal(
      await instance({ sessionParams })(createRequest({ page: 'a' })),
      502,
      'stripe_error',
    );
    await sessionId(await instance({ sessionParams })(createRequest({ page: 'b' })));
    const keys = stripeCalls('create').map((r) => r.headers['idempotency-key']);
    expect(keys).toHaveLength(2);
    expect(keys[1]).not.toBe(keys[0]);
  });

  it('should answer a restarted instance exactly like the one that made the session', async () => {
    const { api } = await start();
    const id = await sessionId(await instance()(createRequest()));
    expect(await sessionId(await instance()(createRequest()))).toBe(id);
    api.sessions.get(id)!.status = 'processing';
    await expectRefusal(await instance()(createRequest()), 409, 'verification_processing');
  });
});

describe('a create whose key another request holds', () => {
  it('should wait and ask again when Stripe answers invalid_request_error / idempotency_key_in_use, not answer 502', async () => {
    const { api, handlers, stripeCalls, onError } = await start();
    api.fault({
      type: 'error',
      status: 409,
      route: 'create',
      error: {
        type: 'invalid_request_error',
        code: 'idempotency_key_in_use',
        message:
          'There is currently another in-progress request using this Stripe-Idempotency-Key.',
      },
    });
    const id = await sessionId(await handlers(createRequest()));
    expect([...api.sessions.keys()]).toEqual([id]);
    const creates = stripeCalls('create');
    expect(creates.map((r) => r.status)).toEqual([409, 200]);
    expect(creates[1]?.headers['idempotency-key']).toBe(creates[0]?.headers['idempotency-key']);
    expect(onError).not.toHaveBeenCalled();
  });

  it('should look again and reuse the open session when the key stays in use', async () => {
    const { api, handlers, stripe, stripeCalls } = await start();
    // Another request of this user made the session while this one's key stayed busy.
    const other = await stripe.identity.verificationSessions.create({
      type: 'document',
      client_reference_id: 'user_1',
      metadata: { rsi_user_id: 'user_1' },
    });
    const busy = {
      type: 'error' as const,
      status: 409,
      route: 'create' as const,
      times: 4,
      error: {
        type: 'idempotency_error',
        message:
          'There is currently another in-progress request using this Stripe-Idempotency-Key.',
      },
    };
    // The list that decides sees nothing yet; the one after the busy key sees the session.
    api.sessions.get(other.id)!.client_reference_id = 'hidden';
    api.fault(busy);
    const answer = handlers(createRequest());
    await new Promise((resolve) => setTimeout(resolve, 50));
    api.sessions.get(other.id)!.client_reference_id = 'user_1';
    expect(await sessionId(await answer)).toBe(other.id);
    // The first create is the other request's; this one met a busy key four times, then looked.
    expect(stripeCalls('create').map((r) => r.status)).toEqual([200, 409, 409, 409, 409]);
    expect(api.sessions.size).toBe(1);
  });
});
