/**
 * Languages written right to left (Arabic, Hebrew, Persian, Urdu, Pashto, Sindhi, Uyghur,
 * Yiddish, Dhivehi, Sorani Kurdish, Aramaic; `iw` is Hebrew's former code), and the scripts
 * that make any language right to left (`az-Arab`, `pa-Arab`, …).
 */
const RTL = /^(ar|arc|ckb|dv|fa|he|iw|ps|sd|ug|ur|yi)(-|$)|-(arab|hebr|syrc|thaa|nkoo|adlm)(-|$)/i;

/**
 * The direction a language is written in, for the `dir` attribute: `rtl` for Arabic, Hebrew and
 * the other right-to-left languages and scripts, `ltr` for every other tag.
 *
 * @example
 * textDirection('he'); // 'rtl'
 * textDirection('pt-BR'); // 'ltr'
 */
export function textDirection(locale: string): 'ltr' | 'rtl' {
  return RTL.test(locale) ? 'rtl' : 'ltr';
}
