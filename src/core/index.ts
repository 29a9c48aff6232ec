/**
 * `react-stripe-identity/core` — framework-free: types, parsing, the status model, the message
 * catalogue and the backend client. Imports no React and touches no `window` at module scope,
 * so it runs in Node, workers and the host's backend.
 */
export {
  APPEARANCE_VARIABLES,
  type AppearanceCssVariables,
  type AppearanceVariable,
  appearanceToCssVariables,
  IDENTITY_THEMES,
  type IdentityAppearance,
  type IdentityAppearanceVariables,
  type IdentityTheme,
} from './appearance.js';
export type {
  BackendCallOptions,
  CreatedSession,
  CreateSessionInput,
  HttpBackendOptions,
  IdentityBackend,
} from './backend.js';
export {
  DEFAULT_BASE_URL,
  type IdentityErrorBody,
  type IdentityServerErrorCode,
  isSessionId,
  MODE_HEADER,
  type VerificationMode,
} from './contract.js';
export { createHttpBackend } from './createHttpBackend.js';
export { DEFAULT_TIMEOUT_MS } from './createHttpClient.js';
export {
  createVerificationFlow,
  type VerificationCallbacks,
  type VerificationFlow,
  type VerificationFlowOptions,
  type VerificationFlowState,
  type VerificationRequest,
  type VerifyIdentityOutcome,
} from './createVerificationFlow.js';
export { type DescribableError, describeIdentityError } from './describeIdentityError.js';
export {
  type DescribableSession,
  describeLastError,
  describeRedaction,
  describeSession,
  isKnownLastErrorCode,
  LAST_ERROR_RETRYABLE,
  type LastErrorView,
  phaseOf,
  type RedactionState,
  type SessionView,
  type VerificationTone,
} from './describeSession.js';
export { en } from './en.js';
export {
  IDENTITY_ERROR_CODES,
  IdentityError,
  type IdentityErrorCode,
  type IdentityErrorOptions,
  isIdentityError,
} from './IdentityError.js';
export {
  formatMessage,
  type IdentityMessages,
  type MessagePair,
  mergeMessages,
  type PartialIdentityMessages,
  type PhaseText,
  type ServerErrorMessageCode,
  type VerificationPhase,
  type VerifyIdentityState,
} from './messages.js';
export {
  INVALID_SESSION_PREFIX,
  parseVerificationSession,
} from './parseVerificationSession.js';
export { redactSecrets } from './redactSecrets.js';
export {
  type DocumentType,
  type KnownLastErrorCode,
  LAST_ERROR_CODES,
  type LastError,
  type LastErrorCode,
  type MatchingPolicy,
  type OtherString,
  type ProvidedDetails,
  REDACTION_STATUSES,
  type Redaction,
  type RedactionStatus,
  type RelatedPerson,
  VERIFICATION_SESSION_STATUSES,
  type VerificationSession,
  type VerificationSessionOptions,
  type VerificationSessionStatus,
  type VerificationSessionType,
  type VerifiedAddress,
  type VerifiedDob,
  type VerifiedOutputs,
} from './types.js';
