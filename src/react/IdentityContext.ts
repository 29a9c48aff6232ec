'use client';

import type { Stripe } from '@stripe/stripe-js';
import type { QueryClient } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import type { IdentityAppearance } from '../core/appearance.js';
import type { IdentityBackend } from '../core/backend.js';
import { en } from '../core/en.js';
import type { IdentityMessages } from '../core/messages.js';

/** What `<IdentityProvider>` gives to the hooks and components below it. */
export interface IdentityContextValue {
  /** The host's backend (an object, or the default HTTP client). */
  backend: IdentityBackend;
  /** The QueryClient every session query and invalidation uses. */
  queryClient: QueryClient;
  /** The full catalogue: `en` merged with the provider's `messages`. */
  messages: IdentityMessages;
  /** BCP 47 tag: the `locale` prop, else the catalogue's own. */
  locale: string;
  /** The provider's `appearance`, for the components to turn into CSS variables. */
  appearance: IdentityAppearance | undefined;
  /** Resolves to Stripe.js (loading it on first call); rejects with `IdentityError('stripe_load_failed')`. */
  getStripe(): Promise<Stripe>;
  /** Starts loading Stripe.js without waiting (call on hover or focus). Never throws. */
  preload(): void;
}

/** The provider's context. Prefer {@link useIdentityContext}. */
export const IdentityContext = createContext<IdentityContextValue | null>(null);
IdentityContext.displayName = 'IdentityContext';

/** The error thrown when `hookName` is used outside `<IdentityProvider>`. */
export function missingProviderMessage(hookName: string): string {
  const use = hookName.startsWith('<') ? `renders ${hookName}` : `calls ${hookName}()`;
  return `Could not find IdentityProvider context; wrap the part of your app that ${use} in an <IdentityProvider>.`;
}

/**
 * Reads the nearest `<IdentityProvider>`; throws an error naming `hookName` (e.g.
 * `'useVerifyIdentity'` or `'<VerifyIdentityButton>'`) when there is none.
 */
export function useIdentityContext(hookName: string): IdentityContextValue {
  const context = useContext(IdentityContext);
  if (!context) throw new Error(missingProviderMessage(hookName));
  return context;
}

/** Reads the nearest `<IdentityProvider>`, or `null` outside one (for components that work without it). */
export function useOptionalIdentityContext(): IdentityContextValue | null {
  return useContext(IdentityContext);
}

/** The provider's merged message catalogue, or the English one outside a provider. */
export function useIdentityMessages(): IdentityMessages {
  return useContext(IdentityContext)?.messages ?? en;
}
