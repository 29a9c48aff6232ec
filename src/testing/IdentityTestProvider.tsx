'use client';

import type { Stripe } from '@stripe/stripe-js';
import { QueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import type { IdentityAppearance } from '../core/appearance.js';
import type { IdentityBackend } from '../core/backend.js';
import type { IdentityMessages, PartialIdentityMessages } from '../core/messages.js';
import { IdentityProvider } from '../react/IdentityProvider.js';
import { createMockBackend } from './createMockBackend.js';
import { createMockStripe, type MockStripe } from './createMockStripe.js';
import type { SimulatedStripe } from './createSimulatedStripe.js';

/**
 * A QueryClient for tests: no retries (a failure shows at once), no garbage-collection timers
 * left behind, no refetch on window focus.
 */
export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, gcTime: Number.POSITIVE_INFINITY, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}

/** Props of {@link IdentityTestProvider}: every provider prop has a test default. */
export interface IdentityTestProviderProps {
  /**
   * Default `createMockStripe().stripe` (every verification submits). A `MockStripe` or a
   * simulated Stripe may be passed as it is, without `.stripe`.
   */
  stripe?: Stripe | MockStripe | SimulatedStripe | PromiseLike<Stripe | null> | null;
  /** Default `createMockBackend()`. */
  backend?: IdentityBackend;
  /** Default `createTestQueryClient()`. */
  queryClient?: QueryClient;
  /** As on `<IdentityProvider>`. */
  locale?: string;
  /** As on `<IdentityProvider>`. */
  messages?: IdentityMessages | PartialIdentityMessages;
  /** As on `<IdentityProvider>`. */
  appearance?: IdentityAppearance;
  /** As on `<IdentityProvider>`. */
  nonce?: string;
  children?: ReactNode;
}

/**
 * `<IdentityProvider>` preconfigured for tests and stories: a mock Stripe, an in-memory backend
 * and a test QueryClient, each replaceable by a prop. The defaults are created once per mount.
 *
 * @example
 * const backend = createMockBackend({ statusSequence: ['processing', 'verified'] });
 * render(<IdentityTestProvider backend={backend}><MyVerifyPage /></IdentityTestProvider>);
 */
export function IdentityTestProvider(props: IdentityTestProviderProps): ReactNode {
  const [defaults] = useState(() => ({
    stripe: createMockStripe().stripe,
    backend: createMockBackend(),
    queryClient: createTestQueryClient(),
  }));
  const { stripe, backend, queryClient, children, ...rest } = props;
  return (
    <IdentityProvider
      stripe={
        stripe === undefined
          ? defaults.stripe
          : (stripe as Stripe | PromiseLike<Stripe | null> | null)
      }
      backend={backend ?? defaults.backend}
      queryClient={queryClient ?? defaults.queryClient}
      {...rest}
    >
      {children}
    </IdentityProvider>
  );
}
