import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RedactionNotice } from '../../src/components/RedactionNotice/RedactionNotice.js';
import { VerificationLastError } from '../../src/components/VerificationLastError/VerificationLastError.js';
import { VerificationStatus } from '../../src/components/VerificationStatus/VerificationStatus.js';
import { describeLastError } from '../../src/core/describeSession.js';
import { en } from '../../src/core/en.js';
import type { IdentityMessages } from '../../src/core/messages.js';
import { textDirection } from '../../src/core/textDirection.js';
// Every shipped pack (test/core/resolveLocale.test.ts checks the list against src/locales).
import { LOCALE_PACKS as packs } from '../../src/stories/locales.js';
import { IdentityTestProvider } from '../../src/testing/index.js';

/**
 * Texts a translation may leave exactly as in English, each with its reason. Anything else equal
 * to English is an untranslated string.
 */
const SAME_AS_ENGLISH: Record<string, string> = {
  'lastErrorWithReason.message':
    "only the `{reason}` placeholder: Stripe's own text, which Stripe writes in English",
};

/** English words no translation should still contain (whole words, any case). */
const ENGLISH_WORDS = /\b(the|your|please|again|verify|identity|could|check|loading|submitted)\b/i;

/** Every leaf of a catalogue as `path → string`. */
function leaves(value: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      for (const [path, leaf] of leaves(child, prefix ? `${prefix}.${key}` : key)) {
        out.set(path, leaf);
      }
    }
  } else {
    out.set(prefix, value);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const enLeaves = leaves(en);

describe('locale packs', () => {
  it('should ship the English catalogue as the en pack', () => {
    expect(packs.en).toBe(en);
  });

  for (const [code, pack] of Object.entries(packs)) {
    describe(code, () => {
      it('should have exactly the keys of en, deep', () => {
        expect([...leaves(pack).keys()].sort()).toEqual([...enLeaves.keys()].sort());
      });

      it('should have no empty text and keep every placeholder of en', () => {
        for (const [path, text] of leaves(pack)) {
          expect(typeof text, path).toBe('string');
          expect((text as string).trim(), path).not.toBe('');
          expect(placeholders(text as string), path).toEqual(
            placeholders(enLeaves.get(path) as string),
          );
        }
      });

      it('should name its own locale', () => {
        expect(pack.locale).toBe(code);
      });

      if (code !== 'en') {
        it('should leave nothing in English (but the allowed placeholder-only texts)', () => {
          for (const [path, text] of leaves(pack)) {
            if (path === 'locale') continue;
            if (text === enLeaves.get(path)) {
              expect(SAME_AS_ENGLISH, `${code} ${path} is still English`).toHaveProperty([path]);
            }
            const words = (text as string).replace(/\{\w+\}|Stripe|ID/g, '');
            expect(words, `${code} ${path}`).not.toMatch(ENGLISH_WORDS);
          }
        });
      }

      it('should write its typography: an ellipsis character, no straight quotes', () => {
        for (const [path, text] of leaves(pack)) {
          expect(text, `${code} ${path}`).not.toMatch(/\.\.\.|"/);
        }
      });

      it('should fill the {reason} placeholder with Stripe text, as plain text', () => {
        const view = describeLastError({ code: 'new_code', reason: '{reason} <b>x</b>' }, pack);
        expect(view?.message).toContain('{reason} <b>x</b>');
      });

      it('should render every component in this language', () => {
        render(
          <div>
            <VerificationStatus status="processing" messages={pack} />
            <VerificationLastError
              lastError={{ code: 'document_expired', reason: null }}
              messages={pack}
            />
            <RedactionNotice redaction={{ status: 'redacted' }} messages={pack} data-testid="r" />
          </div>,
        );
        expect(screen.getByRole('status', { name: pack.statusLabel })).toHaveTextContent(
          pack.phase.processing.title,
        );
        expect(screen.getByRole('alert')).toHaveTextContent(pack.lastError.document_expired.action);
        expect(screen.getByTestId('r')).toHaveTextContent(pack.redaction.redacted);
      });
    });
  }

  it("should take the provider's pack, and let a component's `messages` prop win over it", () => {
    render(
      <IdentityTestProvider locale="ja" messages={packs.ja}>
        <VerificationStatus status="verified" data-testid="from-provider" />
        <VerificationStatus status="verified" messages={packs.de} data-testid="from-prop" />
        <RedactionNotice redaction={{ status: 'processing' }} data-testid="notice" />
      </IdentityTestProvider>,
    );
    expect(screen.getByTestId('from-provider')).toHaveTextContent(packs.ja.phase.verified.title);
    expect(screen.getByTestId('from-prop')).toHaveTextContent(packs.de.phase.verified.title);
    expect(screen.getByTestId('notice')).toHaveTextContent(packs.ja.redaction.processing);
  });

  it('should use typographic apostrophes in French and Italian', () => {
    for (const pack of [packs.fr, packs.it]) {
      for (const [path, text] of leaves(pack)) expect(text, path).not.toContain("'");
    }
  });

  it('should use full-width punctuation in Chinese and Japanese', () => {
    for (const pack of [packs['zh-Hans'], packs.ja]) {
      for (const [path, text] of leaves(pack)) {
        if (path !== 'locale') expect(text, `${pack.locale} ${path}`).not.toMatch(/[,.;:!?()]/);
      }
    }
  });

  it('should set Latin words apart from Chinese characters with a space (由 Stripe 验证)', () => {
    for (const [path, text] of leaves(packs['zh-Hans'])) {
      expect(text, path).not.toMatch(/[\u4e00-\u9fff][A-Za-z]|[A-Za-z][\u4e00-\u9fff]/);
    }
    expect(packs['zh-Hans'].lastError.consent_declined.message).toContain(' Stripe ');
  });

  it('should use Arabic punctuation in Arabic', () => {
    for (const [path, text] of leaves(packs.ar)) expect(text, path).not.toMatch(/[,;?]/);
    expect(JSON.stringify(packs.ar)).toContain('،');
  });

  it('should mark Arabic and Hebrew, and only them, as right to left', () => {
    const rtl = Object.values(packs).filter((pack) => textDirection(pack.locale) === 'rtl');
    expect(rtl.map((pack) => pack.locale)).toEqual(['ar', 'he']);
  });

  it('should translate: no pack other than en reuses the English title of a phase', () => {
    for (const [code, pack] of Object.entries(packs)) {
      if (code === 'en') continue;
      for (const phase of Object.keys(en.phase) as (keyof IdentityMessages['phase'])[]) {
        expect(pack.phase[phase].title, `${code} ${phase}`).not.toBe(en.phase[phase].title);
      }
    }
  });
});
