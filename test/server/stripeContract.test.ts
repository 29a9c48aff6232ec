// @vitest-environment node
// The handlers held to Stripe's real contract: the real `stripe` SDK sends real HTTP requests to
// the Identity simulator (parameters checked against Stripe's spec, idempotency enforced, faults
// scripted), and the requests it recorded are checked field by field.
import Stripe from 'stripe';
import { afterEach, describe, expect, it } from 'vitest';
import { createIdentityHandlers, type IdentityHandlersOptions } from '../../src/server/index.js';
import { PARAMETER_SCHEMAS } from '../../src/simulator/parameterSchemas.js';
import {
  bearerAuth,
  createRequest,
  expectRefusal,
  readRequest,
  type StrictSetup,
  startStrict,
} from './strictStripe.js';

let setup: StrictSetup | undefined;
afterEach(async () => {
  await setup?.close();
  setup = undefined;
});

async function start(...args: Parameters<typeof startStrict>) {
  setup = await startStrict(...args);
  return setup;
}

async function created(response: Response): Promise<{ id: string; client_secret?: string }> {
  expect(response.status).toBe(200);
  return response.json();
}

/** Form fields of a recorded body, as `[name, value]` pairs. */
const fields = (body: string) => [...new URLSearchParams(body)];

describe('the requests the stripe SDK really sends', () => {
  it('should list, then create with a form-encoded body of known parameters, an Idempotency-Key and the SDK’s Stripe-Version', async () => {
    const { handlers, stripeCalls } = await start({
      sessionParams: {
        type: 'document',
        options: { document: { require_matching_selfie: true, allowed_types: ['passport'] } },
        return_url: 'https://app.example.com/done',
      },
    });
    await created(await handlers(createRequest({ plan: 'pro' })));

    const [list] = stripeCalls('list');
    expect(list?.query).toBe('client_reference_id=user_1&limit=100');
    expect(list?.headers['stripe-version']).toBe(Stripe.API_VERSION);

    const [create] = stripeCalls('create');
    expect(create?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(create?.headers['idempotency-key']).toMatch(/^rsi-vs-[0-9a-f]{64}$/);
    expect(create?.headers['stripe-version']).toBe(Stripe.API_VERSION);
    expect(Object.fromEntries(fields(create?.body ?? ''))).toEqual({
      type: 'document',
      'options[document][require_matching_selfie]': 'true',
      'options[document][allowed_types][0]': 'passport',
      return_url: 'https://app.example.com/done',
      client_reference_id: 'user_1',
      'metadata[rsi_user_id]': 'user_1',
    });
    // Every field the handlers sent is one Stripe's spec has.
    for (const [name] of fields(create?.body ?? '')) {
      expect(Object.keys(PARAMETER_SCHEMAS.create.properties ?? {})).toContain(name.split('[')[0]);
    }
    expect(stripeCalls().every((r) => r.status === 200)).toBe(true);
  });

  it('should retrieve a reused session with no parameters, and with expand[0]=verified_outputs only on opt-in', async () => {
    const { handlers, stripeCalls, api } = await start({ exposeVerifiedOutputs: true });
    const { id } = await created(await handlers(createRequest()));
    await created(await handlers(createRequest())); // reuse: list, then retrieve for a fresh secret
    const reuse = stripeCalls('retrieve')[0];
    expect(reuse?.path).toBe(`/v1/identity/verification_sessions/${id}`);
    expect(reuse?.query).toBe('');

    await api.verify(id);
    const read = await handlers(readRequest(id));
    expect(read.status).toBe(200);
    expect((await read.json()).verified_outputs).toMatchObject({ first_name: 'Jenny' });
    expect(decodeURIComponent(stripeCalls('retrieve')[1]?.query ?? '')).toBe(
      'expand[0]=verified_outputs',
    );
  });
});

describe('what the handlers answer when Stripe refuses or fails', () => {
  it('should answer 502 stripe_error and report, creating nothing, when Stripe refuses an unknown parameter from sessionParams', async () => {
    const { handlers, onError, api, stripeCalls } = await start({
      sessionParams: { type: 'document', selfie: true } as IdentityHandlersOptions['sessionParams'],
    });
    await expectRefusal(await handlers(createRequest()), 502, 'stripe_error');
    expect(onError).toHaveBeenCalledTimes(1);
    const [error, context] = onError.mock.calls[0] as [Stripe.errors.StripeError, unknown];
    expect(error.param).toBe('selfie');
    expect(context).toMatchObject({ handler: 'createSession' });
    expect(stripeCalls('create')).toHaveLength(1); // not retried
    expect(api.sessions.size).toBe(0);
  });

  it('should answer 503 rate_limited with Retry-After and report on a Stripe 429, without retrying', async () => {
    const { handlers, onError, api, stripeCalls } = await start();
    api.fault({ type: 'rate_limit', route: 'create' });
    const response = await handlers(createRequest());
    expect(response.headers.get('Retry-After')).toBe('2');
    await expectRefusal(response, 503, 'rate_limited');
    expect(onError).toHaveBeenCalledTimes(1);
    expect(stripeCalls('create')).toHaveLength(1);
    expect(api.sessions.size).toBe(0);
    // The next click goes through, and makes one session.
    await created(await handlers(createRequest()));
    expect(api.sessions.size).toBe(1);
  });

  it.each([500, 502, 503])(
    'should answer 502 stripe_error and report on a Stripe %i, without retrying',
    async (status) => {
      const { handlers, onError, api, stripeCalls } = await start();
      api.fault({ type: 'server_error', status, route: 'create' });
      await expectRefusal(await handlers(createRequest()), 502, 'stripe_error');
      expect(onError).toHaveBeenCalledTimes(1);
      expect(stripeCalls('create')).toHaveLength(1);
      expect(api.sessions.size).toBe(0);
    },
  );

  it('should answer 502 and report when the list fails, before any create', async () => {
    const { handlers, onError, api, stripeCalls } = await start();
    api.fault({ type: 'server_error', route: 'list' });
    await expectRefusal(await handlers(createRequest()), 502, 'stripe_error');
    expect(onError).toHaveBeenCalledTimes(1);
    expect(stripeCalls('create')).toHaveLength(0);
  });

  it('should answer 404 not_found, without reporting, when Stripe answers resource_missing', async () => {
    const { handlers, onError } = await start();
    const message = await expectRefusal(
      await handlers(readRequest('vs_doesnotexist')),
      404,
      'not_found',
    );
    expect(message).toBe('No such verification session.');
    expect(onError).not.toHaveBeenCalled();
  });

  it('should answer 502 and report when a read hits a Stripe 5xx', async () => {
    const { handlers, onError, api } = await start();
    const { id } = await created(await handlers(createRequest()));
    api.fault({ type: 'server_error', route: 'retrieve' });
    await expectRefusal(await handlers(readRequest(id)), 502, 'stripe_error');
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('should report an idempotency_error for a key used with other parameters and step to the next key of the chain, not answer 502', async () => {
    const { handlers, onError, api, stripeCalls } = await start();
    api.fault({
      type: 'error',
      status: 400,
      route: 'create',
      error: {
        type: 'idempotency_error',
        message: 'Keys for idempotent requests can only be used with the same parameters',
      },
    });
    const { id } = await created(await handlers(createRequest()));
    expect(onError).toHaveBeenCalledTimes(1);
    const creates = stripeCalls('create');
    expect(creates.map((r) => r.status)).toEqual([400, 200]);
    expect(creates[1]?.headers['idempotency-key']).not.toBe(creates[0]?.headers['idempotency-key']);
    expect([...api.sessions.keys()]).toEqual([id]);
  });

  it('should reuse the session another server instance is creating when Stripe answers 409 idempotency_error, never creating twice', async () => {
    // Two instances of the host's backend (two processes) behind one Stripe that takes 100 ms.
    const first = await start({}, { latencyMs: 100 });
    const second = createIdentityHandlers({
      stripe: first.stripe,
      authenticate: bearerAuth,
      onError: first.onError,
    });
    const [a, b] = await Promise.all([first.handlers(createRequest()), second(createRequest())]);
    const [ida, idb] = [(await created(a)).id, (await created(b)).id];
    expect(ida).toBe(idb);
    expect(first.api.sessions.size).toBe(1);
    // One create ran; the other was refused by Stripe while it was in flight (409), asked again
    // with the same key after a short wait, and got the first one's answer replayed.
    const creates = first.stripeCalls('create');
    expect(creates.map((r) => r.status).sort()).toEqual([200, 200, 409]);
    expect(new Set(creates.map((r) => r.headers['idempotency-key'])).size).toBe(1);
    expect(first.onError).not.toHaveBeenCalled();
  });
});

describe('the idempotency key (user + newest session + exact parameters)', () => {
  it('should give a double click one session: parallel creates share one Stripe create', async () => {
    const { handlers, api, stripeCalls } = await start({}, { latencyMs: 50 });
    const answers = await Promise.all([handlers(createRequest()), handlers(createRequest())]);
    const ids = await Promise.all(answers.map(async (r) => (await created(r)).id));
    expect(new Set(ids).size).toBe(1);
    expect(api.sessions.size).toBe(1);
    expect(stripeCalls('create')).toHaveLength(1);
  });

  it('should give two tabs one session: the second tab reuses the first one’s open session', async () => {
    const { handlers, api } = await start();
    const tab1 = await created(await handlers(createRequest({ from: 'tab' })));
    const tab2 = await created(await handlers(createRequest({ from: 'tab' })));
    expect(tab2.id).toBe(tab1.id);
    expect(tab2.client_secret).toBe(tab1.client_secret); // the open attempt's secret, from retrieve
    expect(api.sessions.size).toBe(1);
  });

  it('should create a new session after the last one was canceled, under another key', async () => {
    const { handlers, stripe, stripeCalls } = await start();
    const { id } = await created(await handlers(createRequest()));
    await stripe.identity.verificationSessions.cancel(id);
    const next = await created(await handlers(createRequest()));
    expect(next.id).not.toBe(id);
    const [k1, k2] = stripeCalls('create').map((r) => r.headers['idempotency-key']);
    expect(k2).not.toBe(k1);
  });

  it('should answer 409 already_verified after a verified session, or create a new one with allowReverification', async () => {
    for (const allowReverification of [false, true]) {
      const { handlers, api } = await start({ allowReverification });
      const { id } = await created(await handlers(createRequest()));
      await api.verify(id);
      const response = await handlers(createRequest());
      if (allowReverification) {
        expect((await created(response)).id).not.toBe(id);
        expect(api.sessions.size).toBe(2);
      } else {
        await expectRefusal(response, 409, 'already_verified');
      }
      await setup?.close();
    }
    setup = undefined;
  });

  it('should not wedge the user behind idempotency_error when sessionParams or input change (regression: the key ignored the parameters)', async () => {
    // Stripe saved a 5xx for the first key, as it does (the same key replays it for 24 h); the
    // user's next request, with another input, lands on another server instance.
    const sessionParams: IdentityHandlersOptions['sessionParams'] = ({ input }) => ({
      type: 'document',
      return_url: `https://app.example.com/${String(input.page)}`,
    });
    const { handlers, api, onError, stripe } = await start({ sessionParams });
    api.fault({ type: 'server_error', route: 'create' });
    await expectRefusal(await handlers(createRequest({ page: 'a' })), 502, 'stripe_error');
    const otherInstance = createIdentityHandlers({
      stripe,
      authenticate: bearerAuth,
      sessionParams,
    });
    const changed = await otherInstance(createRequest({ page: 'b' }));
    expect((await created(changed)).id).toMatch(/^vs_/);
    expect(api.requests.some((r) => r.status === 400)).toBe(false);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(api.sessions.size).toBe(1);
  });

  it('should not wedge the user behind a replayed Stripe 5xx when they simply click again (regression: same key replayed the 500)', async () => {
    const { handlers, api, stripeCalls } = await start();
    api.fault({ type: 'server_error', route: 'create' });
    await expectRefusal(await handlers(createRequest()), 502, 'stripe_error');
    const again = await created(await handlers(createRequest()));
    expect(again.id).toMatch(/^vs_/);
    // The click again sends the first key (Stripe replays its saved 500), then the next one.
    const creates = stripeCalls('create');
    expect(creates.map((r) => r.status)).toEqual([500, 500, 200]);
    const [k1, k1again, k2] = creates.map((r) => r.headers['idempotency-key']);
    expect(k1again).toBe(k1);
    expect(k2).not.toBe(k1);
    expect(api.sessions.size).toBe(1);
  });
});
