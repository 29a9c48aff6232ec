'use client';

import { useDeferredValue, useSyncExternalStore } from 'react';
import { devWarn } from '../core/dev.js';
import type { PartialIdentityMessages } from '../core/messages.js';
import type { IdentityLocale } from '../core/resolveLocale.js';
import { stripeLocale } from '../core/stripeLocale.js';

/** The locale a provider shows, its texts, and the `locale` it gives Stripe.js (unless `stripeOptions.locale`). */
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
 * without it), suspending the first render until its chunk has loaded; `messages` is not used.
 * Hydration reads the server's choice, so server and browser render the same text. Every call
 * runs the same hooks, so a provider may switch between a tag and `'auto'`.
 */
export function useLocale(
  locale: string | undefined,
  messages: PartialIdentityMessages | undefined,
  acceptLanguage: string | null | undefined,
): ProviderLocale {
  const auto = locale === 'auto' ? (autoLocale ?? suspend(loadAutoLocale())) : undefined;
  // A change after the first render (the browser's languages once hydrated, a `languagechange`)
  // keeps the current texts on screen while the next pack loads, instead of suspending again.
  const chosen = useDeferredValue(
    useSyncExternalStore(
      auto?.subscribeToLanguages ?? noSubscription,
      () => auto?.clientLocale(acceptLanguage),
      () => auto?.resolveLocale(acceptLanguage),
    ),
  );
  if (!auto) {
    return {
      locale: locale ?? messages?.locale ?? 'en',
      messages,
      stripeLocale: locale && stripeLocale(locale),
    };
  }
  if (process.env.NODE_ENV !== 'production') {
    if (messages) {
      devWarn(
        '<IdentityProvider locale="auto"> does not use `messages`: the pack of the chosen language is shown whole. To change texts, choose the locale yourself (`await preloadLocale(acceptLanguage)` returns it) and pass `locale` and `messages`.',
      );
    }
  }
  // No choice yet only right after a switch to 'auto': English (built in) until it is made.
  const shown = auto.readLocale(chosen ?? 'en');
  return { ...shown, stripeLocale: stripeLocale(shown.locale) };
}
