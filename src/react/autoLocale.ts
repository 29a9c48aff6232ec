// The code behind `<IdentityProvider locale="auto">`, loaded by `useLocale` the first time a
// provider asks for it: a bundler puts it, and each pack, in chunks of their own. It imports no
// module the first load has (a module shared with the first load is bundled into it whole), and
// no React.
import { loadLocale } from '../core/loadLocale.js';
import type { IdentityMessages } from '../core/messages.js';
import { type IdentityLocale, resolveLocale } from '../core/resolveLocale.js';

export { resolveLocale };

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
export function clientLocale(acceptLanguage: string | null | undefined): IdentityLocale {
  return resolveLocale(acceptLanguage ?? navigator.languages);
}

/** Calls `onChange` when the user changes the browser's languages. */
export function subscribeToLanguages(onChange: () => void): () => void {
  window.addEventListener('languagechange', onChange);
  return () => window.removeEventListener('languagechange', onChange);
}

/**
 * What the provider shows for `locale`, read during render: throws the pack's loading promise
 * until it has arrived (React Suspense), then returns the same object every time.
 */
export function readLocale(locale: IdentityLocale): ShownLocale {
  const result = shown.get(locale);
  if (!result) throw load(locale);
  return result;
}
