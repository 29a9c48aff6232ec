// @vitest-environment node
// A host may create sessions of its own with the user's client_reference_id (the README expects
// it): however many, they never hide the user's older sessions from the handlers, which read
// every page of Stripe's list. Also: how many Stripe calls a create costs.
import { describe, expect, it } from 'vitest';
import type { StrictSetup } from './strictStripe.js';
import { createRequest, expectRefusal, strictPerTest } from './strictStripe.js';

const startStrict = strictPerTest();
let setup: StrictSetup | undefined;

async function sessionId(response: Response): Promise<string> {
  expect(response.status).toBe(200);
  return ((await response.json()) as { id: string }).id;
}

/** The user's own session made by the handlers, then `count` newer ones made by the host. */
async function ownSessionBehind(count: number, status: 'verified' | 'processing' | 'canceled') {
  setup = await startStrict();
  const { api, handlers, stripe } = setup;
  const own = await sessionId(await handlers(createRequest()));
  api.sessions.get(own)!.status = status;
  for (let i = 0; i < count; i += 1) {
    // The host's own sessions for this user (no rsi_user_id mark), all newer than the user's.
    await stripe.identity.verificationSessions.create({
      type: 'document',
      client_reference_id: 'user_1',
    });
  }
  setup.resetCalls();
  return { ...setup, own };
}

describe('a user’s older session behind many newer sessions the host made', () => {
  it('should answer 409 already_verified for a verified session behind 12 newer ones (regression: only the first 10 were read)', async () => {
    const { handlers, api } = await ownSessionBehind(12, 'verified');
    await expectRefusal(await handlers(createRequest()), 409, 'already_verified');
    expect(api.sessions.size).toBe(13);
  });

  it('should answer 409 verification_processing for a processing session behind 12 newer ones', async () => {
    const { handlers } = await ownSessionBehind(12, 'processing');
    await expectRefusal(await handlers(createRequest()), 409, 'verification_processing');
  });

  it('should reuse an open session behind 12 newer ones, not hand out an older one (regression: the first key replayed the canceled session)', async () => {
    setup = await startStrict();
    const { api, handlers, stripe } = setup;
    const canceled = await sessionId(await handlers(createRequest()));
    api.sessions.get(canceled)!.status = 'canceled';
    const open = await sessionId(await handlers(createRequest()));
    for (let i = 0; i < 12; i += 1) {
      await stripe.identity.verificationSessions.create({
        type: 'document',
        client_reference_id: 'user_1',
      });
    }
    expect(await sessionId(await handlers(createRequest()))).toBe(open);
    expect(api.sessions.size).toBe(14);
  });

  it('should follow has_more with starting_after past 100 sessions: a verified one behind 150 newer', async () => {
    const { handlers, stripeCalls } = await ownSessionBehind(150, 'verified');
    await expectRefusal(await handlers(createRequest()), 409, 'already_verified');
    const lists = stripeCalls('list');
    expect(lists.map((r) => r.query)).toEqual([
      'client_reference_id=user_1&limit=100',
      expect.stringMatching(/^client_reference_id=user_1&limit=100&starting_after=vs_\w+$/),
    ]);
  }, 30_000);
});

describe('Stripe calls per create (measured against the Identity simulator)', () => {
  it('should cost 2 calls for a new session (list + create) and 2 to reuse one (list + retrieve)', async () => {
    setup = await startStrict();
    const { handlers, stripeCalls } = setup;
    await sessionId(await handlers(createRequest()));
    expect([stripeCalls('list').length, stripeCalls('create').length]).toEqual([1, 1]);
    expect(stripeCalls()).toHaveLength(2);
    await sessionId(await handlers(createRequest()));
    expect(stripeCalls()).toHaveLength(4);
    expect(stripeCalls('retrieve')).toHaveLength(1);
  });

  it('should cost one more list call per 100 sessions of the user', async () => {
    const { handlers, stripeCalls } = await ownSessionBehind(150, 'canceled');
    await sessionId(await handlers(createRequest()));
    expect([stripeCalls('list').length, stripeCalls('create').length]).toEqual([2, 1]);
  }, 30_000);
});
