'use client';

import type { Stripe, StripeConstructorOptions } from '@stripe/stripe-js';
import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import type { IdentityAppearance } from '../core/appearance.js';
import type { HttpBackendOptions, IdentityBackend } from '../core/backend.js';
import { isDev } from '../core/dev.js';
import { createHttpClient, type HttpClient } from '../core/httpClient.js';
import type { IdentityMessages, PartialIdentityMessages } from '../core/messages.js';
import { IdentityContext, type ProviderContextValue } from './IdentityContext.js';
import { createStripeSource, parseStripeProp } from './stripeSource.js';
import { useLocale } from './useLocale.js';

/** Props of {@link IdentityProvider}. */
export interface IdentityProviderProps {
  /**
   * A Stripe instance, the promise `loadStripe()` returns, or `null` while it is not ready
   * (server rendering). Set it once: a later change (other than `null` → value) is ignored with a
   * development warning. Omit it and pass `publishableKey` to let the provider load Stripe.js.
   */
  stripe?: Stripe | PromiseLike<Stripe | null> | null;
  /**
   * Your publishable key (`pk_…`). Stripe.js is then loaded through `@stripe/stripe-js/pure` on the
   * first `preload()` or `start()` only; rendering never injects a script.
   */
  publishableKey?: string;
  /** Options for `loadStripe(publishableKey, stripeOptions)` (e.g. `stripeAccount`). */
  stripeOptions?: StripeConstructorOptions;
  /**
   * Your backend: an object with `createSession` and `getSession`, or options for the default
   * HTTP client (`{ baseUrl, headers, credentials, fetch, timeoutMs }`). Default: the HTTP client
   * on `/api/identity`.
   */
  backend?: IdentityBackend | HttpBackendOptions;
  /** The QueryClient to use. Default: the nearest `QueryClientProvider`'s, else an internal one. */
  queryClient?: QueryClient;
  /**
   * BCP 47 locale (`'fr'`, `'pt-BR'`). Also passed to `loadStripe` (unless `stripeOptions.locale`
   * is set) so Stripe's own messages match. Texts come from `messages`.
   *
   * `'auto'`: the best shipped pack for the user's languages (`acceptLanguage`, else
   * `navigator.languages`), loaded on demand, and the same language for Stripe.js. The first
   * render suspends (React Suspense) until the pack has loaded, unless `preloadLocale()` loaded it.
   */
  locale?: string;
  /**
   * A message pack (`import fr from 'react-stripe-identity/locales/fr'`) or partial overrides,
   * merged over English. Not used with `locale="auto"`, which shows the chosen pack whole.
   */
  messages?: IdentityMessages | PartialIdentityMessages;
  /**
   * With `locale="auto"`: the user's languages as the request's `Accept-Language` header. Pass
   * the same value on the server and in the browser (e.g. from your loader's data): it decides
   * the language on both sides, so the server's HTML and the first browser render agree.
   * Without it the server renders English and the browser switches to `navigator.languages`.
   */
  acceptLanguage?: string | null;
  /** Theme and variables for the components, the same shape as Stripe Elements' `appearance`. */
  appearance?: IdentityAppearance;
  /** Your app: the provider renders it as is, with no wrapper element. */
  children?: ReactNode;
}

function isBackendObject(value: unknown): value is IdentityBackend {
  if (typeof value !== 'object' || value === null) return false;
  const { createSession, getSession } = value as Partial<Record<keyof IdentityBackend, unknown>>;
  const hasCreate = typeof createSession === 'function';
  const hasGet = typeof getSession === 'function';
  if (hasCreate !== hasGet) {
    // The fix is developer-only text: production builds drop it.
    throw new Error(
      /* @__PURE__ */ isDev() && process.env.NODE_ENV !== 'production'
        ? '[react-stripe-identity] Invalid prop `backend` supplied to <IdentityProvider>: an IdentityBackend needs both `createSession` and `getSession` functions. Pass both, or pass `{ baseUrl }` options for the default HTTP backend.'
        : '[react-stripe-identity] Invalid prop `backend`',
    );
  }
  return hasCreate && hasGet;
}

