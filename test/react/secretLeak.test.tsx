// The client_secret must never enter React state, the query cache, a query key, a log, the DOM,
// storage or a URL. These tests run whole flows and then search everywhere for it.
import { fireEvent, render, renderHook, screen, waitFor } from '@testing-library/react';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import type { IdentityBackend } from '../../src/core/backend.js';
import { IdentityProvider } from '../../src/react/IdentityProvider.js';
import { useVerificationSession } from '../../src/react/useVerificationSession.js';
import {
  createDeferred,
  createMockBackend,
  createMockStripe,
  createTestQueryClient,
  makeVerificationSession,
} from '../../src/testing/index.js';
import { everywhereText, spyOnConsole, VerifyConsumer } from './helpers.js';

describe('the client_secret', () => {
  it.each([
    'submitted',
    'canceled',
    { error: { code: 'consent_declined', message: 'No' } },
  ] as const)('should appear nowhere after a flow that ends %j', async (outcome) => {
    const console = spyOnConsole();
    const backend = createMockBackend({ statusSequence: ['processing', 'verified'] });
    const modalOpen = createDeferred();
    const stripe = createMockStripe({ outcome: () => modalOpen.promise.then(() => outcome) });
    const queryClient = createTestQueryClient();
    const { container } = render(
      <IdentityProvider stripe={stripe.stripe} backend={backend} queryClient={queryClient}>
        <VerifyConsumer follow />
      </IdentityProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
    // While the modal is open, the moment the secret exists, and after it closed.
    await waitFor(() => expect(stripe.calls.verifyIdentity).toHaveLength(1));
    await waitFor(() => expect(screen.getByTestId('status')).not.toHaveTextContent('loading'));
    const openSecret = backend.issued[0]!.clientSecret!;
    expect(screen.getByTestId('state')).toHaveTextContent('verifying');
    expect(everywhereText(container, queryClient)).not.toContain(openSecret);
    expect(console.text()).not.toContain(openSecret);
    modalOpen.resolve();
    await waitFor(() =>
      expect(screen.getByTestId('state')).not.toHaveTextContent(/idle|creating|verifying/),
    );
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('verified'));

    const secret = backend.issued[0]!.clientSecret!;
    expect(secret).toContain('_secret_');
    expect(stripe.calls.verifyIdentity).toHaveLength(1); // it was used, once
    const text = everywhereText(container, queryClient);
    expect(text).toContain(backend.issued[0]!.id); // the search does see the session
    expect(text).not.toContain(secret);
    expect(console.text()).not.toContain(secret);
    expect(JSON.stringify(stripe.calls.verifyIdentity)).not.toContain(secret);
  });

  it('should be dropped from sessions a custom backend returns with their secrets', async () => {
    const secret = 'vs_custom1_secret_cUsToM';
    const url = 'https://verify.stripe.com/start/test_custom';
    const backend: IdentityBackend = {
      createSession: async () => ({ id: 'vs_custom1', client_secret: secret }),
      getSession: async (id) =>
        makeVerificationSession({ id, status: 'processing', client_secret: secret, url }),
    };
    const queryClient = createTestQueryClient();
    const { result } = renderHook(() => useVerificationSession('vs_custom1'), {
      wrapper: ({ children }) => (
        <IdentityProvider stripe={null} backend={backend} queryClient={queryClient}>
          {children}
        </IdentityProvider>
      ),
    });
    await waitFor(() => expect(result.current.data).toBeDefined());
    expect(result.current.data).toMatchObject({ client_secret: null, url: null });
    const cache = JSON.stringify(
      queryClient
        .getQueryCache()
        .getAll()
        .map((q) => q.state),
    );
    expect(cache).not.toContain(secret);
    expect(cache).not.toContain(url);
    act(() => queryClient.clear());
  });

  it('should not be in the redirect flow either (url and secret stay out of storage)', async () => {
    const backend = createMockBackend();
    const queryClient = createTestQueryClient();
    const navigated: string[] = [];
    const { container } = render(
      <IdentityProvider backend={backend} queryClient={queryClient}>
        <VerifyConsumer mode="redirect" navigate={(url) => navigated.push(url)} />
      </IdentityProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(navigated).toHaveLength(1));
    const url = backend.issued[0]!.url!;
    expect(navigated[0]).toBe(url);
    expect(everywhereText(container, queryClient)).not.toContain(url);
  });
});
