/**
 * `react-stripe-identity` — the provider, hooks and components, plus everything in `./core`.
 */
// Components.
export {
  RedactionNotice,
  type RedactionNoticeProps,
} from './components/RedactionNotice/RedactionNotice.js';
export {
  VerificationLastError,
  type VerificationLastErrorProps,
} from './components/VerificationLastError/VerificationLastError.js';
export {
  VerificationSessionCard,
  type VerificationSessionCardProps,
} from './components/VerificationSessionCard/VerificationSessionCard.js';
export {
  VerificationStatus,
  type VerificationStatusProps,
} from './components/VerificationStatus/VerificationStatus.js';
export {
  VerifyIdentityButton,
  type VerifyIdentityButtonProps,
} from './components/VerifyIdentityButton/VerifyIdentityButton.js';
export { identityKeys } from './core/identityKeys.js';
export * from './core/index.js';
export type { StripeProp } from './core/parseStripeProp.js';
export { DEFAULT_POLLING, type PollingOptions } from './core/polling.js';
export {
  clearRedirectSession,
  REDIRECT_SESSION_STORAGE_KEY,
} from './core/redirectStorage.js';
export {
  type VerificationSessionQueryOptions,
  verificationSessionQueryOptions,
} from './query/verificationSessionQueryOptions.js';
// React: provider, context readers, hooks.
export {
  type IdentityContextValue,
  useIdentityContext,
  useIdentityMessages,
  useOptionalIdentityContext,
} from './react/IdentityContext.js';
export { IdentityProvider, type IdentityProviderProps } from './react/IdentityProvider.js';
export {
  DEFAULT_RETURN_QUERY_PARAMETERS,
  type UseVerificationReturnOptions,
  type UseVerificationReturnResult,
  useVerificationReturn,
} from './react/useVerificationReturn.js';
export {
  type UseVerificationSessionOptions,
  type UseVerificationSessionResult,
  useVerificationSession,
} from './react/useVerificationSession.js';
export {
  type UseVerifyIdentityOptions,
  type UseVerifyIdentityResult,
  useVerifyIdentity,
} from './react/useVerifyIdentity.js';
