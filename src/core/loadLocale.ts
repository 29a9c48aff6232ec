import type { IdentityMessages } from './messages.js';
import type { IdentityLocale } from './resolveLocale.js';

/** Every pack but English, which every component has built in. */
export type LoadableLocale = Exclude<IdentityLocale, 'en'>;

/**
 * One dynamic import per pack: a host's bundler splits each into a chunk of its own, fetched
 * only when that language is asked for. The type lists every locale, so a locale added to
 * `IDENTITY_LOCALES` without a loader (or a pack missing a text) does not compile. English is
 * not here: its pack is the catalogue the components bundle, and a chunk that imported it would
 * make the first load carry all of it.
 */
const PACKS: Record<LoadableLocale, () => Promise<{ default: IdentityMessages }>> = {
  es: () => import('../locales/es.js'),
  fr: () => import('../locales/fr.js'),
  de: () => import('../locales/de.js'),
  it: () => import('../locales/it.js'),
  nl: () => import('../locales/nl.js'),
  pl: () => import('../locales/pl.js'),
  'pt-BR': () => import('../locales/pt-BR.js'),
  sv: () => import('../locales/sv.js'),
  tr: () => import('../locales/tr.js'),
  ja: () => import('../locales/ja.js'),
  ko: () => import('../locales/ko.js'),
  'zh-Hans': () => import('../locales/zh-Hans.js'),
  ar: () => import('../locales/ar.js'),
  he: () => import('../locales/he.js'),
};

/** Loads the pack of one locale on demand. */
export async function loadLocale(locale: LoadableLocale): Promise<IdentityMessages> {
  return (await PACKS[locale]()).default;
}
