/**
 * `react-stripe-identity` — the provider, hooks and components, plus everything in `./core`.
 */
// Components (issue 4).
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
export * from './core/index.js';

// React: provider, context readers, hooks (issue 3).
export {
  type IdentityContextValue,
  useIdentityContext,
  useIdentityMessages,
  useOptionalIdentityContext,
} from './react/IdentityContext.js';
export { IdentityProvider, type IdentityProviderProps } from './react/IdentityProvider.js';
export { identityKeys } from './react/identityKeys.js';
export {
  clearRedirectSession,
  REDIRECT_SESSION_STORAGE_KEY,
} from './react/redirectStorage.js';
export type { StripeProp } from './react/stripeSource.js';
export { preloadLocale } from './react/useLocale.js';
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
  type VerifyIdentityOutcome,
} from './react/useVerifyIdentity.js';
export {
  DEFAULT_POLLING,
  type PollingOptions,
  type VerificationSessionQueryConfig,
  verificationSessionQueryOptions,
} from './react/verificationSessionQueryOptions.js';
