import type { HandlerContext } from './handlerContext.js';
import { errorResponse } from './responses.js';
import type { SdkSession } from './types.js';

/**
 * The 429 `too_many_attempts` answer when the user already created `maxAttempts` sessions within
 * the window, else `null`. Counted from the user's sessions as Stripe lists them (their
 * `created`), so every instance, fresh or not, counts the same; `Retry-After` says when the
 * oldest of them leaves the window.
 */
export function attemptLimitAnswer(
  context: HandlerContext,
  mine: SdkSession[],
  nowMs: number = Date.now(),
): Response | null {
  const limit = context.attemptLimit;
  if (!limit) return null;
  const since = (nowMs - limit.windowMs) / 1000;
  const recent = mine.filter((s) => s.created > since);
  if (recent.length < limit.max) return null;
  // `mine` is newest first: the oldest attempt that counts is the one that frees a place first.
  const oldestCounted = recent[limit.max - 1] ?? recent[recent.length - 1];
  const freeAt = ((oldestCounted?.created ?? 0) * 1000 + limit.windowMs - nowMs) / 1000;
  return errorResponse(
    429,
    'too_many_attempts',
    'You have started too many verifications; try again later.',
    { 'Retry-After': String(Math.max(1, Math.ceil(freeAt))) },
  );
}
