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
export { createIdentityHandlers } from './createIdentityHandlers.js';
export { USER_METADATA_KEY } from './ownership.js';
export {
  type NodeRequestListener,
  type ToNodeHandlerOptions,
  toNodeHandler,
} from './toNodeHandler.js';
export type {
  IdentityEventContext,
  IdentityHandler,
  IdentityHandlerName,
  IdentityHandlers,
  IdentityHandlersOptions,
  IdentityStripeClient,
  IdentityWebhookEvent,
  SessionParamsContext,
} from './types.js';