/**
 * Provides Stripe.js, your backend, a QueryClient, messages and appearance to the hooks and
 * components of this library. Renders no element of its own.
 *
 * @example
 * const stripePromise = loadStripe('pk_test_…'); // at module scope
 *
 * <IdentityProvider stripe={stripePromise} backend={{ baseUrl: '/api/identity' }}>
 *   <App />
 * </IdentityProvider>
 *
 * @example
 * // Lazy: Stripe.js loads on the first hover, focus or click of a verify button.
 * <IdentityProvider publishableKey="pk_test_…" locale="fr" messages={fr}>
 */
export function IdentityProvider(props: IdentityProviderProps): ReactNode {
  const {
    stripe,
    publishableKey,
    stripeOptions,
    backend: backendProp,
    queryClient: queryClientProp,
    locale: localeProp,
    messages: messagesProp,
    acceptLanguage,
    appearance,
    children,
  } = props;
  const { locale, messages, stripeLocale } = useLocale(
    localeProp,
    messagesProp as PartialIdentityMessages | undefined,
    acceptLanguage,
  );

  // Parse at the boundary: an invalid `stripe` prop throws here, during render, naming the fix.
  parseStripeProp(stripe);
  const stripeConfig = {
    publishableKey,
    stripeOptions,
    locale: stripeLocale,
    stripeGiven: stripe !== undefined,
  };
  const [source] = useState(() => createStripeSource(stripe, stripeConfig));
  useEffect(() => {
    source.sync(stripe, stripeConfig);
  });

  // QueryClient: the prop, else the nearest QueryClientProvider's, else one of our own.
  const outerClient = useContext(QueryClientContext);
  const [internal] = useState<{ client?: QueryClient }>(() => ({}));
  if (!queryClientProp && !outerClient && !internal.client) internal.client = new QueryClient();
  const queryClient = (queryClientProp ?? outerClient ?? internal.client) as QueryClient;
  const providesClient = outerClient === undefined;
  useEffect(() => {
    // A `queryClient` prop that differs from the surrounding provider's: mount it ourselves so
    // focus and reconnect refetches work, without hiding the host's client from its own code.
    if (providesClient) return;
    queryClient.mount();
    return () => queryClient.unmount();
  }, [queryClient, providesClient]);

  const backendObject = isBackendObject(backendProp) ? backendProp : undefined;
  const httpOptions = backendObject ? undefined : (backendProp as HttpBackendOptions | undefined);
  const baseUrl = httpOptions?.baseUrl;
  const headers = httpOptions?.headers;
  const credentials = httpOptions?.credentials;
  const fetchImpl = httpOptions?.fetch;
  const timeoutMs = httpOptions?.timeoutMs;
  // The default client validates no session here: only session readers bundle the validator.
  // Its options default when `undefined`, so they are passed as they are.
  const backend = useMemo<IdentityBackend | HttpClient>(
    () =>
      backendObject ??
      createHttpClient({ baseUrl, headers, credentials, fetch: fetchImpl, timeoutMs }),
    [backendObject, baseUrl, headers, credentials, fetchImpl, timeoutMs],
  );

  // `messages` is kept as given: each component merges the section it renders over English (no
  // catalogue is bundled for a provider that shows no text).
  const value = useMemo<ProviderContextValue>(
    () => ({
      backend,
      queryClient,
      messages,
      locale,
      appearance,
      getStripe: source.get,
      preload: source.preload,
    }),
    [backend, queryClient, messages, locale, appearance, source],
  );

  return (
    <IdentityContext.Provider value={value}>
      {providesClient ? (
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      ) : (
        children
      )}
    </IdentityContext.Provider>
  );
}
