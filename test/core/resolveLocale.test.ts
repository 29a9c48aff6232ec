import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLocale } from '../../src/core/loadLocale.js';
import { IDENTITY_LOCALES, resolveLocale } from '../../src/core/resolveLocale.js';
import { stripeLocale } from '../../src/core/stripeLocale.js';
import { textDirection } from '../../src/core/textDirection.js';

const localeFiles = readdirSync(path.resolve(import.meta.dirname, '../../src/locales'))
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.slice(0, -3));

describe('IDENTITY_LOCALES', () => {
  it('should list exactly the packs in src/locales (each an entry react-stripe-identity/locales/<tag>)', () => {
    expect([...IDENTITY_LOCALES].sort()).toEqual([...localeFiles].sort());
    expect(IDENTITY_LOCALES).toHaveLength(15);
  });

  it('should load every pack but English (built in) on demand, each naming its own locale', async () => {
    for (const locale of IDENTITY_LOCALES) {
      if (locale !== 'en') expect((await loadLocale(locale)).locale).toBe(locale);
    }
  });
});

describe('resolveLocale', () => {
  it.each([
    [['pl-PL', 'en'], 'pl'],
    [['fr-CA'], 'fr'],
    [['de-AT', 'fr'], 'de'],
    [['en-GB'], 'en'],
    [['pt-PT'], 'pt-BR'],
    [['pt'], 'pt-BR'],
    [['pt-br'], 'pt-BR'],
    [['zh-CN'], 'zh-Hans'],
    [['zh-Hans-SG'], 'zh-Hans'],
    [['zh-TW'], 'zh-Hans'],
    [['zh-Hant-HK'], 'zh-Hans'],
    [['iw-IL'], 'he'],
    [['ar-EG'], 'ar'],
    [['KO-kr'], 'ko'],
    [['sv_SE'], 'sv'],
  ] as const)('%j → %s', (wanted, expected) => {
    expect(resolveLocale(wanted)).toBe(expected);
  });

  it("should take the user's first language that has a pack, before an exact match further down", () => {
    expect(resolveLocale(['ru', 'fr-CA', 'en'])).toBe('fr');
    expect(resolveLocale(['fr-CA', 'en'])).toBe('fr');
    expect(resolveLocale(['en', 'fr'])).toBe('en');
  });

  it('should read an Accept-Language header, quality values first, then order', () => {
    expect(resolveLocale('he-IL,he;q=0.9,en-US;q=0.8,en;q=0.7')).toBe('he');
    expect(resolveLocale('en;q=0.5, it-CH;q=0.9, nl')).toBe('nl');
    expect(resolveLocale('en;q=0.8, tr;q=0.8')).toBe('en');
    expect(resolveLocale('tr;q=0, sv;q=0.1')).toBe('sv');
    expect(resolveLocale('*')).toBe('en');
    expect(resolveLocale('  ko ; q=1 ')).toBe('ko');
  });

  it('should fall back to English when nothing wanted has a pack, or nothing is wanted', () => {
    expect(resolveLocale(['ru-RU', 'uk'])).toBe('en');
    expect(resolveLocale([])).toBe('en');
    expect(resolveLocale('')).toBe('en');
    expect(resolveLocale(null)).toBe('en');
    expect(resolveLocale(undefined)).toBe('en');
    expect(resolveLocale('garbage;;;,,q=x')).toBe('en');
  });
});

describe('stripeLocale', () => {
  it("should give Stripe.js its own name for each pack's language", () => {
    expect(stripeLocale('zh-Hans')).toBe('zh');
    for (const locale of IDENTITY_LOCALES.filter((l) => l !== 'zh-Hans')) {
      expect(stripeLocale(locale)).toBe(locale);
    }
  });
});

describe('textDirection', () => {
  it('should be rtl for Arabic and Hebrew (and the other right-to-left languages)', () => {
    for (const tag of ['ar', 'ar-EG', 'AR', 'he', 'he-IL', 'iw', 'fa-IR', 'ur', 'yi', 'ckb-IQ']) {
      expect(textDirection(tag), tag).toBe('rtl');
    }
  });

  it('should be ltr for every other shipped locale, and for tags that only look alike', () => {
    for (const tag of IDENTITY_LOCALES.filter((l) => l !== 'ar' && l !== 'he')) {
      expect(textDirection(tag), tag).toBe('ltr');
    }
    for (const tag of ['arn', 'hel', 'en-AR', 'es-AR', 'heb']) {
      expect(textDirection(tag), tag).toBe('ltr');
    }
  });
});
