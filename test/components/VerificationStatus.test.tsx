import { render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { VerificationStatus } from '../../src/components/VerificationStatus/VerificationStatus.js';
import { en } from '../../src/core/en.js';
import fr from '../../src/locales/fr.js';
import { expectNoAxeViolations, failedSession, makeSession, SESSION_STATES } from './helpers.js';

/** Phase, tone and the catalogue entry of each state (a final failure reads as final). */
const expected = {
  not_started: { phase: 'not_started', tone: 'neutral', texts: 'not_started' },
  action_required_retryable: {
    phase: 'action_required',
    tone: 'warning',
    texts: 'action_required',
  },
  action_required_final: {
    phase: 'action_required',
    tone: 'danger',
    texts: 'action_required_final',
  },
  processing: { phase: 'processing', tone: 'info', texts: 'processing' },
  verified: { phase: 'verified', tone: 'success', texts: 'verified' },
  canceled: { phase: 'canceled', tone: 'neutral', texts: 'canceled' },
  future_status: { phase: 'unknown', tone: 'neutral', texts: 'unknown' },
} as const;

describe('<VerificationStatus>', () => {
  for (const [name, session] of Object.entries(SESSION_STATES)) {
    const { phase, tone, texts } = expected[name as keyof typeof expected];
    it(`should render the ${name} state as a polite live region with its phase, tone and texts`, async () => {
      const { container } = render(<VerificationStatus session={session} />);
      const region = screen.getByRole('status', { name: en.statusLabel });
      expect(region).toHaveAttribute('aria-live', 'polite');
      expect(region).toHaveAttribute('aria-atomic', 'true');
      expect(region).toHaveAttribute('data-rsi', 'verification-status');
      expect(region).toHaveAttribute('data-phase', phase);
      expect(region).toHaveAttribute('data-tone', tone);
      expect(region).toHaveTextContent(en.phase[texts].title);
      expect(region).toHaveTextContent(en.phase[texts].description);
      expect(container.childElementCount).toBe(1);
      await expectNoAxeViolations(container);
    });
  }

  it('should derive the phase from `status` and `lastError` when no session is given', () => {
    const { rerender } = render(<VerificationStatus status="processing" />);
    expect(screen.getByRole('status')).toHaveAttribute('data-phase', 'processing');
    rerender(
      <VerificationStatus
        status="requires_input"
        lastError={{ code: 'abandoned', reason: null }}
      />,
    );
    expect(screen.getByRole('status')).toHaveAttribute('data-phase', 'action_required');
    rerender(<VerificationStatus status="requires_input" />);
    expect(screen.getByRole('status')).toHaveAttribute('data-phase', 'not_started');
  });

  it('should warn the developer and show the unknown phase when given neither session nor status', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<VerificationStatus />);
    expect(screen.getByRole('status')).toHaveAttribute('data-phase', 'unknown');
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(
        /^\[react-stripe-identity\] <VerificationStatus> got neither a `session` nor a `status` prop/,
      ),
    );
  });

  it('should announce once: re-renders in the same phase do not touch the live region', async () => {
    const { rerender } = render(
      <VerificationStatus session={makeSession({ status: 'processing' })} />,
    );
    const region = screen.getByRole('status');
    const mutations: MutationRecord[] = [];
    const observer = new MutationObserver((records) => mutations.push(...records));
    observer.observe(region, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });

    // A poll returns a fresh object with the same status, five times.
    for (let i = 0; i < 5; i += 1) {
      rerender(<VerificationStatus session={makeSession({ status: 'processing', created: i })} />);
    }
    await Promise.resolve();
    expect(mutations).toHaveLength(0);
    expect(screen.getByRole('status')).toBe(region);

    rerender(<VerificationStatus session={makeSession({ status: 'verified' })} />);
    await Promise.resolve();
    observer.disconnect();
    expect(mutations.length).toBeGreaterThan(0);
    // Same element (a remount would announce again from scratch), new text.
    expect(screen.getByRole('status')).toBe(region);
    expect(region).toHaveTextContent(en.phase.verified.title);
  });

  it('should not change the live region when a failed session gets another error in the same phase', async () => {
    const { rerender } = render(<VerificationStatus session={failedSession('document_expired')} />);
    const region = screen.getByRole('status');
    const before = region.innerHTML;
    const observer = new MutationObserver(() => {});
    observer.observe(region, { subtree: true, childList: true, characterData: true });
    rerender(<VerificationStatus session={failedSession('selfie_face_mismatch')} />);
    await Promise.resolve();
    expect(observer.takeRecords()).toHaveLength(0);
    observer.disconnect();
    expect(region.innerHTML).toBe(before);
  });

  it('should spread unknown props on the root, merge className last and forward the ref', () => {
    const ref = createRef<HTMLDivElement>();
    render(
      <VerificationStatus
        ref={ref}
        session={SESSION_STATES.verified}
        className="host-class"
        id="status-1"
        data-testid="status"
        title="host title"
        style={{ marginTop: 8 }}
      />,
    );
    const region = screen.getByTestId('status');
    expect(ref.current).toBe(region);
    expect(region).toHaveAttribute('id', 'status-1');
    expect(region).toHaveAttribute('title', 'host title');
    expect(region.className).toBe('rsi-verification-status host-class');
    expect(region.style.marginTop).toBe('8px');
    expect(VerificationStatus.displayName).toBe('VerificationStatus');
  });

  it('should name its parts with data-slot for styling', () => {
    render(<VerificationStatus session={SESSION_STATES.processing} />);
    const region = screen.getByRole('status');
    expect(region.querySelector('[data-slot="status-title"]')).toHaveTextContent(
      en.phase.processing.title,
    );
    expect(region.querySelector('[data-slot="status-description"]')).toHaveTextContent(
      en.phase.processing.description,
    );
  });

  it('should use the `messages` prop', () => {
    render(<VerificationStatus session={SESSION_STATES.verified} messages={fr} />);
    expect(screen.getByRole('status', { name: fr.statusLabel })).toHaveTextContent(
      fr.phase.verified.title,
    );
  });

  it('should never render verified_outputs or a client_secret', () => {
    const session = makeSession({
      status: 'verified',
      client_secret: 'vs_123_secret_abc',
      verified_outputs: {
        address: null,
        email: 'jane@example.com',
        first_name: 'Janeforthetest',
        id_number_type: null,
        last_name: 'Doeforthetest',
        phone: null,
      },
    });
    const { container } = render(<VerificationStatus session={session} />);
    expect(container.innerHTML).not.toMatch(/Janeforthetest|Doeforthetest|jane@example|secret/);
  });
});
