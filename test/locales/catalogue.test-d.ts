// Type tests of the message catalogue, checked by `tsc --noEmit`: a pack is complete or it does
// not compile, and every locale has a pack.
import { expectTypeOf } from 'vitest';
import type { LoadableLocale, loadLocale } from '../../src/core/loadLocale.js';
import type { IdentityMessages } from '../../src/core/messages.js';
import type { IDENTITY_LOCALES, IdentityLocale } from '../../src/core/resolveLocale.js';
import type ar from '../../src/locales/ar.js';
import type de from '../../src/locales/de.js';
import type en from '../../src/locales/en.js';
import type es from '../../src/locales/es.js';
import type fr from '../../src/locales/fr.js';
import type he from '../../src/locales/he.js';
import type it from '../../src/locales/it.js';
import type ja from '../../src/locales/ja.js';
import type ko from '../../src/locales/ko.js';
import type nl from '../../src/locales/nl.js';
import type pl from '../../src/locales/pl.js';
import type ptBR from '../../src/locales/pt-BR.js';
import type sv from '../../src/locales/sv.js';
import type tr from '../../src/locales/tr.js';
import type zhHans from '../../src/locales/zh-Hans.js';

// Every pack is a whole IdentityMessages (the annotation in each module checks its literal).
expectTypeOf<typeof en>().toEqualTypeOf<IdentityMessages>();
expectTypeOf<typeof es>().toEqualTypeOf<IdentityMessages>();
expectTypeOf<typeof fr>().toEqualTypeOf<IdentityMessages>();
expectTypeOf<typeof de>().toEqualTypeOf<IdentityMessages>();
expectTypeOf<typeof it>().toEqualTypeOf<IdentityMessages>();
expectTypeOf<typeof nl>().toEqualTypeOf<IdentityMessages>();
expectTypeOf<typeof pl>().toEqualTypeOf<IdentityMessages>();
expectTypeOf<typeof ptBR>().toEqualTypeOf<IdentityMessages>();
expectTypeOf<typeof sv>().toEqualTypeOf<IdentityMessages>();
expectTypeOf<typeof tr>().toEqualTypeOf<IdentityMessages>();
expectTypeOf<typeof ja>().toEqualTypeOf<IdentityMessages>();
expectTypeOf<typeof ko>().toEqualTypeOf<IdentityMessages>();
expectTypeOf<typeof zhHans>().toEqualTypeOf<IdentityMessages>();
expectTypeOf<typeof ar>().toEqualTypeOf<IdentityMessages>();
expectTypeOf<typeof he>().toEqualTypeOf<IdentityMessages>();

expectTypeOf<IdentityLocale>().toEqualTypeOf<
  | 'en'
  | 'es'
  | 'fr'
  | 'de'
  | 'it'
  | 'nl'
  | 'pl'
  | 'pt-BR'
  | 'sv'
  | 'tr'
  | 'ja'
  | 'ko'
  | 'zh-Hans'
  | 'ar'
  | 'he'
>();
expectTypeOf<(typeof IDENTITY_LOCALES)[number]>().toEqualTypeOf<IdentityLocale>();
expectTypeOf<typeof loadLocale>().parameter(0).toEqualTypeOf<LoadableLocale>();
expectTypeOf<LoadableLocale>().toEqualTypeOf<Exclude<IdentityLocale, 'en'>>();
expectTypeOf<typeof loadLocale>().returns.resolves.toEqualTypeOf<IdentityMessages>();

declare const pack: IdentityMessages;

// A pack missing a top-level text does not compile.
const { nextStepLabel: _dropped, ...withoutNextStep } = pack;
// @ts-expect-error `nextStepLabel` is missing
export const missingTopLevel: IdentityMessages = withoutNextStep;

// Nor one missing a text deep inside a section (a phase, an error code, a button state).
export const missingPhase: IdentityMessages = {
  ...pack,
  // @ts-expect-error `phase.verified` is missing
  phase: {
    not_started: pack.phase.not_started,
    action_required: pack.phase.action_required,
    processing: pack.phase.processing,
    canceled: pack.phase.canceled,
    unknown: pack.phase.unknown,
  },
};
export const missingAction: IdentityMessages = {
  ...pack,
  lastError: {
    ...pack.lastError,
    // @ts-expect-error `action` is missing for `document_expired`
    document_expired: { message: 'Expired.' },
  },
};
const { retry: _retry, ...buttonWithoutRetry } = pack.button;
// @ts-expect-error `button.retry` is missing
export const missingButton: IdentityMessages = { ...pack, button: buttonWithoutRetry };

// Nor one with a key English does not have (a typo would silently never show).
export const extraKey: IdentityMessages = {
  ...pack,
  // @ts-expect-error `titel` is no text of the card
  card: { ...pack.card, titel: 'Karte' },
};

// A text is a string, never a number or markup.
export const wrongType: IdentityMessages = {
  ...pack,
  // @ts-expect-error `statusLabel` is a string
  statusLabel: 42,
};

// Loading a locale that has no pack does not compile.
declare const load: typeof loadLocale;
// @ts-expect-error no `ru` pack ships
void load('ru');
// @ts-expect-error English is built in: never loaded
void load('en');
