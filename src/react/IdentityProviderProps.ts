// The props of <IdentityProvider>, apart from it: the provider for `locale="auto"` (a chunk of
// its own) takes the same props without importing the provider.
import type { Stripe, StripeConstructorOptions } from '@stripe/stripe-js';
import type { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { IdentityAppearance } from '../core/appearance.js';
import type { HttpBackendOptions, IdentityBackend } from '../core/backend.js';
import type { IdentityMessages, PartialIdentityMessages } from '../core/messages.js';

/** Props of `<IdentityProvider>`. */
export interface IdentityProviderProps {
  /**
   * A Stripe instance, the promise `loadStripe()` returns, or `null` while it is not ready
   * (server rendering). Set it once: a later change (other than `null` → value) is ignored with a
   * development warning. Omit it and pass `publishableKey` to let the provider load Stripe.js.
   */
  stripe?: Stripe | PromiseLike<Stripe | null> | null;
  /**
   * Your publishable key (`pk_…`). Stripe.js is then loaded through `@stripe/stripe-js/pure` on the
   * first `preload()` or `start()` only; rendering never injects a script.
   */
  publishableKey?: string;
  /** Options for `loadStripe(publishableKey, stripeOptions)` (e.g. `stripeAccount`). */
  stripeOptions?: StripeConstructorOptions;
  /**
   * Your backend: an object with `createSession` and `getSession`, or options for the default
   * HTTP client (`{ baseUrl, headers, credentials, fetch, timeoutMs }`). Default: the HTTP client
   * on `/api/identity`.
   */
  backend?: IdentityBackend | HttpBackendOptions;
  /** The QueryClient to use. Default: the nearest `QueryClientProvider`'s, else an internal one. */
  queryClient?: QueryClient;
  /**
   * BCP 47 locale (`'fr'`, `'pt-BR'`). Also passed to `loadStripe` (unless `stripeOptions.locale`
   * is set) so Stripe's own messages match. Texts come from `messages`.
   *
   * `'auto'`: the best shipped pack for the user's languages (`acceptLanguage`, else
   * `navigator.languages`), loaded on demand, and the same language for Stripe.js. The first
   * render suspends (React Suspense) until the pack has loaded, unless `preloadLocale()` loaded it.
   * Switching to or from `'auto'` mounts what is inside the provider anew.
   */
  locale?: string;
  /**
   * A message pack (`import fr from 'react-stripe-identity/locales/fr'`) or partial overrides,
   * merged over English. Not used with `locale="auto"`, which shows the chosen pack whole.
   */
  messages?: IdentityMessages | PartialIdentityMessages;
  /**
   * With `locale="auto"`: the user's languages as the request's `Accept-Language` header. Pass
   * the same value on the server and in the browser (e.g. from your loader's data): it decides
   * the language on both sides, so the server's HTML and the first browser render agree.
   * Without it the server renders English and the browser switches to `navigator.languages`.
   */
  acceptLanguage?: string | null;
  /**
   * Theme and variables for the components, the same shape as Stripe Elements' `appearance`.
   * The variables are written into one `<style>` the provider renders (before its children),
   * scoped to its components: no component gets a `style` attribute.
   */
  appearance?: IdentityAppearance;
  /**
   * The nonce of your Content Security Policy (`style-src 'nonce-…'`), put on the `<style>` of
   * the `appearance` variables, so they apply under a policy without `'unsafe-inline'`.
   */
  nonce?: string;
  /** Your app: the provider renders it as is, with no wrapper element. */
  children?: ReactNode;
}
