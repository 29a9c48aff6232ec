import { act, render, screen, waitFor, within } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { VerificationSessionCard } from '../../src/components/VerificationSessionCard/VerificationSessionCard.js';
import { en } from '../../src/core/en.js';
import { IdentityError } from '../../src/core/IdentityError.js';
import type { VerificationSession } from '../../src/core/types.js';
import pt from '../../src/locales/pt-BR.js';
import {
  createDeferred,
  createMockBackend,
  createMockStripe,
  type MockStripeOutcome,
  makeFailedVerificationSession,
  makeRedactedVerificationSession,
  makeVerificationSession,
} from '../../src/testing/index.js';
import { expectNoAxeViolations, renderWithProvider } from './helpers.js';

const renderCard = renderWithProvider;

const card = () => screen.getByRole('region', { name: en.card.label });

const states: [string, VerificationSession, { phase: string; retry: string | null }][] = [
  ['not started', makeVerificationSession(), { phase: 'not_started', retry: en.button.idle }],
  [
    'retryable error',
    makeFailedVerificationSession('document_expired'),
    { phase: 'action_required', retry: en.button.retry },
  ],
  [
    'final error',
    makeFailedVerificationSession('under_supported_age'),
    { phase: 'action_required', retry: null },
  ],
  [
    'processing',
    makeVerificationSession({ status: 'processing' }),
    { phase: 'processing', retry: null },
  ],
  ['verified', makeVerificationSession({ status: 'verified' }), { phase: 'verified', retry: null }],
  ['canceled', makeVerificationSession({ status: 'canceled' }), { phase: 'canceled', retry: null }],
  ['redacted', makeRedactedVerificationSession('redacted'), { phase: 'verified', retry: null }],
];

