/**
 * The languages this package ships a pack for, each importable as
 * `react-stripe-identity/locales/<tag>`. English is also built into every component.
 *
 * Only the code behind `locale="auto"` (loaded on demand) imports this module: a module the
 * first load shares with that code would be bundled into the first load whole.
 */
export const IDENTITY_LOCALES = [
  'en',
  'es',
  'fr',
  'de',
  'it',
  'nl',
  'pl',
  'pt-BR',
  'sv',
  'tr',
  'ja',
  'ko',
  'zh-Hans',
  'ar',
  'he',
] as const;

/** A tag of {@link IDENTITY_LOCALES}. */
export type IdentityLocale = (typeof IDENTITY_LOCALES)[number];

/**
 * Languages with no pack of their own that read best in one: Portuguese of any region in the
 * Brazilian pack; every Chinese (Traditional too: `zh-TW`, `zh-Hant`, `zh-HK`) in Simplified,
 * which a reader of Traditional characters follows far more easily than English; `iw`, Hebrew's
 * former code that older Android and Java still send.
 */
const CLOSEST: Record<string, IdentityLocale> = { pt: 'pt-BR', zh: 'zh-Hans', iw: 'he' };

/** The pack for one tag: the tag itself, else its language (`fr-CA` → `fr`), else none. */
function packFor(tag: string): IdentityLocale | undefined {
  const wanted = tag.replace(/_/g, '-').toLowerCase();
  const language = wanted.split('-')[0] ?? '';
  return (
    IDENTITY_LOCALES.find((locale) => locale.toLowerCase() === wanted) ??
    IDENTITY_LOCALES.find((locale) => locale === language) ??
    CLOSEST[language]
  );
}

/** The tags of an `Accept-Language` header, most wanted first (`q=0` and `*` left out). */
function parseAcceptLanguage(header: string): string[] {
  const ranked = header.split(',').flatMap((part, index) => {
    const [range = '', ...params] = part.split(';');
    const tag = range.trim();
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    const weight = q === undefined ? 1 : Number(q);
    return tag && tag !== '*' && weight > 0 ? [{ tag, weight, index }] : [];
  });
  ranked.sort((a, b) => b.weight - a.weight || a.index - b.index);
  return ranked.map((entry) => entry.tag);
}

/**
 * The best pack for what the user asked for: `navigator.languages` in the browser, the
 * request's `Accept-Language` header on a server (the header string as is, quality values
 * honoured), or one tag. The first wanted language with a pack wins; a region falls back to its
 * language (`fr-CA` → `fr`, `pt-PT` → `pt-BR`, `zh-TW` → `zh-Hans`); nothing wanted → `en`.
 *
 * @example
 * resolveLocale(['pl-PL', 'en']); // 'pl'
 * resolveLocale('he-IL,he;q=0.9,en;q=0.8'); // 'he'
 */
export function resolveLocale(
  wanted: string | readonly string[] | null | undefined,
): IdentityLocale {
  const tags = typeof wanted === 'string' ? parseAcceptLanguage(wanted) : (wanted ?? []);
  for (const tag of tags) {
    const pack = packFor(tag);
    if (pack) return pack;
  }
  return 'en';
}
