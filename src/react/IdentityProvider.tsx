'use client';

import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useContext, useEffect, useId, useMemo, useState } from 'react';
import { appearanceStyleSheet } from '../core/appearance.js';
import type { HttpBackendOptions, IdentityBackend } from '../core/backend.js';
import { createHttpClient, type HttpClient } from '../core/createHttpClient.js';
import { createStripeSource, type StripeSource } from '../core/createStripeSource.js';
import {
  createVerificationFlow,
  type VerificationFlowOptions,
} from '../core/createVerificationFlow.js';
import { devWarn } from '../core/dev.js';
import { identityKeys } from '../core/identityKeys.js';
import type { PartialIdentityMessages } from '../core/messages.js';
import { parseStripeProp } from '../core/parseStripeProp.js';
import { stripeLocale } from '../core/stripeLocale.js';
import { IdentityContext, type ProviderContextValue } from './IdentityContext.js';
import type { IdentityProviderProps } from './IdentityProviderProps.js';
import { loadAutoLocale, loadedAutoLocale } from './loadAutoLocale.js';

export type { IdentityProviderProps };

function isBackendObject(value: unknown): value is IdentityBackend {
  if (typeof value !== 'object' || value === null) return false;
  const { createSession, getSession } = value as Partial<Record<keyof IdentityBackend, unknown>>;
  const hasCreate = typeof createSession === 'function';
  const hasGet = typeof getSession === 'function';
  if (hasCreate !== hasGet) {
    throw new Error(
      process.env.NODE_ENV !== 'production'
        ? '[react-stripe-identity] Invalid prop `backend` supplied to <IdentityProvider>: an IdentityBackend needs both `createSession` and `getSession` functions. Pass both, or pass `{ baseUrl }` options for the default HTTP backend.'
        : '[react-stripe-identity] Invalid prop `backend`',
    );
  }
  return hasCreate && hasGet;
}

/**
 * The Stripe source of the provider: made once from the first props, kept in sync with the later
 * ones. `locale` is the language for Stripe.js (the one `locale="auto"` chose).
 */
function useStripeSource(props: IdentityProviderProps): StripeSource {
  const { stripe, publishableKey, stripeOptions } = props;
  const locale = props.locale && stripeLocale(props.locale);
  // Parse at the boundary: an invalid `stripe` prop throws here, during render, naming the fix.
  parseStripeProp(stripe);
  const options = { publishableKey, stripeOptions, locale, stripeGiven: stripe !== undefined };
  const [source] = useState(() => createStripeSource(stripe, options));
  useEffect(() => {
    source.sync(stripe, options);
  });
  return source;
}

/**
 * The QueryClient: the prop, else the nearest QueryClientProvider's, else one of our own.
 * `provides` is true when the provider must render a QueryClientProvider for it.
 */
function useProviderQueryClient(prop: QueryClient | undefined) {
  const outer = useContext(QueryClientContext);
  const [internal] = useState<{ client?: QueryClient }>(() => ({}));
  if (!prop && !outer && !internal.client) internal.client = new QueryClient();
  const queryClient = (prop ?? outer ?? internal.client) as QueryClient;
  const provides = outer === undefined;
  useEffect(() => {
    // A `queryClient` prop that differs from the surrounding provider's: mount it ourselves so
    // focus and reconnect refetches work, without hiding the host's client from its own code.
    if (provides) return;
    queryClient.mount();
    return () => queryClient.unmount();
  }, [queryClient, provides]);
  return { queryClient, provides };
}

/** The host's backend object, or the default HTTP client built from the options. */
function useBackend(prop: IdentityProviderProps['backend']): IdentityBackend | HttpClient {
  const backendObject = isBackendObject(prop) ? prop : undefined;
  const http = backendObject ? undefined : (prop as HttpBackendOptions | undefined);
  const { baseUrl, headers, credentials, fetch, timeoutMs } = http ?? {};
  // The default client validates no session here: only session readers bundle the validator.
  return useMemo(
    () => backendObject ?? createHttpClient({ baseUrl, headers, credentials, fetch, timeoutMs }),
    [backendObject, baseUrl, headers, credentials, fetch, timeoutMs],
  );
}

/** The provider for a locale given as a tag (or none). */
function FixedLocaleProvider(props: IdentityProviderProps): ReactNode {
  const { appearance, nonce, children } = props;
  // `messages` is kept as given: each component merges the section it renders over English (no
  // catalogue is bundled for a provider that shows no text).
  const messages = props.messages as PartialIdentityMessages | undefined;
  const locale = props.locale ?? messages?.locale ?? 'en';
  const source = useStripeSource(props);
  const { queryClient, provides } = useProviderQueryClient(props.queryClient);
  const backend = useBackend(props.backend);

  const flowOptions: VerificationFlowOptions = {
    backend,
    getStripe: source.get,
    preloadStripe: source.preload,
    onSessionChange: (id) => {
      // Followers read the session again: `processing` after a submit, or unchanged.
      queryClient.invalidateQueries({ queryKey: identityKeys.session(id) }).catch(() => {});
    },
  };
  const [flow] = useState(() => createVerificationFlow(flowOptions));
  useEffect(() => {
    flow.setOptions(flowOptions);
  });

  // One stylesheet for the appearance's variables, scoped to this provider's components.
  const appearanceId = useId();
  const css = appearanceStyleSheet(appearance, appearanceId);

  const value = useMemo<ProviderContextValue>(
    () => ({
      backend,
      queryClient,
      messages,
      locale,
      appearance,
      appearanceId: css ? appearanceId : undefined,
      getStripe: source.get,
      preload: source.preload,
      flow,
    }),
    [backend, queryClient, messages, locale, appearance, css, appearanceId, source, flow],
  );

  return (
    <IdentityContext.Provider value={value}>
      {css ? (
        // Raw text: React 18's server escapes quotes in text children, which CSS would not read
        // back (values that could end the rule or the element are dropped by appearanceToCssVariables).
        // The browser hides a nonce from the DOM once parsed, so hydration cannot compare it.
        // biome-ignore lint/security/noDangerouslySetInnerHtml: CSS built from checked values
        <style nonce={nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: css }} />
      ) : null}
      {provides ? (
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      ) : (
        children
      )}
    </IdentityContext.Provider>
  );
}

/** Suspends the render (React Suspense) until `promise` settles. */
function suspend(promise: Promise<unknown>): never {
  throw promise;
}

/**
 * Provides Stripe.js, your backend, a QueryClient, messages and appearance to the hooks and
 * components of this library, and the one verification they share. Renders no element of its
 * own, except one `<style>` (with `nonce`) when `appearance` sets variables.
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
  if (props.locale !== 'auto') return <FixedLocaleProvider {...props} />;
  if (process.env.NODE_ENV !== 'production') {
    if (props.messages) {
      devWarn(
        '<IdentityProvider locale="auto"> does not use `messages`: the pack of the chosen language is shown whole. To change texts, choose the locale yourself (`await preloadLocale(acceptLanguage)` returns it) and pass `locale` and `messages`.',
      );
    }
  }
  // The code that picks and loads a pack is a chunk of its own, fetched on first use.
  const auto = loadedAutoLocale() ?? suspend(loadAutoLocale());
  return <auto.AutoLocaleProvider {...props} provider={FixedLocaleProvider} />;
}
