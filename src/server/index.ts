/**
 * `react-stripe-identity/server` — Fetch-API handlers for the host's backend, implementing the
 * HTTP contract the browser client (`createHttpBackend`) talks to. No React; `stripe` (the Node
 * SDK) is an optional peer dependency used for its types only — you pass your own instance.
 */

export type {
  IdentityErrorBody,
  IdentityServerErrorCode,
  VerificationMode,
} from '../core/contract.js';
export {
  createIdentityHandlers,
  type IdentityHandler,
  type IdentityHandlerName,
  type IdentityHandlers,
  type IdentityHandlersOptions,
  type IdentityStripeClient,
  type IdentityWebhookEvent,
  type SessionParamsContext,
  USER_METADATA_KEY,
} from './createIdentityHandlers.js';
export {
  type NodeRequestListener,
  type ToNodeHandlerOptions,
  toNodeHandler,
} from './toNodeHandler.js';
