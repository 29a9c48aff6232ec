import { randomBytes } from 'node:crypto';

/** Letters and digits only, like the tail of a Stripe id (`vs_1Nu…`). */
export function randomToken(length = 24): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  return Array.from(randomBytes(length), (byte) => alphabet[byte % alphabet.length]).join('');
}

/** A Stripe-shaped id: `vs_…`, `evt_…`, `req_…`. */
export const stripeId = (prefix: string, length = 24) => `${prefix}_${randomToken(length)}`;
