import type { HandlerContext } from './handlerContext.js';
import { idempotencyKeyAt, MAX_KEY_STEPS } from './idempotencyKey.js';
import { isKeyInUse, isKeyMismatch, isReplayedFailure } from './stripeErrors.js';
import type { SdkCreateParams, SdkSession } from './types.js';

/** Waits before asking again for a key another request holds (Stripe's 409 "in use"). */
const IN_USE_WAITS_MS = [100, 250, 500];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One create with `key`, shared by the requests of this process that send the same key. */
function createOnce(
  context: HandlerContext,
  params: SdkCreateParams,
  key: string,
): Promise<SdkSession> {
  let pending = context.creating.get(key);
  if (!pending) {
    pending = context.sessions.create(params, { idempotencyKey: key });
    context.creating.set(key, pending);
    const forget = () => context.creating.delete(key);
    pending.then(forget, forget);
  }
  return pending;
}

/**
 * The create with `key`, asked again (bounded) while another request holds the key: once that
 * request ends, Stripe replays its answer (the session it made) for the key.
 */
async function createWaitingForKey(
  context: HandlerContext,
  params: SdkCreateParams,
  key: string,
): Promise<SdkSession> {
  for (const wait of IN_USE_WAITS_MS) {
    try {
      return await createOnce(context, params, key);
    } catch (error) {
      if (!isKeyInUse(error)) throw error;
      await sleep(wait);
    }
  }
  return createOnce(context, params, key);
}

/**
 * Creates the session under the chain of keys of `base`, the same on every instance: key 0
 * first; when Stripe replays a 5xx it saved for a key (`Idempotent-Replayed: true`) or refuses
 * a key first used with other parameters, the next key. So a Stripe failure blocks no later
 * attempt on any instance, while every instance still sends the same key as the others at each
 * step (one session for parallel requests). A fresh 5xx is thrown: the next attempt steps past
 * it. Throws the last error after {@link MAX_KEY_STEPS} keys.
 */
export async function createIdempotently(
  context: HandlerContext,
  params: SdkCreateParams,
  base: string,
  request: Request,
): Promise<SdkSession> {
  let last: unknown;
  for (let step = 0; step < MAX_KEY_STEPS; step += 1) {
    const key = await idempotencyKeyAt(base, step);
    try {
      return await createWaitingForKey(context, params, key);
    } catch (error) {
      // A mismatch means a key was used with other parameters, which the key's derivation
      // should make impossible: report it, and step on rather than wedge the user.
      if (isKeyMismatch(error)) context.report(error, 'createSession', request);
      else if (!isReplayedFailure(error)) throw error;
      last = error;
    }
  }
  throw last;
}
