import { QueryClient } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import {
  type ButtonHTMLAttributes,
  createRef,
  forwardRef,
  type ReactNode,
  StrictMode,
} from 'react';
import { describe, expect, it, vi } from 'vitest';
import { VerifyIdentityButton } from '../../src/components/VerifyIdentityButton/VerifyIdentityButton.js';
import { createVerificationFlow } from '../../src/core/createVerificationFlow.js';
import { en } from '../../src/core/en.js';
import { IdentityError } from '../../src/core/IdentityError.js';
import es from '../../src/locales/es.js';
import { IdentityContext, type ProviderContextValue } from '../../src/react/IdentityContext.js';
import {
  createDeferred,
  createMockBackend,
  createMockStripe,
  IdentityTestProvider,
  type MockStripeOutcome,
} from '../../src/testing/index.js';
import { expectNoAxeViolations, renderWithProvider } from './helpers.js';

/** A design system's own button, as a host would pass it. */
const DsButton = forwardRef<HTMLButtonElement, ButtonHTMLAttributes<HTMLButtonElement>>(
  function DsButton({ className, ...props }, ref) {
    return <button type="button" ref={ref} className={`ds-button ${className ?? ''}`} {...props} />;
  },
);

const setup = renderWithProvider;

describe('<VerifyIdentityButton>', () => {
  it('should render a type="button" labelled from the catalogue, idle', async () => {
    const { container } = setup(<VerifyIdentityButton />);
    const button = screen.getByRole('button', { name: en.button.idle });
    expect(button.tagName).toBe('BUTTON');
    expect(button).toHaveAttribute('type', 'button');
    expect(button).toHaveAttribute('data-rsi', 'verify-identity-button');
    expect(button).toHaveAttribute('data-state', 'idle');
    expect(button).not.toHaveAttribute('aria-busy');
    expect(button).not.toHaveAttribute('aria-disabled');
    expect(container.childElementCount).toBe(1);
    await expectNoAxeViolations(container);
  });

  it('should go creating → verifying → submitted, busy meanwhile, with one session and the input sent', async () => {
    const backendGate = createDeferred();
    const modal = createDeferred<MockStripeOutcome>();
    const backend = createMockBackend({ delayMs: { createSession: () => backendGate.promise } });
    const stripe = createMockStripe({ outcome: () => modal.promise });
    const onSubmitted = vi.fn();
    const { user, container } = setup(
      <VerifyIdentityButton input={{ plan: 'pro' }} onSubmitted={onSubmitted} />,
      { backend, stripe },
    );
    const button = screen.getByRole('button');

    await user.click(button);
    expect(button).toHaveAttribute('data-state', 'creating');
    expect(button).toHaveAttribute('aria-busy', 'true');
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).not.toBeDisabled(); // stays focusable
    expect(button).toHaveAccessibleName(en.button.creating);
    await expectNoAxeViolations(container);

    // A second click while busy starts nothing.
    await user.click(button);
    await act(async () => backendGate.resolve());
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'verifying'));
    expect(button).toHaveAccessibleName(en.button.verifying);
    await user.click(button);
    expect(backend.requests.createSession).toBe(1);
    expect(backend.createSessionCalls[0]?.input).toEqual({ plan: 'pro' });

    await act(async () => modal.resolve('submitted'));
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'submitted'));
    expect(button).toHaveAccessibleName(en.button.submitted);
    expect(button).not.toHaveAttribute('aria-busy');
    expect(onSubmitted).toHaveBeenCalledWith(backend.createSessionCalls[0]?.id);
    expect(stripe.calls.verifyIdentity).toHaveLength(1);
    await expectNoAxeViolations(container);
  });

  it('should create one session per click under React.StrictMode', async () => {
    const backend = createMockBackend();
    const stripe = createMockStripe();
    const user = userEvent.setup();
    render(
      <StrictMode>
        <IdentityTestProvider backend={backend} stripe={stripe.stripe}>
          <VerifyIdentityButton />
        </IdentityTestProvider>
      </StrictMode>,
    );
    expect(backend.requests.createSession).toBe(0);
    await user.click(screen.getByRole('button'));
    await waitFor(() =>
      expect(screen.getByRole('button')).toHaveAttribute('data-state', 'submitted'),
    );
    expect(backend.requests.createSession).toBe(1);
    expect(stripe.calls.verifyIdentity).toHaveLength(1);
  });

  it('should never put the client_secret in the DOM', async () => {
    const { user, container, backend } = setup(<VerifyIdentityButton />);
    await user.click(screen.getByRole('button'));
    await waitFor(() =>
      expect(screen.getByRole('button')).toHaveAttribute('data-state', 'submitted'),
    );
    const secret = backend.issued[0]?.clientSecret;
    expect(secret).toBeTruthy();
    expect(document.documentElement.outerHTML).not.toContain(secret as string);
    expect(container.innerHTML).not.toContain('_secret_');
  });

  it('should say "Start again" and that the modal was closed, after the user closed it (regression: the idle label, as if nothing happened)', async () => {
    const onCanceled = vi.fn();
    const { user, container } = setup(<VerifyIdentityButton onCanceled={onCanceled} />, {
      stripe: createMockStripe({ outcome: 'canceled' }),
    });
    const button = screen.getByRole('button');
    expect(button).not.toHaveAttribute('aria-describedby');
    await user.click(button);
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'canceled'));
    expect(button).toHaveAccessibleName(en.button.canceled);
    expect(en.button.canceled).not.toBe(en.button.idle);
    expect(button).toHaveAccessibleDescription(en.error.canceled.message);
    // Read when focus comes back to it from the modal.
    expect(button).toHaveFocus();
    expect(onCanceled).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(container);
  });

  it('should say "Try again" in the error state and describe what failed, expose the code, and call onError', async () => {
    const backend = createMockBackend({
      failWith: { createSession: new IdentityError('network_error', 'offline') },
    });
    const onError = vi.fn();
    const { user, container } = setup(<VerifyIdentityButton onError={onError} />, { backend });
    await user.click(screen.getByRole('button'));
    const button = await screen.findByRole('button', { name: en.button.error });
    expect(button).toHaveAccessibleDescription(en.error.network_error.message);
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('data-state', 'error');
    expect(button).toHaveAttribute('data-error-code', 'network_error');
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'network_error' }));
    await expectNoAxeViolations(container);
  });

  it('should describe a failure in the modal in the `messages` language, keeping the host aria-describedby', async () => {
    const { user } = setup(
      <>
        <p id="help">You need an ID document.</p>
        <VerifyIdentityButton messages={es} aria-describedby="help" />
      </>,
      {
        stripe: createMockStripe({
          outcome: { error: { code: 'consent_declined', message: 'Declined' } },
        }),
      },
    );
    const button = screen.getByRole('button');
    expect(button).toHaveAccessibleDescription('You need an ID document.');
    await user.click(button);
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'error'));
    expect(button).toHaveAccessibleName(es.button.error);
    expect(button).toHaveAccessibleDescription(
      `You need an ID document. ${es.error.stripe_error.message}`,
    );
  });

  it('should drop the description when a new run starts', async () => {
    const modal = createDeferred<MockStripeOutcome>();
    const stripe = createMockStripe({ outcome: 'canceled' });
    const { user } = setup(<VerifyIdentityButton />, { stripe });
    const button = screen.getByRole('button');
    await user.click(button);
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'canceled'));
    stripe.setOutcome(() => modal.promise);
    await user.click(button);
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'verifying'));
    expect(button).not.toHaveAttribute('aria-describedby');
    expect(button).toHaveAccessibleDescription('');
    await act(async () => modal.resolve('submitted'));
  });

  it('should add "Try again" to a host label in the error state, for screen readers', async () => {
    const backend = createMockBackend({
      failWith: { createSession: new IdentityError('backend_http_error', 'HTTP 500') },
    });
    const { user } = setup(<VerifyIdentityButton>Verify now</VerifyIdentityButton>, { backend });
    expect(screen.getByRole('button')).toHaveAccessibleName('Verify now');
    await user.click(screen.getByRole('button'));
    await waitFor(() =>
      expect(screen.getByRole('button')).toHaveAccessibleName(`Verify now ${en.button.error}`),
    );
    expect(screen.getByRole('button')).toHaveTextContent(`Verify now${en.button.error}`);
  });

  it('should label the idle state "Try again" with `retry`', () => {
    setup(<VerifyIdentityButton retry />);
    expect(screen.getByRole('button')).toHaveAccessibleName(en.button.retry);
  });

  it('should use the `messages` prop and the provider messages', () => {
    setup(<VerifyIdentityButton messages={es} />);
    expect(screen.getByRole('button')).toHaveAccessibleName(es.button.idle);
  });

  it('should return focus to the button when the modal closes and focus was lost', async () => {
    const modal = createDeferred<MockStripeOutcome>();
    const { user } = setup(<VerifyIdentityButton />, {
      stripe: createMockStripe({ outcome: () => modal.promise }),
    });
    const button = screen.getByRole('button');
    await user.click(button);
    expect(button).toHaveFocus();
    // Stripe's modal takes focus into its iframe; on close, focus lands on <body>.
    act(() => button.blur());
    expect(document.body).toHaveFocus();
    await act(async () => modal.resolve('canceled'));
    await waitFor(() => expect(button).toHaveFocus());
  });

  it('should not steal focus the user moved elsewhere meanwhile', async () => {
    const modal = createDeferred<MockStripeOutcome>();
    const { user } = setup(
      <>
        <VerifyIdentityButton />
        <input aria-label="elsewhere" />
      </>,
      { stripe: createMockStripe({ outcome: () => modal.promise }) },
    );
    await user.click(screen.getByRole('button'));
    await waitFor(() =>
      expect(screen.getByRole('button')).toHaveAttribute('data-state', 'verifying'),
    );
    const input = screen.getByRole('textbox', { name: 'elsewhere' });
    act(() => input.focus());
    await act(async () => modal.resolve('submitted'));
    await waitFor(() =>
      expect(screen.getByRole('button')).toHaveAttribute('data-state', 'submitted'),
    );
    expect(input).toHaveFocus();
  });

  describe('preloading Stripe.js', () => {
    function renderWithContext(ui: ReactNode) {
      const preload = vi.fn();
      const backend = createMockBackend();
      const getStripe = () => Promise.resolve(createMockStripe().stripe);
      const value: ProviderContextValue = {
        backend,
        queryClient: new QueryClient(),
        messages: en,
        locale: 'en',
        appearance: undefined,
        getStripe,
        preload,
        flow: createVerificationFlow({ backend, getStripe, preloadStripe: preload }),
      };
      render(<IdentityContext.Provider value={value}>{ui}</IdentityContext.Provider>);
      return preload;
    }

    it('should preload on pointer enter and on focus, and still call the host handlers', async () => {
      const onPointerEnter = vi.fn();
      const onFocus = vi.fn();
      const preload = renderWithContext(
        <VerifyIdentityButton onPointerEnter={onPointerEnter} onFocus={onFocus} />,
      );
      const user = userEvent.setup();
      expect(preload).not.toHaveBeenCalled();
      await user.hover(screen.getByRole('button'));
      expect(preload).toHaveBeenCalledTimes(1);
      expect(onPointerEnter).toHaveBeenCalledTimes(1);
      act(() => screen.getByRole('button').focus());
      expect(preload).toHaveBeenCalledTimes(2);
      expect(onFocus).toHaveBeenCalledTimes(1);
    });
  });

  it('should spread unknown props, merge className last, forward the ref and keep the host style over appearance', () => {
    const ref = createRef<HTMLButtonElement>();
    render(
      <IdentityTestProvider
        appearance={{ theme: 'flat', variables: { colorPrimary: '#0570de', borderRadius: '2px' } }}
      >
        <VerifyIdentityButton
          ref={ref}
          className="host"
          data-testid="b"
          aria-describedby="help"
          style={{ '--rsi-border-radius': '12px' } as React.CSSProperties}
        />
      </IdentityTestProvider>,
    );
    const button = screen.getByTestId('b');
    expect(ref.current).toBe(button);
    expect(button.className).toBe('rsi-verify-identity-button host');
    expect(button).toHaveAttribute('aria-describedby', 'help');
    expect(button).toHaveAttribute('data-rsi-theme', 'flat');
    expect(button).toHaveAttribute('data-rsi-appearance');
    expect(getComputedStyle(button).getPropertyValue('--rsi-color-primary')).toBe('#0570de');
    expect(button.style.getPropertyValue('--rsi-color-primary')).toBe('');
    expect(button.style.getPropertyValue('--rsi-border-radius')).toBe('12px');
    expect(getComputedStyle(button).getPropertyValue('--rsi-border-radius')).toBe('12px');
    expect(VerifyIdentityButton.displayName).toBe('VerifyIdentityButton');
  });

  it('should let the host cancel the start with preventDefault in onClick', async () => {
    const { user, backend } = setup(<VerifyIdentityButton onClick={(e) => e.preventDefault()} />);
    await user.click(screen.getByRole('button'));
    expect(backend.requests.createSession).toBe(0);
    expect(screen.getByRole('button')).toHaveAttribute('data-state', 'idle');
  });

  describe('asChild', () => {
    it("should render the host's element with the button's props and behaviour", async () => {
      const ref = createRef<HTMLButtonElement>();
      const childRef = createRef<HTMLButtonElement>();
      const onChildClick = vi.fn();
      const { user, backend, container } = setup(
        <VerifyIdentityButton asChild ref={ref} className="outer">
          <DsButton className="inner" ref={childRef} onClick={onChildClick}>
            Verify now
          </DsButton>
        </VerifyIdentityButton>,
      );
      const button = screen.getByRole('button', { name: 'Verify now' });
      expect(container.querySelectorAll('button')).toHaveLength(1);
      expect(button).toHaveAttribute('data-rsi', 'verify-identity-button');
      expect(button).toHaveAttribute('data-state', 'idle');
      expect(button.className).toBe('ds-button rsi-verify-identity-button outer inner');
      expect(ref.current).toBe(button);
      expect(childRef.current).toBe(button);

      await user.click(button);
      expect(onChildClick).toHaveBeenCalledTimes(1);
      await waitFor(() => expect(button).toHaveAttribute('data-state', 'submitted'));
      expect(backend.requests.createSession).toBe(1);
      await expectNoAxeViolations(container);
    });

    it('should throw a clear error without exactly one element child', () => {
      vi.spyOn(console, 'error').mockImplementation(() => {});
      expect(() => setup(<VerifyIdentityButton asChild>text</VerifyIdentityButton>)).toThrow(
        /<VerifyIdentityButton asChild> needs exactly one React element/,
      );
    });
  });

  it('should name itself in the error when rendered outside <IdentityProvider>', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<VerifyIdentityButton />)).toThrow(
      'Could not find IdentityProvider context; wrap the part of your app that renders <VerifyIdentityButton> in an <IdentityProvider>.',
    );
  });
});
