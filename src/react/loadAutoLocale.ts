// No React here: the first load's side of `locale="auto"`, kept small. The rest is a chunk of its
// own (AutoLocaleProvider.tsx), fetched only by a provider that asks for it.
import type { IdentityLocale } from '../core/resolveLocale.js';

type AutoLocale = typeof import('./AutoLocaleProvider.js');

let loaded: AutoLocale | undefined;
let loading: Promise<AutoLocale> | undefined;

/** The code behind `locale="auto"`, loaded once, on first use: a host's bundler splits it off. */
export function loadAutoLocale(): Promise<AutoLocale> {
  loading ??= import('./AutoLocaleProvider.js').then((module) => {
    loaded = module;
    return module;
  });
  return loading;
}

/** The code behind `locale="auto"` if it has loaded, else `undefined`. */
export function loadedAutoLocale(): AutoLocale | undefined {
  return loaded;
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
