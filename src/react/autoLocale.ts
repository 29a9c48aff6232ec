// The code behind `<IdentityProvider locale="auto">`, loaded by `useLocale` the first time a
// provider asks for it: a bundler puts it, and each pack, in chunks of their own. No React here.
import { loadLocale } from '../core/loadLocale.js';
import {
  type IdentityMessages,
  mergeMessages,
  type PartialIdentityMessages,
} from '../core/messages.js';
import { type IdentityLocale, resolveLocale, stripeLocale } from '../core/resolveLocale.js';
import type { ProviderLocale } from './useLocale.js';

export { resolveLocale };

/** Packs loaded so far; `null`: English, which every component has built in. */
const packs = new Map<IdentityLocale, IdentityMessages | null>([['en', null]]);
const loads = new Map<IdentityLocale, Promise<void>>();

/** Loads a pack once; a pack that cannot load (offline, a deployment that dropped the chunk) is English. */
function load(locale: IdentityLocale): Promise<void> {
  let pending = loads.get(locale);
  if (!pending) {
    pending = loadLocale(locale).then(
      (pack) => void packs.set(locale, pack),
      () => void packs.set(locale, null),
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
export function clientLocale(acceptLanguage: string | null | undefined): IdentityLocale {
  return resolveLocale(acceptLanguage ?? navigator.languages);
}

/** Calls `onChange` when the user changes the browser's languages. */
export function subscribeToLanguages(onChange: () => void): () => void {
  window.addEventListener('languagechange', onChange);
  return () => window.removeEventListener('languagechange', onChange);
}

const results = new WeakMap<object, Map<IdentityLocale, ProviderLocale>>();
const noOverrides = {};

/**
 * What the provider shows for `locale`, read during render: throws the pack's loading promise
 * until it has arrived (React Suspense), then returns the same object for the same inputs.
 * The host's `messages`, if any, are merged over the pack.
 */
export function readLocale(
  locale: IdentityLocale,
  overrides: PartialIdentityMessages | undefined,
): ProviderLocale {
  const pack = packs.get(locale);
  if (pack === undefined) throw load(locale);
  let byLocale = results.get(overrides ?? noOverrides);
  if (!byLocale) {
    byLocale = new Map();
    results.set(overrides ?? noOverrides, byLocale);
  }
  let result = byLocale.get(locale);
  if (!result) {
    const shown = pack ? locale : 'en';
    result = {
      locale: shown,
      messages: pack && overrides ? mergeMessages(pack, overrides) : (pack ?? overrides),
      stripeLocale: stripeLocale(shown),
    };
    byLocale.set(locale, result);
  }
  return result;
}
