'use client';

import type { loadStripe as LoadStripe, Stripe, StripeConstructorOptions } from '@stripe/stripe-js';
// The pure entry waits for the first `loadStripe()` call (the main entry injects a script at import).
// Its `.d.mts` re-exports an extensionless path NodeNext cannot resolve, hence the typed namespace.
import * as stripePure from '@stripe/stripe-js/pure/index.mjs';
import { devWarn, isDev } from '../core/dev.js';
import { IdentityError } from '../core/IdentityError.js';
import { APP_INFO } from './version.js';

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

/**
 * Parses the `stripe` prop. `null`/`undefined` → empty, an object with `verifyIdentity` → an
 * instance, a thenable → a promise; anything else throws an error naming the prop and the fix.
 */
export function parseStripeProp(raw: unknown): ParsedStripeProp {
  if (raw === null || raw === undefined) return { tag: 'empty' };
  if (isStripeLike(raw)) return { tag: 'sync', stripe: raw };
  if (isPromiseLike(raw)) return { tag: 'async', promise: raw as PromiseLike<Stripe | null> };
  // The fix is developer-only text: production builds keep the problem and drop the advice.
  throw new Error(
    /* @__PURE__ */ isDev() && process.env.NODE_ENV !== 'production'
      ? `[react-stripe-identity] Invalid prop \`stripe\` supplied to <IdentityProvider>: got ${Array.isArray(raw) ? 'an array' : typeof raw === 'string' ? 'a string' : typeof raw === 'object' ? 'an object without a `verifyIdentity` method' : typeof raw}. Pass a Stripe instance, the promise returned by \`loadStripe(publishableKey)\`, or \`null\` while it is not ready; ` +
          `or pass \`publishableKey\` and let the provider load Stripe.js when it is first needed.${
            typeof raw === 'string' && raw.startsWith('pk_')
              ? ' It looks like a publishable key: pass it as `publishableKey` instead.'
              : ''
          }`
      : `[react-stripe-identity] Invalid prop \`stripe\`: got ${typeof raw}`,
  );
}

const registered = new WeakSet<object>();

/** Tells Stripe.js which wrapper library drives it; once per instance, skipped if unsupported. */
export function registerAppInfo(stripe: Stripe): void {
  if (registered.has(stripe)) return;
  registered.add(stripe);
  const register = (stripe as Partial<Pick<Stripe, 'registerAppInfo'>>).registerAppInfo;
  if (typeof register !== 'function') return;
  try {
    register.call(stripe, { ...APP_INFO });
  } catch {
    // An old or mocked Stripe.js that refuses app info still verifies identities.
  }
}

/** How the provider may load Stripe.js itself. */
export interface StripeLoadConfig {
  publishableKey?: string | undefined;
  stripeOptions?: StripeConstructorOptions | undefined;
  locale?: string | undefined;
  /** True when the host passed `stripe` (even `null`): the provider then waits for it. */
  stripeGiven: boolean;
}

/**
 * Marks a host's `stripe` promise as handled at once: a rejected load is reported by the
 * `start()` that needs Stripe, not as an unhandled rejection before anyone clicked.
 */
function observe(parsed: ParsedStripeProp): void {
  if (parsed.tag === 'async') {
    Promise.resolve(parsed.promise).catch(() => {});
  }
}

function loadFailed(message: string, cause?: unknown): IdentityError {
  return new IdentityError('stripe_load_failed', message, { cause });
}

/** Where the provider's Stripe instance comes from (see {@link createStripeSource}). */
export interface StripeSource {
  /**
   * Takes the provider's current props. A new `stripe` prop is accepted only from `null` to an
   * instance or promise (SSR, then the client); any other change is ignored with a development
   * warning, as in `<Elements>`. `locale`/`stripeOptions` are kept current for a load that has
   * not started yet; a `publishableKey` changed after the load is ignored (with a warning).
   */
  sync(raw: unknown, config: StripeLoadConfig): void;
  /** Starts loading Stripe.js now (on hover/focus) without waiting; failures are kept for `get()`. */
  preload(): void;
  /** Resolves to the Stripe instance; rejects with `IdentityError('stripe_load_failed')`. */
  get(): Promise<Stripe>;
}

/**
 * Where the provider's Stripe instance comes from: the `stripe` prop (`raw`, parsed here) or a
 * lazy `loadStripe`. Nothing loads until `get()` (the first `preload()` or `start()`); a failed
 * load is forgotten so the next attempt loads again.
 */
