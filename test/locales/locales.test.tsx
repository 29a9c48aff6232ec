import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RedactionNotice } from '../../src/components/RedactionNotice/RedactionNotice.js';
import { VerificationLastError } from '../../src/components/VerificationLastError/VerificationLastError.js';
import { VerificationStatus } from '../../src/components/VerificationStatus/VerificationStatus.js';
import { describeLastError } from '../../src/core/describeSession.js';
import { en } from '../../src/core/en.js';
import type { IdentityMessages } from '../../src/core/messages.js';
import de from '../../src/locales/de.js';
import enPack from '../../src/locales/en.js';
import es from '../../src/locales/es.js';
import fr from '../../src/locales/fr.js';
import ja from '../../src/locales/ja.js';
import ptBR from '../../src/locales/pt-BR.js';
import { IdentityTestProvider } from '../../src/testing/index.js';

const packs: Record<string, IdentityMessages> = { en: enPack, es, fr, de, ja, 'pt-BR': ptBR };

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
    expect(enPack).toBe(en);
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
      <IdentityTestProvider locale="ja" messages={ja}>
        <VerificationStatus status="verified" data-testid="from-provider" />
        <VerificationStatus status="verified" messages={de} data-testid="from-prop" />
        <RedactionNotice redaction={{ status: 'processing' }} data-testid="notice" />
      </IdentityTestProvider>,
    );
    expect(screen.getByTestId('from-provider')).toHaveTextContent(ja.phase.verified.title);
    expect(screen.getByTestId('from-prop')).toHaveTextContent(de.phase.verified.title);
    expect(screen.getByTestId('notice')).toHaveTextContent(ja.redaction.processing);
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
