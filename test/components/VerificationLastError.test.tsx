import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { VerificationLastError } from '../../src/components/VerificationLastError/VerificationLastError.js';
import { LAST_ERROR_RETRYABLE } from '../../src/core/describeSession.js';
import { en } from '../../src/core/en.js';
import { LAST_ERROR_CODES } from '../../src/core/types.js';
import ja from '../../src/locales/ja.js';
import { expectNoAxeViolations, failedSession, makeSession } from './helpers.js';

describe('<VerificationLastError>', () => {
  for (const code of LAST_ERROR_CODES) {
    it(`should show the message and next step for ${code}`, async () => {
      const { container } = render(<VerificationLastError session={failedSession(code)} />);
      const alert = screen.getByRole('alert');
      expect(alert).toHaveAttribute('data-rsi', 'verification-last-error');
      expect(alert).toHaveAttribute('data-code', code);
      expect(alert).toHaveAttribute('data-retryable', String(LAST_ERROR_RETRYABLE[code]));
      expect(alert.querySelector('[data-slot="last-error-message"]')).toHaveTextContent(
        en.lastError[code].message,
      );
      expect(alert.querySelector('[data-slot="last-error-action"]')).toHaveTextContent(
        `${en.nextStepLabel} ${en.lastError[code].action}`,
      );
      await expectNoAxeViolations(container);
    });
  }

  it("should show Stripe's reason for an unknown code, as text", async () => {
    const reason = '<img src=x onerror="alert(1)"> Address <b>mismatch</b>';
    const { container } = render(
      <VerificationLastError session={failedSession('address_mismatch', reason)} />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveAttribute('data-code', 'address_mismatch');
    expect(alert.querySelector('[data-slot="last-error-message"]')?.textContent).toBe(reason);
    expect(container.querySelector('img, b')).toBeNull();
    expect(alert).toHaveTextContent(en.lastErrorWithReason.action);
    await expectNoAxeViolations(container);
  });

  it('should fall back to a generic message for an unknown code without a reason', () => {
    render(<VerificationLastError lastError={{ code: 'brand_new_code', reason: '  ' }} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveAttribute('data-code', 'brand_new_code');
    expect(alert).toHaveTextContent(en.lastErrorFallback.message);
    expect(alert).toHaveTextContent(en.lastErrorFallback.action);
  });

  it('should set data-code="unknown" when Stripe sent no code', () => {
    render(<VerificationLastError lastError={{ code: null, reason: null }} />);
    expect(screen.getByRole('alert')).toHaveAttribute('data-code', 'unknown');
  });

  it('should render nothing without an error', () => {
    const { container, rerender } = render(<VerificationLastError session={makeSession()} />);
    expect(container).toBeEmptyDOMElement();
    rerender(<VerificationLastError lastError={null} />);
    expect(container).toBeEmptyDOMElement();
    rerender(<VerificationLastError />);
    expect(container).toBeEmptyDOMElement();
  });

  it('should render nothing for a session that moved on from its failed attempt', () => {
    // Stripe keeps last_error while the next attempt is processing; it is no longer the news.
    const session = makeSession({
      status: 'processing',
      last_error: { code: 'document_expired', reason: null },
    });
    const { container } = render(<VerificationLastError session={session} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('should spread unknown props, merge className last and forward the ref', () => {
    const ref = createRef<HTMLDivElement>();
    render(
      <VerificationLastError
        ref={ref}
        lastError={{ code: 'abandoned', reason: null }}
        className="mine"
        data-testid="err"
        aria-describedby="elsewhere"
      />,
    );
    const alert = screen.getByTestId('err');
    expect(ref.current).toBe(alert);
    expect(alert.className).toBe('rsi-verification-last-error mine');
    expect(alert).toHaveAttribute('aria-describedby', 'elsewhere');
    expect(VerificationLastError.displayName).toBe('VerificationLastError');
  });

  it('should use the `messages` prop', () => {
    render(<VerificationLastError lastError={{ code: 'abandoned', reason: null }} messages={ja} />);
    expect(screen.getByRole('alert')).toHaveTextContent(ja.lastError.abandoned.message);
    expect(screen.getByRole('alert')).toHaveTextContent(ja.nextStepLabel);
  });
});