export function createStripeSource(raw: unknown, config: StripeLoadConfig): StripeSource {
  let parsed = parseStripeProp(raw);
  let cache: Promise<Stripe> | null = null;
  let waiting: Promise<void> | null = null;
  let release: (() => void) | undefined;
  observe(parsed);
  if (
    /* @__PURE__ */ isDev() &&
    process.env.NODE_ENV !== 'production' &&
    parsed.tag !== 'empty' &&
    config.publishableKey
  ) {
    devWarn(
      '<IdentityProvider> got both `stripe` and `publishableKey`; `stripe` is used. Pass only one of them.',
    );
  }

  async function load(): Promise<Stripe> {
    if (parsed.tag === 'sync') return parsed.stripe;
    let value: unknown;
    if (parsed.tag === 'async') {
      try {
        value = await parsed.promise;
      } catch (cause) {
        throw loadFailed(
          /* @__PURE__ */ isDev() && process.env.NODE_ENV !== 'production'
            ? 'The `stripe` promise given to <IdentityProvider> rejected: Stripe.js did not load.'
            : 'The `stripe` promise rejected',
          cause,
        );
      }
    } else {
      const { publishableKey = '', stripeOptions, locale } = config;
      try {
        const { loadStripe } = stripePure as unknown as { loadStripe: typeof LoadStripe };
        value = await loadStripe(publishableKey, {
          ...stripeOptions,
          ...(stripeOptions?.locale === undefined && locale ? { locale } : {}),
        } as StripeConstructorOptions);
      } catch (cause) {
        throw loadFailed(
          /* @__PURE__ */ isDev() && process.env.NODE_ENV !== 'production'
            ? 'Stripe.js could not be loaded from js.stripe.com (offline, blocked by a content blocker or a Content-Security-Policy).'
            : 'Stripe.js could not be loaded from js.stripe.com',
          cause,
        );
      }
    }
    if (!isStripeLike(value)) {
      throw loadFailed(
        value === null
          ? /* @__PURE__ */ isDev() && process.env.NODE_ENV !== 'production'
            ? 'Stripe.js resolved to null (no DOM here, e.g. during server rendering).'
            : 'Stripe.js resolved to null'
          : /* @__PURE__ */ isDev() && process.env.NODE_ENV !== 'production'
            ? 'The Stripe object has no `verifyIdentity` method: pass the instance `loadStripe()` resolves to.'
            : 'The Stripe object has no `verifyIdentity` method',
      );
    }
    return value;
  }

  const source: StripeSource = {
    sync(nextRaw, next) {
      if (nextRaw !== raw) {
        const nextParsed = parseStripeProp(nextRaw);
        if (parsed.tag === 'empty' && nextParsed.tag !== 'empty') {
          raw = nextRaw;
          parsed = nextParsed;
          observe(parsed);
          release?.();
        } else if (/* @__PURE__ */ isDev() && process.env.NODE_ENV !== 'production') {
          devWarn(
            '<IdentityProvider>: the `stripe` prop changed after it was set. The first value is kept; create it once outside render (e.g. `const stripePromise = loadStripe(key)` at module scope) or memoize it.',
          );
        }
      }
      if (next.publishableKey !== config.publishableKey && cache) {
        if (/* @__PURE__ */ isDev() && process.env.NODE_ENV !== 'production') {
          devWarn(
            '<IdentityProvider>: `publishableKey` changed after Stripe.js was loaded; the first key is kept. Pass a constant key.',
          );
        }
        return;
      }
      config = next;
    },

    preload() {
      source.get().catch(() => {
        // The error is reported by the `start()` that needs Stripe; preloading stays silent.
      });
    },

    get() {
      if (cache) return cache;
      if (parsed.tag === 'empty' && !config.publishableKey) {
        if (!config.stripeGiven) {
          return Promise.reject(
            loadFailed(
              /* @__PURE__ */ isDev() && process.env.NODE_ENV !== 'production'
                ? 'No Stripe.js: <IdentityProvider> got neither `stripe` nor `publishableKey`. Pass one of them (redirect mode needs neither).'
                : 'No Stripe.js: no `stripe` or `publishableKey`',
            ),
          );
        }
        // `stripe={null}`: wait until the host passes the instance or promise.
        waiting ??= new Promise<void>((resolve) => {
          release = resolve;
        });
        return waiting.then(source.get);
      }
      const pending: Promise<Stripe> = load().then(
        (stripe) => {
          registerAppInfo(stripe);
          return stripe;
        },
        (error: unknown) => {
          if (cache === pending) cache = null;
          throw error;
        },
      );
      cache = pending;
      return pending;
    },
  };
  return source;
}
