import { isObject } from '../core/isObject.js';

/**
 * How many keys one create walks at most. Each key past the first is used only after Stripe
 * replayed a saved 5xx for the one before it, so this bounds the creates one request sends and
 * how many Stripe 5xx within 24 hours (Stripe keeps a key's result at least that long) a user
 * gets past.
 */
export const MAX_KEY_STEPS = 8;

/** JSON with object keys sorted: the same parameters in any order give the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isObject(value)) {
    const keys = Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * What a create's key is derived from: this user, after their newest session, with exactly these
 * parameters. Double clicks and tabs (on any instance) derive the same; a new session follows a
 * canceled or verified one; changed parameters get keys of their own.
 */
export function keyBase(user: string, newestSessionId: string | null, params: unknown): string {
  return canonicalJson([user, newestSessionId, params]);
}

/** The idempotency key at `step` of the chain of `base`: the same on every instance. */
export async function idempotencyKeyAt(base: string, step: number): Promise<string> {
  return `rsi-vs-${await sha256Hex(`${base}\n${step}`)}`;
}
