import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { RedactionNotice } from '../../src/components/RedactionNotice/RedactionNotice.js';
import { en } from '../../src/core/en.js';
import de from '../../src/locales/de.js';
import { expectNoAxeViolations, makeSession, redactedSession } from './helpers.js';

describe('<RedactionNotice>', () => {
  const cases = [
    ['processing', 'processing'],
    ['validated', 'processing'],
    ['a_future_status', 'processing'],
    ['redacted', 'redacted'],
  ] as const;
  for (const [status, state] of cases) {
    it(`should show the ${state} sentence for redaction.status "${status}"`, async () => {
      const { container } = render(<RedactionNotice session={redactedSession(status)} />);
      const notice = container.firstElementChild as HTMLElement;
      expect(notice).toHaveAttribute('data-rsi', 'redaction-notice');
      expect(notice).toHaveAttribute('data-state', state);
      expect(notice).toHaveTextContent(en.redaction[state]);
      await expectNoAxeViolations(container);
    });
  }

  it('should render nothing when the session is not redacted', () => {
    const { container, rerender } = render(<RedactionNotice session={makeSession()} />);
    expect(container).toBeEmptyDOMElement();
    rerender(<RedactionNotice redaction={null} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('should accept the `redaction` object alone', () => {
    render(<RedactionNotice redaction={{ status: 'redacted' }} data-testid="n" />);
    expect(screen.getByTestId('n')).toHaveAttribute('data-state', 'redacted');
  });

  it('should spread unknown props, merge className last and forward the ref', () => {
    const ref = createRef<HTMLParagraphElement>();
    render(
      <RedactionNotice
        ref={ref}
        redaction={{ status: 'processing' }}
        className="host"
        data-testid="n"
        lang="en"
      />,
    );
    const notice = screen.getByTestId('n');
    expect(ref.current).toBe(notice);
    expect(notice.className).toBe('rsi-redaction-notice host');
    expect(notice).toHaveAttribute('lang', 'en');
    expect(RedactionNotice.displayName).toBe('RedactionNotice');
  });

  it('should use the `messages` prop', () => {
    render(<RedactionNotice redaction={{ status: 'redacted' }} messages={de} data-testid="n" />);
    expect(screen.getByTestId('n')).toHaveTextContent(de.redaction.redacted);
  });
});
