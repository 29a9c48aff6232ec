import type { Stripe } from '@stripe/stripe-js';

/** What `<IdentityProvider stripe>` accepts: an instance, a promise of one, or `null` (SSR / not yet). */
export type StripeProp = Stripe | PromiseLike<Stripe | null> | null;

/** The `stripe` prop, parsed once at the boundary (as react-stripe-js's `parseStripeProp`). */
export type ParsedStripeProp =
  | { tag: 'empty' }
  | { tag: 'sync'; stripe: Stripe }
  | { tag: 'async'; promise: PromiseLike<Stripe | null> };

/** Anything with a `verifyIdentity` function counts as a Stripe instance. */
export function isStripeLike(value: unknown): value is Stripe {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { verifyIdentity?: unknown }).verifyIdentity === 'function'
  );
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return (
    (typeof value === 'object' || typeof value === 'function') &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}

/** What the wrong value is, in the words of the error. */
function describeWrongStripe(raw: unknown): string {
  if (Array.isArray(raw)) return 'an array';
  if (typeof raw === 'string') return 'a string';
  if (typeof raw === 'object') return 'an object without a `verifyIdentity` method';
  return typeof raw;
}

/**
 * Parses the `stripe` prop. `null`/`undefined` → empty, an object with `verifyIdentity` → an
 * instance, a thenable → a promise; anything else throws an error naming the prop and the fix.
 */
export function parseStripeProp(raw: unknown): ParsedStripeProp {
  if (raw === null || raw === undefined) return { tag: 'empty' };
  if (isStripeLike(raw)) return { tag: 'sync', stripe: raw };
  if (isPromiseLike(raw)) return { tag: 'async', promise: raw as PromiseLike<Stripe | null> };
  let message = `[react-stripe-identity] Invalid prop \`stripe\`: got ${typeof raw}`;
  if (process.env.NODE_ENV !== 'production') {
    const keyHint =
      typeof raw === 'string' && raw.startsWith('pk_')
        ? ' It looks like a publishable key: pass it as `publishableKey` instead.'
        : '';
    message =
      `[react-stripe-identity] Invalid prop \`stripe\` supplied to <IdentityProvider>: got ${describeWrongStripe(raw)}. ` +
      'Pass a Stripe instance, the promise returned by `loadStripe(publishableKey)`, or `null` while it is not ready; ' +
      `or pass \`publishableKey\` and let the provider load Stripe.js when it is first needed.${keyHint}`;
  }
  throw new Error(message);
}
