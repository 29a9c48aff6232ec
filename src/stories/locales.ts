import type { IdentityMessages } from '../core/messages.js';
import type { IdentityLocale } from '../core/resolveLocale.js';
import ar from '../locales/ar.js';
import de from '../locales/de.js';
import en from '../locales/en.js';
import es from '../locales/es.js';
import fr from '../locales/fr.js';
import he from '../locales/he.js';
import it from '../locales/it.js';
import ja from '../locales/ja.js';
import ko from '../locales/ko.js';
import nl from '../locales/nl.js';
import pl from '../locales/pl.js';
import ptBR from '../locales/pt-BR.js';
import sv from '../locales/sv.js';
import tr from '../locales/tr.js';
import zhHans from '../locales/zh-Hans.js';

/** Every shipped locale pack, by the code the toolbar shows (the type asks for every one). */
export const LOCALE_PACKS: Record<IdentityLocale, IdentityMessages> = {
  en,
  es,
  fr,
  de,
  it,
  nl,
  pl,
  'pt-BR': ptBR,
  sv,
  tr,
  ja,
  ko,
  'zh-Hans': zhHans,
  ar,
  he,
};

/** The pack of the story's locale (toolbar or fixed by `parameters.identity.locale`). */
export function packOf(context: {
  globals: Record<string, unknown>;
  parameters: Record<string, unknown>;
}): IdentityMessages {
  const fixed = (context.parameters.identity as { locale?: string } | undefined)?.locale;
  const locale = fixed ?? (context.globals.locale as string | undefined) ?? 'en';
  return LOCALE_PACKS[locale as IdentityLocale] ?? en;
}
