// The one suite every runtime answers (node.test.ts, express.test.ts, workerd.test.ts,
// bun.test.ts): the same requests to the same worker code, two instances that share nothing,
// one Identity simulator in Node on 127.0.0.1.
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type IdentitySimulator, startIdentitySimulator } from '../../../src/simulator/index.js';
import {
  API_KEY,
  BASE,
  createRequest,
  expectRefusal,
  readRequest,
  signWebhook,
  WEBHOOK_SECRET,
} from '../strictStripe.js';
import { EVENTS_PATH, type IdentityWorkerEnv, type SeenEvent } from './identityWorker.js';
import type { Instance, RuntimeTarget } from './targets.js';

const MAX_ATTEMPTS = 2;

async function sessionOf(
  response: Response,
): Promise<{ id: string; client_secret?: string; url?: string }> {
  expect(response.status).toBe(200);
  return response.json();
}

function delivery(body: string, signature: string): Request {
  return new Request(`${BASE}/webhook`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Stripe-Signature': signature },
    body,
  });
}

/** Defines the suite for one runtime; `start` serves two instances of identityWorker.ts. */
export function describeHandlerSuite(
  runtime: string,
  start: (env: IdentityWorkerEnv) => Promise<RuntimeTarget>,
) {
  describe(`the identity handlers in ${runtime}`, () => {
    let api: IdentitySimulator;
    let target: RuntimeTarget;
    let stripe: Stripe;
    let users = 0;
    const user = () => {
      users += 1;
      return `user${users}`;
    };
    const instance = (index: 0 | 1): Instance => target.instances[index];

    beforeAll(async () => {
      api = await startIdentitySimulator();
      stripe = new Stripe(API_KEY, {
        ...api.stripeOptions,
        maxNetworkRetries: 0,
        telemetry: false,
      });
      target = await start({
        STRIPE_PORT: String(api.port),
        STRIPE_SECRET_KEY: API_KEY,
        STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
        MAX_ATTEMPTS: String(MAX_ATTEMPTS),
      });
    }, 60_000);
    afterAll(async () => {
      await target?.close();
      await api?.close();
    });

    it('should create a session, reuse it on the other instance, and read it back without secrets or unknown fields', async () => {
      const me = user();
      const created = await sessionOf(await instance(0)(createRequest({}, { user: me })));
      expect(created.client_secret).toMatch(/^vs_\w+_secret_/);
      const reused = await sessionOf(await instance(1)(createRequest({}, { user: me })));
      expect(reused.id).toBe(created.id);
      Object.assign(api.sessions.get(created.id)!, { future_secret_field: 'vs_x_secret_y' });
      const read = await instance(1)(readRequest(created.id, me));
      expect(read.status).toBe(200);
      expect(read.headers.get('Cache-Control')).toBe('no-store');
      const text = await read.text();
      expect(text).not.toMatch(/_secret_|future_secret_field|verify\.stripe\.com/);
      expect(JSON.parse(text)).toMatchObject({
        id: created.id,
        status: 'requires_input',
        client_secret: null,
      });
    });

    it('should answer redirect mode with the hosted page url', async () => {
      const created = await sessionOf(
        await instance(0)(createRequest({}, { user: user(), mode: 'redirect' })),
      );
      expect(created).toEqual({
        id: expect.stringMatching(/^vs_/),
        url: expect.stringMatching(/^https:\/\/verify\.stripe\.com\//),
      });
    });

    it('should answer 401 signed out, and 404 for another user’s session or an id that is not one', async () => {
      const owner = user();
      const { id } = await sessionOf(await instance(0)(createRequest({}, { user: owner })));
      await expectRefusal(
        await instance(0)(createRequest({}, { user: null })),
        401,
        'unauthenticated',
      );
      await expectRefusal(await instance(1)(readRequest(id, user())), 404, 'not_found');
      await expectRefusal(await instance(1)(readRequest('..%2Fsecrets', owner)), 404, 'not_found');
    });

    it('should create the session on instance B right after a Stripe 500 on instance A', async () => {
      const me = user();
      api.fault({ type: 'server_error', route: 'create' });
      await expectRefusal(await instance(0)(createRequest({}, { user: me })), 502, 'stripe_error');
      const { id } = await sessionOf(await instance(1)(createRequest({}, { user: me })));
      expect(api.sessions.get(id)?.client_reference_id).toBe(me);
    });

    it('should see a verified session behind 12 newer sessions the host made: 409 already_verified', async () => {
      const me = user();
      const { id } = await sessionOf(await instance(0)(createRequest({}, { user: me })));
      api.sessions.get(id)!.status = 'verified';
      for (let i = 0; i < 12; i += 1) {
        await stripe.identity.verificationSessions.create({
          type: 'document',
          client_reference_id: me,
        });
      }
      await expectRefusal(
        await instance(1)(createRequest({}, { user: me })),
        409,
        'already_verified',
      );
    });

    it(`should answer 429 too_many_attempts after ${MAX_ATTEMPTS} sessions, counted on either instance`, async () => {
      const me = user();
      for (const index of [0, 1] as const) {
        const { id } = await sessionOf(await instance(index)(createRequest({}, { user: me })));
        api.sessions.get(id)!.status = 'canceled';
      }
      await expectRefusal(
        await instance(0)(createRequest({}, { user: me })),
        429,
        'too_many_attempts',
      );
    });

    it('should verify webhook signatures with Web Crypto and hand onEvent the session as Stripe has it, deliveries out of order', async () => {
      const { id } = await sessionOf(await instance(0)(createRequest({}, { user: user() })));
      await api.verify(id);
      const copy = { ...api.sessions.get(id)!, status: 'processing' };
      const event = (eventId: string, type: string) =>
        JSON.stringify({
          id: eventId,
          object: 'event',
          type: `identity.verification_session.${type}`,
          data: { object: copy },
        });
      for (const body of [event(`evt_${id}_v`, 'verified'), event(`evt_${id}_p`, 'processing')]) {
        expect((await instance(1)(delivery(body, await signWebhook(body)))).status).toBe(200);
      }
      const forged = event(`evt_${id}_f`, 'verified');
      const badSignature = await signWebhook(forged, { secret: 'whsec_other' });
      await expectRefusal(
        await instance(1)(delivery(forged, badSignature)),
        400,
        'invalid_signature',
      );
      const seen = (await (
        await instance(1)(new Request(`https://app.example.com${EVENTS_PATH}`))
      ).json()) as SeenEvent[];
      expect(seen.filter((e) => e.id.startsWith(`evt_${id}`))).toEqual([
        { id: `evt_${id}_v`, type: 'identity.verification_session.verified', status: 'verified' },
        { id: `evt_${id}_p`, type: 'identity.verification_session.processing', status: 'verified' },
      ]);
    });

    it('should answer OPTIONS with Allow and a wrong method with 405', async () => {
      const options = await instance(0)(
        new Request(`${BASE}/verification-sessions`, { method: 'OPTIONS' }),
      );
      expect([options.status, options.headers.get('Allow')]).toEqual([204, 'POST, OPTIONS']);
      const wrong = await instance(0)(
        new Request(`${BASE}/verification-sessions/vs_1`, { method: 'DELETE' }),
      );
      await expectRefusal(wrong, 405, 'method_not_allowed');
    });
  });
}
