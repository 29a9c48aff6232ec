/**
 * Languages written right to left: Arabic, Hebrew (`iw` is its former code), Persian, Urdu,
 * Pashto, Sindhi, Uyghur, Yiddish, Dhivehi and Sorani Kurdish.
 */
const RTL = /^(ar|he|iw|fa|ur|ps|sd|ug|yi|dv|ckb)\b/i;

/**
 * The direction a language is written in, for the `dir` attribute: `rtl` for Arabic, Hebrew and
 * the other right-to-left languages, `ltr` for every other tag.
 *
 * @example
 * textDirection('he'); // 'rtl'
 * textDirection('pt-BR'); // 'ltr'
 */
export function textDirection(locale: string): 'ltr' | 'rtl' {
  return RTL.test(locale) ? 'rtl' : 'ltr';
}
