import type { IdentityMessages } from '../core/messages.js';
import de from '../locales/de.js';
import en from '../locales/en.js';
import es from '../locales/es.js';
import fr from '../locales/fr.js';
import ja from '../locales/ja.js';
import ptBR from '../locales/pt-BR.js';

/** Every shipped locale pack, by the code the toolbar shows. */
export const LOCALE_PACKS: Record<string, IdentityMessages> = {
  en,
  es,
  fr,
  de,
  ja,
  'pt-BR': ptBR,
};

/** The pack of the story's locale (toolbar or fixed by `parameters.identity.locale`). */
export function packOf(context: {
  globals: Record<string, unknown>;
  parameters: Record<string, unknown>;
}): IdentityMessages {
  const fixed = (context.parameters.identity as { locale?: string } | undefined)?.locale;
  const locale = fixed ?? (context.globals.locale as string | undefined) ?? 'en';
  return LOCALE_PACKS[locale] ?? en;
}
