import type { loadStripe as LoadStripe, Stripe, StripeConstructorOptions } from '@stripe/stripe-js';
// The pure entry waits for the first `loadStripe()` call (the main entry injects a script at import).
// Its `.d.mts` re-exports an extensionless path NodeNext cannot resolve, hence the typed namespace.
import * as stripePure from '@stripe/stripe-js/pure/index.mjs';
import { devWarn } from './dev.js';
import { IdentityError } from './IdentityError.js';
import { isStripeLike, type ParsedStripeProp, parseStripeProp } from './parseStripeProp.js';
import { APP_INFO } from './version.js';

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
export interface StripeLoadOptions {
  publishableKey?: string | undefined;
  stripeOptions?: StripeConstructorOptions | undefined;
  locale?: string | undefined;
  /** True when the host passed `stripe` (even `null`): the provider then waits for it. */
  stripeGiven: boolean;
}

/** Where the provider's Stripe instance comes from (see {@link createStripeSource}). */
export interface StripeSource {
  /**
   * Takes the provider's current props. A new `stripe` prop is accepted only from `null` to an
   * instance or promise (SSR, then the client); any other change is ignored with a development
   * warning, as in `<Elements>`. `locale`/`stripeOptions` are kept current for a load that has
   * not started yet; a `publishableKey` changed after the load is ignored (with a warning).
   */
  sync(raw: unknown, options: StripeLoadOptions): void;
  /** Starts loading Stripe.js now (on hover/focus) without waiting; failures are kept for `get()`. */
  preload(): void;
  /** Resolves to the Stripe instance; rejects with `IdentityError('stripe_load_failed')`. */
  get(): Promise<Stripe>;
}

function loadFailed(message: string, cause?: unknown): IdentityError {
  return new IdentityError('stripe_load_failed', message, { cause });
}

/**
 * Marks a host's `stripe` promise as handled at once: a rejected load is reported by the
 * `start()` that needs Stripe, not as an unhandled rejection before anyone clicked.
 */
function observe(parsed: ParsedStripeProp): void {
  if (parsed.tag === 'async') Promise.resolve(parsed.promise).catch(() => {});
}

/** Waits for the host's `stripe` promise. */
async function awaitHostPromise(promise: PromiseLike<Stripe | null>): Promise<unknown> {
  try {
    return await promise;
  } catch (cause) {
    throw loadFailed(
      process.env.NODE_ENV !== 'production'
        ? 'The `stripe` promise given to <IdentityProvider> rejected: Stripe.js did not load.'
        : 'The `stripe` promise rejected',
      cause,
    );
  }
}

/** Loads Stripe.js from js.stripe.com with the provider's key, options and locale. */
async function loadWithKey(options: StripeLoadOptions): Promise<unknown> {
  const { publishableKey = '', stripeOptions, locale } = options;
  const { loadStripe } = stripePure as unknown as { loadStripe: typeof LoadStripe };
  try {
    return await loadStripe(publishableKey, {
      ...stripeOptions,
      ...(stripeOptions?.locale === undefined && locale ? { locale } : {}),
    } as StripeConstructorOptions);
  } catch (cause) {
    throw loadFailed(
      process.env.NODE_ENV !== 'production'
        ? 'Stripe.js could not be loaded from js.stripe.com (offline, blocked by a content blocker or a Content-Security-Policy).'
        : 'Stripe.js could not be loaded from js.stripe.com',
      cause,
    );
  }
}

/** `value` if it is a Stripe instance; otherwise the error that says what it is instead. */
function checkLoaded(value: unknown): Stripe {
  if (isStripeLike(value)) return value;
  if (value === null) {
    throw loadFailed(
      process.env.NODE_ENV !== 'production'
        ? 'Stripe.js resolved to null (no DOM here, e.g. during server rendering).'
        : 'Stripe.js resolved to null',
    );
  }
  throw loadFailed(
    process.env.NODE_ENV !== 'production'
      ? 'The Stripe object has no `verifyIdentity` method: pass the instance `loadStripe()` resolves to.'
      : 'The Stripe object has no `verifyIdentity` method',
  );
}

/**
 * Where the provider's Stripe instance comes from: the `stripe` prop (`raw`, parsed here) or a
 * lazy `loadStripe`. Nothing loads until `get()` (the first `preload()` or `start()`); a failed
 * load is forgotten so the next attempt loads again.
 */
export function createStripeSource(raw: unknown, initial: StripeLoadOptions): StripeSource {
  let parsed = parseStripeProp(raw);
  let options = initial;
  let cache: Promise<Stripe> | null = null;
  // `stripe={null}`: get() waits here until the host passes the instance or promise.
  let waiting: Promise<void> | null = null;
  let release: (() => void) | undefined;
  observe(parsed);
  if (process.env.NODE_ENV !== 'production') {
    if (parsed.tag !== 'empty' && options.publishableKey) {
      devWarn(
        '<IdentityProvider> got both `stripe` and `publishableKey`; `stripe` is used. Pass only one of them.',
      );
    }
  }

  function load(): Promise<Stripe> {
    const pending =
      parsed.tag === 'sync'
        ? Promise.resolve(parsed.stripe)
        : (parsed.tag === 'async' ? awaitHostPromise(parsed.promise) : loadWithKey(options)).then(
            checkLoaded,
          );
    return pending.then((stripe) => {
      registerAppInfo(stripe);
      return stripe;
    });
  }

  function acceptProp(nextRaw: unknown): void {
    const next = parseStripeProp(nextRaw);
    if (parsed.tag === 'empty' && next.tag !== 'empty') {
      raw = nextRaw;
      parsed = next;
      observe(parsed);
      release?.();
    } else if (process.env.NODE_ENV !== 'production') {
      devWarn(
        '<IdentityProvider>: the `stripe` prop changed after it was set. The first value is kept; create it once outside render (e.g. `const stripePromise = loadStripe(key)` at module scope) or memoize it.',
      );
    }
  }

  const source: StripeSource = {
    sync(nextRaw, next) {
      if (nextRaw !== raw) acceptProp(nextRaw);
      if (next.publishableKey !== options.publishableKey && cache) {
        if (process.env.NODE_ENV !== 'production') {
          devWarn(
            '<IdentityProvider>: `publishableKey` changed after Stripe.js was loaded; the first key is kept. Pass a constant key.',
          );
        }
        return;
      }
      options = next;
    },

    preload() {
      // A failure is reported by the `start()` that needs Stripe; preloading stays silent.
      source.get().catch(() => {});
    },

    get() {
      if (cache) return cache;
      if (parsed.tag === 'empty' && !options.publishableKey) {
        if (!options.stripeGiven) {
          return Promise.reject(
            loadFailed(
              process.env.NODE_ENV !== 'production'
                ? 'No Stripe.js: <IdentityProvider> got neither `stripe` nor `publishableKey`. Pass one of them (redirect mode needs neither).'
                : 'No Stripe.js: no `stripe` or `publishableKey`',
            ),
          );
        }
        waiting ??= new Promise<void>((resolve) => {
          release = resolve;
        });
        return waiting.then(source.get);
      }
      const pending = load().catch((error: unknown) => {
        if (cache === pending) cache = null;
        throw error;
      });
      cache = pending;
      return pending;
    },
  };
  return source;
}
