'use client';

import { useDeferredValue, useSyncExternalStore } from 'react';
import type { PartialIdentityMessages } from '../core/messages.js';
import { type IdentityLocale, stripeLocale } from '../core/resolveLocale.js';

/** The locale a provider shows, its texts, and the `locale` it gives Stripe.js. */
export interface ProviderLocale {
  locale: string;
  messages: PartialIdentityMessages | undefined;
  stripeLocale: string | undefined;
}

type AutoLocale = typeof import('./autoLocale.js');

let autoLocale: AutoLocale | undefined;
let loading: Promise<AutoLocale> | undefined;

/** The code behind `locale="auto"`, loaded once, on first use: a host's bundler splits it off. */
function loadAutoLocale(): Promise<AutoLocale> {
  loading ??= import('./autoLocale.js').then((module) => {
    autoLocale = module;
    return module;
  });
  return loading;
}

/** Suspends the render (React Suspense) until `promise` settles. */
function suspend(promise: Promise<unknown>): never {
  throw promise;
}

/**
 * Loads the pack `<IdentityProvider locale="auto">` will show for `wanted`, and resolves to its
 * locale. On a server, pass the request's `Accept-Language` header and await this before
 * `renderToString` (which cannot wait for a pack); in a browser, omit `wanted` to read
 * `navigator.languages`, e.g. to start loading before the first render.
 *
 * @example
 * const acceptLanguage = request.headers.get('accept-language');
 * await preloadLocale(acceptLanguage);
 * const html = renderToString(<App acceptLanguage={acceptLanguage} />);
 */
export async function preloadLocale(
  wanted?: string | readonly string[] | null,
): Promise<IdentityLocale> {
  return (await loadAutoLocale()).preloadLocale(wanted);
}

const noSubscription = () => () => {};

/**
 * The provider's locale and texts. A tag (or nothing): as given, with `messages`. `'auto'`: the
 * best pack for `acceptLanguage` (else `navigator.languages` in the browser; English on a server
 * without it), suspending the first render until its chunk has loaded. Hydration reads the
 * server's choice, so server and browser render the same text.
 */
export function useLocale(
  locale: string | undefined,
  messages: PartialIdentityMessages | undefined,
  acceptLanguage: string | null | undefined,
): ProviderLocale {
  const auto = locale === 'auto' ? (autoLocale ?? suspend(loadAutoLocale())) : undefined;
  const wanted = useSyncExternalStore(
    auto ? auto.subscribeToLanguages : noSubscription,
    () => auto?.clientLocale(acceptLanguage) ?? '',
    () => auto?.resolveLocale(acceptLanguage) ?? '',
  );
  // A change after the first render (the browser's languages once hydrated, a `languagechange`)
  // keeps the current texts on screen while the next pack loads, instead of suspending again.
  const shown = useDeferredValue(wanted);
  if (!auto) {
    return {
      locale: locale ?? messages?.locale ?? 'en',
      messages,
      stripeLocale: locale && stripeLocale(locale),
    };
  }
  return auto.readLocale(shown as IdentityLocale, messages);
}