describe('<VerificationSessionCard>', () => {
  for (const [name, session, { phase, retry }] of states) {
    it(`should compose status, last error, redaction and the retry button for a ${name} session`, async () => {
      const { container } = renderCard(<VerificationSessionCard session={session} />);
      const region = card();
      expect(region.tagName).toBe('SECTION');
      expect(region).toHaveAttribute('data-rsi', 'verification-session-card');
      expect(region).toHaveAttribute('data-state', 'ready');
      expect(region).toHaveAttribute('data-phase', phase);
      expect(within(region).getByRole('status')).toHaveAttribute('data-phase', phase);
      expect(within(region).queryByRole('alert') !== null).toBe(phase === 'action_required');
      expect(region.querySelector('[data-rsi="redaction-notice"]') !== null).toBe(
        session.redaction !== null,
      );
      const button = within(region).queryByRole('button');
      expect(button?.textContent ?? null).toBe(retry);
      expect(container.childElementCount).toBe(1);
      await expectNoAxeViolations(container);
    });
  }

  it('should render a given session without a provider, with no button', () => {
    render(<VerificationSessionCard session={makeFailedVerificationSession('abandoned')} />);
    expect(card()).toHaveAttribute('data-phase', 'action_required');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('should show loading, then the session it follows by id', async () => {
    const session = makeVerificationSession({ status: 'verified' });
    const backend = createMockBackend({ sessions: [session], delayMs: { getSession: 20 } });
    const { container } = renderCard(<VerificationSessionCard sessionId={session.id} />, {
      backend,
    });
    expect(card()).toHaveAttribute('data-state', 'loading');
    expect(card()).toHaveAttribute('aria-busy', 'true');
    expect(card()).toHaveTextContent(en.card.loading);
    await expectNoAxeViolations(container);
    await waitFor(() => expect(card()).toHaveAttribute('data-state', 'ready'));
    expect(card()).not.toHaveAttribute('aria-busy');
    expect(screen.getByRole('status')).toHaveTextContent(en.phase.verified.title);
    expect(backend.getSessionCalls).toEqual([session.id]);
  });

  it('should show a load error with a reload button that refetches', async () => {
    const session = makeVerificationSession({ status: 'processing' });
    const backend = createMockBackend({
      sessions: [session],
      failWith: {
        getSession: new IdentityError('backend_http_error', 'HTTP 500', { status: 500 }),
      },
    });
    const { user, container } = renderCard(
      <VerificationSessionCard sessionId={session.id} polling={false} />,
      { backend },
    );
    await waitFor(() => expect(card()).toHaveAttribute('data-state', 'error'));
    expect(screen.getByRole('alert')).toHaveTextContent(en.card.loadError);
    await expectNoAxeViolations(container);

    backend.failWith('getSession', null);
    await user.click(screen.getByRole('button', { name: en.card.reload }));
    await waitFor(() => expect(card()).toHaveAttribute('data-state', 'ready'));
    expect(screen.getByRole('status')).toHaveAttribute('data-phase', 'processing');
    expect(backend.requests.getSession).toBe(2);
  });

  it('should show the flow error as an alert when the retry fails, and clear it on the next try', async () => {
    const backend = createMockBackend({
      failWith: { createSession: new IdentityError('network_error', 'offline') },
    });
    const onError = vi.fn();
    const { user, container } = renderCard(
      <VerificationSessionCard
        session={makeFailedVerificationSession('selfie_face_mismatch')}
        onError={onError}
      />,
      { backend },
    );
    await user.click(screen.getByRole('button', { name: en.button.retry }));
    const flowError = await waitFor(() => {
      const node = card().querySelector('[data-slot="card-flow-error"]');
      expect(node).not.toBeNull();
      return node as HTMLElement;
    });
    expect(flowError).toHaveAttribute('role', 'alert');
    expect(flowError).toHaveAttribute('data-code', 'network_error');
    expect(flowError).toHaveTextContent(en.error.network_error.message);
    expect(flowError).toHaveTextContent(`${en.nextStepLabel} ${en.error.network_error.action}`);
    expect(onError).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(container);

    backend.failWith('createSession', null);
    await user.click(screen.getByRole('button', { name: en.button.error }));
    expect(card().querySelector('[data-slot="card-flow-error"]')).toBeNull();
  });

  it('should move focus to the status, not the whole card, when the retry button goes away after a submit (regression: a focus ring around the whole card)', async () => {
    const failed = makeFailedVerificationSession('document_expired');
    const backend = createMockBackend({
      sessions: [failed],
      sessionId: failed.id,
      statusSequence: { [failed.id]: [{ last_error: failed.last_error }, 'processing'] },
    });
    const { user } = renderCard(<VerificationSessionCard sessionId={failed.id} polling={false} />, {
      backend,
    });
    const retry = await screen.findByRole('button', { name: en.button.retry });
    await user.click(retry);
    await waitFor(() => expect(card()).toHaveAttribute('data-phase', 'processing'));
    expect(screen.queryByRole('button')).toBeNull();
    const status = within(card()).getByRole('status');
    expect(status).toHaveFocus();
    expect(status).toHaveAttribute('tabindex', '-1');
    expect(card()).not.toHaveAttribute('tabindex');
  });

  it('should offer to start without a session, then follow the session it created', async () => {
    const backend = createMockBackend({ statusSequence: ['processing'] });
    const onSubmitted = vi.fn();
    const { user } = renderCard(
      <VerificationSessionCard onSubmitted={onSubmitted} polling={false} />,
      {
        backend,
      },
    );
    expect(card()).toHaveAttribute('data-phase', 'not_started');
    await user.click(screen.getByRole('button', { name: en.button.idle }));
    await waitFor(() => expect(card()).toHaveAttribute('data-phase', 'processing'));
    const id = backend.createSessionCalls[0]?.id;
    expect(onSubmitted).toHaveBeenCalledWith(id);
    expect(backend.getSessionCalls).toContain(id);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('should keep focus in the card after a submit when it started the session itself (regression: the card remounted and focus fell to <body>)', async () => {
    const backend = createMockBackend({ statusSequence: ['processing'] });
    const { user } = renderCard(<VerificationSessionCard polling={false} />, { backend });
    const section = card();
    await user.click(screen.getByRole('button', { name: en.button.idle }));
    await waitFor(() => expect(card()).toHaveAttribute('data-phase', 'processing'));
    expect(card()).toBe(section); // the same element: not remounted
    expect(within(card()).getByRole('status')).toHaveFocus();
  });

  it('should move focus from its button straight to the status on submit, before the session is read again (regression: focus fell to <body> first)', async () => {
    const modal = createDeferred<MockStripeOutcome>();
    const read = createDeferred();
    let reads = 0;
    const backend = createMockBackend({
      statusSequence: ['requires_input', 'processing'],
      // The second read (after the submit) waits until the test lets it answer.
      delayMs: { getSession: () => (++reads >= 2 ? read.promise : Promise.resolve()) },
    });
    const stripe = createMockStripe({ outcome: () => modal.promise });
    const { user } = renderCard(<VerificationSessionCard polling={false} />, { backend, stripe });
    const button = screen.getByRole('button', { name: en.button.idle });
    await user.click(button);
    await waitFor(() => expect(backend.requests.getSession).toBe(1));
    expect(button).toHaveFocus();
    const status = within(card()).getByRole('status');
    await act(async () => modal.resolve('submitted'));
    // The button is still there (the card has not read the session yet), focus is already on
    // the status: it will not move again when the button goes.
    expect(within(card()).getByRole('button')).toHaveAttribute('data-state', 'submitted');
    expect(status).toHaveFocus();
    await act(async () => read.resolve());
    await waitFor(() => expect(card()).toHaveAttribute('data-phase', 'processing'));
    expect(within(card()).queryByRole('button')).toBeNull();
    expect(within(card()).getByRole('status')).toBe(status);
    expect(status).toHaveFocus();
  });

  it('should leave focus where the user moved it outside the card during the modal', async () => {
    const modal = createDeferred<MockStripeOutcome>();
    const stripe = createMockStripe({ outcome: () => modal.promise });
    const backend = createMockBackend({ statusSequence: ['processing'] });
    const { user } = renderCard(
      <>
        <VerificationSessionCard polling={false} />
        <input aria-label="elsewhere" />
      </>,
      { backend, stripe },
    );
    await user.click(screen.getByRole('button', { name: en.button.idle }));
    const input = screen.getByRole('textbox', { name: 'elsewhere' });
    act(() => input.focus());
    await act(async () => modal.resolve('submitted'));
    await waitFor(() => expect(card()).toHaveAttribute('data-phase', 'processing'));
    expect(input).toHaveFocus();
  });

  it('should title a final failure as a final outcome, with no button (regression: "needs your attention" when nothing can be done)', () => {
    renderCard(
      <VerificationSessionCard session={makeFailedVerificationSession('under_supported_age')} />,
    );
    const status = within(card()).getByRole('status');
    expect(status).toHaveTextContent(en.phase.action_required_final.title);
    expect(status).not.toHaveTextContent(en.phase.action_required.title);
    expect(card()).toHaveAttribute('data-tone', 'danger');
    expect(within(card()).getByRole('alert')).toHaveTextContent(
      en.lastError.under_supported_age.action,
    );
    expect(within(card()).queryByRole('button')).toBeNull();
  });

  it('should say what went wrong once, with one next step (regression: two callouts repeated "try again")', () => {
    renderCard(
      <VerificationSessionCard session={makeFailedVerificationSession('document_expired')} />,
    );
    const region = card();
    const status = within(region).getByRole('status');
    expect(status).toHaveTextContent(en.phase.action_required.title);
    expect(status).not.toHaveTextContent(en.phase.action_required.description);
    expect(status.querySelector('[data-slot="status-description"]')).toBeNull();
    expect(within(region).getAllByRole('alert')).toHaveLength(1);
    expect(region.textContent?.split(en.nextStepLabel)).toHaveLength(2);
    expect(within(region).getByRole('alert')).toHaveTextContent(
      `${en.lastError.document_expired.message}${en.nextStepLabel} ${en.lastError.document_expired.action}`,
    );
  });

  it('should not repeat the start button in a title above it (regression: "Verify your identity" twice)', () => {
    renderCard(<VerificationSessionCard />);
    const region = card();
    expect(within(region).getByRole('button')).toHaveTextContent(en.button.idle);
    const status = within(region).getByRole('status');
    expect(status.querySelector('[data-slot="status-title"]')).toBeNull();
    expect(status).toHaveTextContent(en.phase.not_started.description);
  });

  it('should keep the not-started title when there is no button to say it', () => {
    render(<VerificationSessionCard session={makeVerificationSession()} />);
    expect(within(card()).getByRole('status')).toHaveTextContent(en.phase.not_started.title);
  });

  it('should show a failed retry instead of the older last error, not both', async () => {
    const backend = createMockBackend({
      failWith: { createSession: new IdentityError('network_error', 'offline') },
    });
    const { user } = renderCard(
      <VerificationSessionCard session={makeFailedVerificationSession('document_expired')} />,
      { backend },
    );
    await user.click(screen.getByRole('button', { name: en.button.retry }));
    await waitFor(() =>
      expect(card().querySelector('[data-slot="card-flow-error"]')).not.toBeNull(),
    );
    expect(within(card()).getAllByRole('alert')).toHaveLength(1);
    expect(card()).not.toHaveTextContent(en.lastError.document_expired.message);
  });

  it('should spread unknown props, merge className last and forward the ref', () => {
    const ref = createRef<HTMLElement>();
    render(
      <VerificationSessionCard
        ref={ref}
        session={makeVerificationSession({ status: 'verified' })}
        className="host"
        data-testid="card"
        id="kyc"
      />,
    );
    const root = screen.getByTestId('card');
    expect(ref.current).toBe(root);
    expect(root.className).toBe('rsi-verification-session-card host');
    expect(root).toHaveAttribute('id', 'kyc');
    expect(VerificationSessionCard.displayName).toBe('VerificationSessionCard');
  });

  it('should use the `messages` prop for every part', () => {
    renderCard(
      <VerificationSessionCard
        session={makeFailedVerificationSession('document_expired')}
        messages={pt}
      />,
    );
    const region = screen.getByRole('region', { name: pt.card.label });
    expect(within(region).getByRole('status')).toHaveTextContent(pt.phase.action_required.title);
    expect(within(region).getByRole('alert')).toHaveTextContent(
      pt.lastError.document_expired.message,
    );
    expect(within(region).getByRole('button')).toHaveTextContent(pt.button.retry);
  });

  it('should never render verified_outputs', () => {
    const session = makeVerificationSession({
      status: 'verified',
      verified_outputs: {
        address: null,
        email: 'someone@example.com',
        first_name: 'Zebulon',
        id_number_type: null,
        last_name: 'Quartermaine',
        phone: '+15555550100',
      },
    });
    const { container } = render(<VerificationSessionCard session={session} />);
    expect(container.innerHTML).not.toMatch(/Zebulon|Quartermaine|someone@example|5555550100/);
  });
});
