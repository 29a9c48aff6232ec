import type { IdentityMessages } from 'react-stripe-identity';

/** The locale packs, each its own chunk: a language nobody picks costs nothing. */
export const LOCALES = {
  en: () => import('react-stripe-identity/locales/en'),
  es: () => import('react-stripe-identity/locales/es'),
  fr: () => import('react-stripe-identity/locales/fr'),
  de: () => import('react-stripe-identity/locales/de'),
  ja: () => import('react-stripe-identity/locales/ja'),
  'pt-BR': () => import('react-stripe-identity/locales/pt-BR'),
} satisfies Record<string, () => Promise<{ default: IdentityMessages }>>;

export type Locale = keyof typeof LOCALES;

export const isLocale = (value: string): value is Locale => Object.hasOwn(LOCALES, value);
