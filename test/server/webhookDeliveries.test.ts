// @vitest-environment node
// Stripe delivers webhooks late, more than once and out of order, and retries a delivery that
// did not get a 2xx. The handling the README shows: deduplicate by event.id, decide on the
// session as Stripe has it now (`retrieveEventSession: true`), not on the event's copy.
import { describe, expect, it } from 'vitest';
import type { IdentityHandlersOptions } from '../../src/server/index.js';
import {
  BASE,
  createRequest,
  expectRefusal,
  type StrictSetup,
  signWebhook,
  strictPerTest,
} from './strictStripe.js';

const startStrict = strictPerTest();
let setup: StrictSetup | undefined;

/** The event Stripe sends for a transition, carrying the session as it was then. */
function event(id: string, type: string, session: object) {
  return JSON.stringify({
    id,
    object: 'event',
    type: `identity.verification_session.${type}`,
    data: { object: session },
  });
}

async function deliver(body: string) {
  const request = new Request(`${BASE}/webhook`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Stripe-Signature': await signWebhook(body) },
    body,
  });
  return setup!.handlers(request);
}

/**
 * The host's side, as the README shows it: a store of handled event ids (a unique column in a
 * real database) and of each user's verification status.
 */
function hostStore() {
  const handled = new Set<string>();
  const userStatus = new Map<string, string>();
  let processed = 0;
  const onEvent: NonNullable<IdentityHandlersOptions['onEvent']> = async (evt, { session }) => {
    if (handled.has(evt.id)) return; // a duplicate delivery: done already
    if (!session) throw new Error('retrieveEventSession is off');
    processed += 1;
    if (session.client_reference_id) userStatus.set(session.client_reference_id, session.status);
    handled.add(evt.id);
  };
  return { onEvent, handled, userStatus, processed: () => processed };
}

/** A session of user_1 that went requires_input → processing → verified at Stripe. */
async function verifiedSession(options: Partial<IdentityHandlersOptions>) {
  setup = await startStrict({ retrieveEventSession: true, ...options });
  const { api, handlers } = setup;
  const { id } = (await (await handlers(createRequest())).json()) as { id: string };
  const asCreated = { ...api.sessions.get(id)! };
  await api.submit(id);
  const asProcessing = { ...api.sessions.get(id)! };
  await api.verify(id);
  return { id, asCreated, asProcessing, asVerified: { ...api.sessions.get(id)! } };
}

describe('webhook deliveries as Stripe makes them', () => {
  it('should hand onEvent the session as Stripe has it now, whatever copy and order the deliveries carry', async () => {
    const host = hostStore();
    const { asCreated, asProcessing, asVerified } = await verifiedSession({
      onEvent: host.onEvent,
    });
    // Out of order: verified first, then the older events; one of them twice.
    for (const body of [
      event('evt_3', 'verified', asVerified),
      event('evt_2', 'processing', asProcessing),
      event('evt_1', 'created', asCreated),
      event('evt_2', 'processing', asProcessing),
    ]) {
      expect((await deliver(body)).status).toBe(200);
    }
    // The last delivery carried the oldest copy (requires_input): the user stays verified.
    expect(host.userStatus.get('user_1')).toBe('verified');
    expect(host.processed()).toBe(3);
    expect([...host.handled].sort()).toEqual(['evt_1', 'evt_2', 'evt_3']);
  });

  it('should let a retried delivery through after a failure: 500 first (Stripe retries), then 200 once', async () => {
    const host = hostStore();
    const { asVerified } = await verifiedSession({ onEvent: host.onEvent });
    setup!.api.fault({ type: 'server_error', route: 'retrieve' });
    const body = event('evt_9', 'verified', asVerified);
    await expectRefusal(await deliver(body), 500, 'internal_error');
    expect(setup!.onError).toHaveBeenCalledTimes(1);
    expect(host.handled.size).toBe(0);
    expect((await deliver(body)).status).toBe(200); // Stripe's retry
    expect((await deliver(body)).status).toBe(200); // and a duplicate of it
    expect(host.processed()).toBe(1);
    expect(host.userStatus.get('user_1')).toBe('verified');
  });

  it('should not call Stripe per delivery unless retrieveEventSession is on', async () => {
    const seen: unknown[] = [];
    const { asProcessing } = await verifiedSession({
      retrieveEventSession: false,
      onEvent: (_, { session }) => {
        seen.push(session);
      },
    });
    setup!.resetCalls();
    expect((await deliver(event('evt_5', 'processing', asProcessing))).status).toBe(200);
    expect(seen).toEqual([undefined]);
    expect(setup!.stripeCalls()).toHaveLength(0);
  });
});
