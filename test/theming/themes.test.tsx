import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { VerificationSessionCard } from '../../src/components/VerificationSessionCard/VerificationSessionCard.js';
import { VerificationStatus } from '../../src/components/VerificationStatus/VerificationStatus.js';
import { IDENTITY_THEMES } from '../../src/core/appearance.js';
import {
  IdentityTestProvider,
  makeFailedVerificationSession,
  makeRedactedVerificationSession,
} from '../../src/testing/index.js';
import { expectNoAxeViolations } from '../components/helpers.js';
import { parseRules, stylesheet } from './css.js';

const selectors = parseRules(stylesheet).flatMap((rule) => rule.selectors);

describe('themes', () => {
  for (const theme of IDENTITY_THEMES) {
    it(`should put the ${theme} theme and the appearance variables on every component root, through one <style> and no style attribute`, async () => {
      const { container } = render(
        <IdentityTestProvider
          appearance={{ theme, variables: { colorPrimary: '#0a2540', spacingUnit: '5px' } }}
        >
          <VerificationSessionCard session={makeFailedVerificationSession('document_expired')} />
        </IdentityTestProvider>,
      );
      const style = container.querySelector('style');
      const id = /^\[data-rsi-appearance="([^"]+)"\]/.exec(style?.textContent ?? '')?.[1];
      expect(style?.textContent).toBe(
        `[data-rsi-appearance="${id}"]{--rsi-color-primary:#0a2540;--rsi-spacing-unit:5px}`,
      );
      const roots = container.querySelectorAll<HTMLElement>('[data-rsi]');
      // card, status, last error, button
      expect(roots).toHaveLength(4);
      for (const root of roots) {
        expect(root).toHaveAttribute('data-rsi-theme', theme);
        expect(root).toHaveAttribute('data-rsi-appearance', id);
        expect(root).not.toHaveAttribute('style');
        expect(getComputedStyle(root).getPropertyValue('--rsi-color-primary')).toBe('#0a2540');
      }
      await expectNoAxeViolations(container);
    });

    if (theme !== 'stripe') {
      it(`should have styles for the ${theme} theme on a root and under an ancestor`, () => {
        expect(selectors).toContain(`[data-rsi][data-rsi-theme="${theme}"]`);
        expect(selectors).toContain(`[data-rsi-theme="${theme}"] [data-rsi]`);
      });
    }
  }

  it('should switch to the night palette under [data-theme="dark"]', () => {
    const night = parseRules(stylesheet).find((rule) =>
      rule.selectors.includes('[data-rsi][data-rsi-theme="night"]'),
    );
    expect(night?.selectors).toContain('[data-theme="dark"] [data-rsi]');
  });

  it('should respect prefers-reduced-motion and show a focus ring', () => {
    expect(stylesheet).toMatch(/@media \(prefers-reduced-motion: reduce\)/);
    expect(stylesheet).toMatch(/:focus-visible\s*\{\s*outline: var\(--_rsi-focus-ring\)/);
  });

  it('should add no theme attribute and no style without an appearance', () => {
    render(<VerificationStatus status="verified" data-testid="s" />);
    const root = screen.getByTestId('s');
    expect(root).not.toHaveAttribute('data-rsi-theme');
    expect(root).not.toHaveAttribute('style');
  });

  it('should keep the host style over the appearance variables', () => {
    render(
      <IdentityTestProvider appearance={{ variables: { colorText: '#111111' } }}>
        <VerificationStatus
          status="verified"
          data-testid="s"
          style={{ '--rsi-color-text': '#222222', color: 'red' } as React.CSSProperties}
        />
      </IdentityTestProvider>,
    );
    const root = screen.getByTestId('s');
    expect(root.style.getPropertyValue('--rsi-color-text')).toBe('#222222');
    expect(root.style.color).toBe('red');
  });

  it('should let a host theme attribute win over the appearance theme', () => {
    render(
      <IdentityTestProvider appearance={{ theme: 'night' }}>
        <VerificationStatus status="verified" data-testid="s" data-rsi-theme="flat" />
      </IdentityTestProvider>,
    );
    expect(screen.getByTestId('s')).toHaveAttribute('data-rsi-theme', 'flat');
  });

  it('should warn the developer about a theme this library does not have', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <IdentityTestProvider appearance={{ theme: 'dark' as 'night' }}>
        <VerificationStatus status="verified" />
      </IdentityTestProvider>,
    );
    expect(warn).toHaveBeenCalledWith(
      `[react-stripe-identity] <IdentityProvider appearance> has theme "dark", which is not one of 'stripe', 'night', 'flat'; the default theme is used. For dark mode pass theme: 'night', or put data-theme="dark" on an ancestor.`,
    );
  });

  it('should render one <style> for the appearance variables, with the nonce, and no style attribute (works under a strict CSP)', () => {
    const { container } = render(
      <IdentityTestProvider
        appearance={{ theme: 'night', variables: { colorPrimary: '#fff' } }}
        nonce="r4nd0m"
      >
        <VerificationSessionCard session={makeRedactedVerificationSession('processing')} />
        <VerificationStatus status="processing" />
      </IdentityTestProvider>,
    );
    const styles = document.querySelectorAll('style');
    expect(styles).toHaveLength(1);
    expect(styles[0]?.nonce).toBe('r4nd0m');
    expect(container.querySelectorAll('[style]')).toHaveLength(0);
  });

  it('should render no <style> when the appearance sets no variable', () => {
    const before = document.querySelectorAll('style, link[rel="stylesheet"]').length;
    render(
      <IdentityTestProvider appearance={{ theme: 'night' }} nonce="r4nd0m">
        <VerificationStatus status="processing" data-testid="s" />
      </IdentityTestProvider>,
    );
    expect(document.querySelectorAll('style, link[rel="stylesheet"]')).toHaveLength(before);
    expect(screen.getByTestId('s')).not.toHaveAttribute('data-rsi-appearance');
  });

  it('should scope each provider’s variables to its own components', () => {
    render(
      <>
        <IdentityTestProvider appearance={{ variables: { colorPrimary: '#111111' } }}>
          <VerificationStatus status="processing" data-testid="one" />
        </IdentityTestProvider>
        <IdentityTestProvider appearance={{ variables: { colorPrimary: '#222222' } }}>
          <VerificationStatus status="processing" data-testid="two" />
        </IdentityTestProvider>
      </>,
    );
    const color = (id: string) =>
      getComputedStyle(screen.getByTestId(id)).getPropertyValue('--rsi-color-primary');
    expect(color('one')).toBe('#111111');
    expect(color('two')).toBe('#222222');
  });
});
