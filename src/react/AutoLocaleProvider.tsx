'use client';

// The code behind `<IdentityProvider locale="auto">`, loaded the first time a provider asks for
// it (see loadAutoLocale.ts): a bundler puts it, and each pack, in chunks of their own. It
// imports no module of the first load (a module shared with the first load would be moved into a
// chunk of its own), so it gets the provider to render as a prop.
import { type ComponentType, useDeferredValue, useSyncExternalStore } from 'react';
import { loadLocale } from '../core/loadLocale.js';
import type { IdentityMessages } from '../core/messages.js';
import { type IdentityLocale, resolveLocale } from '../core/resolveLocale.js';
import type { IdentityProviderProps } from './IdentityProviderProps.js';

/** What the provider shows: a locale, and its pack (`undefined`: English, built in). */
export interface ShownLocale {
  locale: IdentityLocale;
  messages: IdentityMessages | undefined;
}

const english: ShownLocale = { locale: 'en', messages: undefined };
const shown = new Map<IdentityLocale, ShownLocale>([['en', english]]);
const loads = new Map<IdentityLocale, Promise<void>>();

/** Loads a pack once; a pack that cannot load (offline, a deployment that dropped the chunk) is English. */
function load(locale: IdentityLocale): Promise<void> {
  let pending = loads.get(locale);
  if (!pending) {
    pending =
      locale === 'en'
        ? Promise.resolve()
        : loadLocale(locale).then(
            (messages) => void shown.set(locale, { locale, messages }),
            () => void shown.set(locale, english),
          );
    loads.set(locale, pending);
  }
  return pending;
}

/**
 * Loads the pack for `wanted` (an `Accept-Language` header or a list of tags) and resolves to
 * its locale. Given nothing: `navigator.languages` in a browser, English on a server (as the
 * provider renders there without `acceptLanguage`).
 */
export async function preloadLocale(
  wanted?: string | readonly string[] | null,
): Promise<IdentityLocale> {
  const languages = wanted ?? (typeof window === 'undefined' ? null : navigator.languages);
  const locale = resolveLocale(languages);
  await load(locale);
  return locale;
}

/** The locale for the browser: the host's `acceptLanguage` when given, else the browser's own. */
function clientLocale(acceptLanguage: string | null | undefined): IdentityLocale {
  return resolveLocale(acceptLanguage ?? navigator.languages);
}

/** Calls `onChange` when the user changes the browser's languages. */
function subscribeToLanguages(onChange: () => void): () => void {
  window.addEventListener('languagechange', onChange);
  return () => window.removeEventListener('languagechange', onChange);
}

/**
 * What the provider shows for `locale`, read during render: throws the pack's loading promise
 * until it has arrived (React Suspense), then returns the same object every time.
 */
function readLocale(locale: IdentityLocale): ShownLocale {
  const result = shown.get(locale);
  if (!result) throw load(locale);
  return result;
}

/** Props of {@link AutoLocaleProvider}: the provider's own, and the provider to render. */
export interface AutoLocaleProviderProps extends IdentityProviderProps {
  /** The provider for a fixed locale, given the chosen one. */
  provider: ComponentType<IdentityProviderProps>;
}

/**
 * `<IdentityProvider locale="auto">`: the best pack for `acceptLanguage` (else
 * `navigator.languages` in the browser; English on a server without it), suspending the first
 * render until its chunk has loaded. Hydration reads the server's choice, so the server and the
 * browser render the same text; a later change (the browser's languages once hydrated, a
 * `languagechange`) keeps the current texts on screen while the next pack loads.
 */
export function AutoLocaleProvider({
  provider: Provider,
  acceptLanguage,
  locale: _auto,
  messages: _ignored,
  ...props
}: AutoLocaleProviderProps) {
  const chosen = useDeferredValue(
    useSyncExternalStore(
      subscribeToLanguages,
      () => clientLocale(acceptLanguage),
      () => resolveLocale(acceptLanguage),
    ),
  );
  const shown = readLocale(chosen);
  return <Provider {...props} locale={shown.locale} messages={shown.messages} />;
}
