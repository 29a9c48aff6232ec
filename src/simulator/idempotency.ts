/**
 * Idempotency as Stripe runs it: a POST with an `Idempotency-Key` saves its answer (a 5xx too)
 * once the endpoint started executing; the same key again replays it, with
 * `Idempotent-Replayed: true`; the same key with other parameters or on another endpoint is an
 * `idempotency_error`; a twin sent while the first still runs gets a 409. Answers that never ran
 * (a refused parameter, a rate limit) are not saved.
 */
import { type ApiAnswer, errorAnswer } from './stripeErrors.js';

interface Saved {
  endpoint: string;
  fingerprint: string;
  answer: ApiAnswer;
}

/** What running a request gave: its answer, and whether the endpoint started executing. */
export interface Execution {
  answer: ApiAnswer;
  ran: boolean;
}

/** A canonical text of parsed parameters: the same request in any field order gives the same. */
export function fingerprintOf(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(fingerprintOf).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${fingerprintOf(record[k])}`).join(',')}}`;
}

const idempotencyError = (status: number, message: string) =>
  errorAnswer(status, { type: 'idempotency_error', message });

export function createIdempotency() {
  const saved = new Map<string, Saved>();
  const running = new Set<string>();

  /** Claims `key` for a request now in flight; a 409 answer when a twin already holds it. */
  function claim(key: string): ApiAnswer | (() => void) {
    if (running.has(key)) {
      return idempotencyError(
        409,
        'There is currently another in-progress request using this Stripe-Idempotency-Key. Please try again later.',
      );
    }
    running.add(key);
    return () => running.delete(key);
  }

  /** The saved answer for `key` (or Stripe's refusal), else runs `execute` and saves what ran. */
  function run(key: string, endpoint: string, fingerprint: string, execute: () => Execution) {
    const first = saved.get(key);
    if (!first) {
      const execution = execute();
      if (execution.ran) saved.set(key, { endpoint, fingerprint, answer: execution.answer });
      return execution.answer;
    }
    if (first.endpoint !== endpoint) {
      return idempotencyError(
        400,
        `Keys for idempotent requests can only be used for the same endpoint they were first used for ('${first.endpoint}' vs '${endpoint}'). Try using a key other than '${key}' if you meant to execute a different request.`,
      );
    }
    if (first.fingerprint !== fingerprint) {
      return idempotencyError(
        400,
        `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
      );
    }
    return {
      ...first.answer,
      headers: { ...first.answer.headers, 'Idempotent-Replayed': 'true' },
    };
  }

  return { claim, run };
}
