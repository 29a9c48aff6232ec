// @vitest-environment node
// `maxAttempts`: sessions a user may create within a rolling window, counted from Stripe's own
// list, so a fresh instance counts exactly like the one that made them.
import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { createHttpBackend } from '../../src/core/createHttpBackend.js';
import { en as enMessages } from '../../src/core/en.js';
import { type IdentityError, isIdentityError } from '../../src/core/IdentityError.js';
import { createIdentityHandlers } from '../../src/server/index.js';
import {
  API_KEY,
  bearerAuth,
  coldInstance,
  createRequest,
  expectRefusal,
  type StrictSetup,
  serveHandlers,
  strictPerTest,
} from './strictStripe.js';

const startStrict = strictPerTest();
let setup: StrictSetup | undefined;

/** Creates a session for user_1 and cancels it (as the host would), `times` times. */
async function cancelAttempts(times: number) {
  if (!setup) throw new Error('start first');
  for (let i = 0; i < times; i += 1) {
    const response = await setup.handlers(createRequest());
    expect(response.status).toBe(200);
    const { id } = (await response.json()) as { id: string };
    setup.api.sessions.get(id)!.status = 'canceled';
  }
}

describe('maxAttempts', () => {
  it('should answer 429 too_many_attempts with Retry-After once the user made maxAttempts sessions in the window, on any instance', async () => {
    setup = await startStrict({ maxAttempts: 2 });
    await cancelAttempts(2);
    const message = await expectRefusal(
      await setup.handlers(createRequest()),
      429,
      'too_many_attempts',
    );
    expect(message).toMatch(/too many verifications/i);
    const refused = await coldInstance(setup.api, { maxAttempts: 2 })(createRequest());
    const retryAfter = Number(refused.headers.get('Retry-After'));
    await expectRefusal(refused, 429, 'too_many_attempts');
    expect(retryAfter).toBeGreaterThan(86_000);
    expect(retryAfter).toBeLessThanOrEqual(86_400);
    expect(setup.api.sessions.size).toBe(2);
    // Another user is not limited by user_1's attempts.
    expect((await setup.handlers(createRequest({}, { user: 'user_2' }))).status).toBe(200);
  });

  it('should still hand out the open session (not a new attempt) at the limit', async () => {
    setup = await startStrict({ maxAttempts: 1 });
    const first = (await (await setup.handlers(createRequest())).json()) as { id: string };
    const again = await setup.handlers(createRequest());
    expect(again.status).toBe(200);
    expect(((await again.json()) as { id: string }).id).toBe(first.id);
  });

  it('should count only the sessions created within attemptWindowMs', async () => {
    setup = await startStrict({ maxAttempts: 2, attemptWindowMs: 60 * 60 * 1000 });
    await cancelAttempts(2);
    for (const session of setup.api.sessions.values()) session.created -= 2 * 60 * 60; // 2 h ago
    expect((await setup.handlers(createRequest())).status).toBe(200);
  });

  it('should not limit anything by default', async () => {
    setup = await startStrict();
    await cancelAttempts(6);
    expect((await setup.handlers(createRequest())).status).toBe(200);
  });

  it('should throw a TypeError naming maxAttempts or attemptWindowMs when not a positive integer', () => {
    const stripe = new Stripe(API_KEY);
    for (const [option, value] of [
      ['maxAttempts', 0],
      ['maxAttempts', 1.5],
      ['attemptWindowMs', -1],
    ] as const) {
      expect(() =>
        createIdentityHandlers({ stripe, authenticate: bearerAuth, [option]: value }),
      ).toThrow(
        new RegExp(
          `createIdentityHandlers\\(\\{ ${option} \\}\\): \`${option}\` must be a positive integer`,
        ),
      );
    }
  });
});

describe('the browser client meeting the attempt limit over real HTTP', () => {
  it('should reject with status 429 and serverCode too_many_attempts, which names a text in the catalogue', async () => {
    setup = await startStrict({ maxAttempts: 1 });
    await cancelAttempts(1);
    const server = await serveHandlers(setup.handlers);
    try {
      const backend = createHttpBackend({
        baseUrl: `${server.origin}/api/identity`,
        headers: { Authorization: 'Bearer user_1' },
      });
      const error = await backend.createSession({}).then(
        () => null,
        (reason: unknown) => reason,
      );
      expect(isIdentityError(error)).toBe(true);
      expect(error).toMatchObject({
        code: 'backend_http_error',
        status: 429,
        serverCode: 'too_many_attempts',
      });
      const { serverCode } = error as IdentityError;
      expect(enMessages.serverError[serverCode as 'too_many_attempts'].message).toMatch(/limit/);
    } finally {
      await server.close();
    }
  });
});
