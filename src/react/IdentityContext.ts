'use client';

import type { Stripe } from '@stripe/stripe-js';
import type { QueryClient } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import type { IdentityAppearance } from '../core/appearance.js';
import type { IdentityBackend } from '../core/backend.js';
import { httpBackend } from '../core/createHttpBackend.js';
import { type HttpClient, isHttpClient } from '../core/createHttpClient.js';
import type { VerificationFlow } from '../core/createVerificationFlow.js';
import { en } from '../core/en.js';
import {
  type IdentityMessages,
  mergeMessages,
  type PartialIdentityMessages,
} from '../core/messages.js';

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

/**
 * What `<IdentityProvider>` puts in context: {@link IdentityContextValue} with the `messages`
 * prop as given. Texts are merged over English only where they are read (a component merges the
 * section it renders), so a provider that shows no text bundles no catalogue.
 */
export interface ProviderContextValue extends Omit<IdentityContextValue, 'messages' | 'backend'> {
  /** The provider's `messages` prop as given: a locale pack, partial overrides, or nothing. */
  messages: PartialIdentityMessages | undefined;
  /**
   * The host's backend, or the default HTTP client. That client validates no session: readers
   * get it through {@link useIdentityContext}, whose `backend` validates each one once.
   */
  backend: IdentityBackend | HttpClient;
  /** The one verification every `useVerifyIdentity()` under this provider shares. */
  flow: VerificationFlow;
  /**
   * Set when the provider renders the `appearance` variables: the `data-rsi-appearance` value
   * its stylesheet is scoped to.
   */
  appearanceId?: string | undefined;
}

/** The provider's context. Prefer {@link useIdentityContext}. */
export const IdentityContext = createContext<ProviderContextValue | null>(null);
IdentityContext.displayName = 'IdentityContext';

/**
 * The error thrown when `caller` (`'useVerifyIdentity'`, `'<VerifyIdentityButton>'`…) is used
 * outside `<IdentityProvider>`: with the fix in development, the problem and the call in production.
 */
export function missingProviderMessage(caller: string): string {
  if (process.env.NODE_ENV !== 'production') {
    const use = caller.startsWith('<') ? `renders ${caller}` : `calls ${caller}()`;
    return `Could not find IdentityProvider context; wrap the part of your app that ${use} in an <IdentityProvider>.`;
  }
  return `Could not find IdentityProvider context for ${caller}.`;
}

/**
 * The library's own hooks read the context through this, naming themselves in the error when
 * there is no provider. No catalogue is bundled with it.
 */
export function useProviderContext(hookName: string): ProviderContextValue {
  const context = useContext(IdentityContext);
  if (!context) throw new Error(missingProviderMessage(hookName));
  return context;
}

const merged = new WeakMap<object, IdentityMessages>();

/** English with `overrides` merged over it; the same object for the same overrides. */
export function messagesFor(overrides: PartialIdentityMessages | undefined): IdentityMessages {
  if (!overrides) return en;
  let messages = merged.get(overrides);
  if (!messages) {
    messages = mergeMessages(en, overrides);
    merged.set(overrides, messages);
  }
  return messages;
}

const full = new WeakMap<ProviderContextValue, IdentityContextValue>();

/** The public context value: the backend that validates sessions, the merged catalogue. */
export function withMessages(context: ProviderContextValue): IdentityContextValue {
  let value = full.get(context);
  if (!value) {
    const { backend } = context;
    value = {
      ...context,
      backend: isHttpClient(backend) ? httpBackend(backend) : backend,
      messages: messagesFor(context.messages),
    };
    full.set(context, value);
  }
  return value;
}

/**
 * Reads the nearest `<IdentityProvider>`, for your own components built on it; throws when there
 * is none.
 */
export function useIdentityContext(): IdentityContextValue {
  return withMessages(useProviderContext('useIdentityContext'));
}

/** Reads the nearest `<IdentityProvider>`, or `null` outside one (for components that work without it). */
export function useOptionalIdentityContext(): IdentityContextValue | null {
  const context = useContext(IdentityContext);
  return context ? withMessages(context) : null;
}

/** The provider's merged message catalogue, or the English one outside a provider. */
export function useIdentityMessages(): IdentityMessages {
  return messagesFor(useContext(IdentityContext)?.messages);
}
