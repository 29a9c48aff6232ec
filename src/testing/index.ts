/**
 * `react-stripe-identity/testing` — mocks and factories for host apps' tests and stories.
 * Runner-agnostic: imports neither `vi` nor `jest`.
 */

export { sessionIdFromClientSecret } from '../core/contract.js';
export { type ConnectSimulatorOptions, connectSimulator } from './connectSimulator.js';
export { createDeferred, type Deferred } from './createDeferred.js';
// Mocks, factories and the test provider.
export {
  createMockBackend,
  type MockBackend,
  type MockBackendMethod,
  type MockBackendOptions,
  type MockCreateSessionCall,
  type MockDelay,
  type MockFailure,
  type MockSessionStep,
} from './createMockBackend.js';
export {
  createMockStripe,
  type MockStripe,
  type MockStripeOptions,
  type MockStripeOutcome,
  type MockStripeOutcomeInput,
  type MockVerifyIdentityCall,
} from './createMockStripe.js';
export {
  createSimulatedStripe,
  SIMULATED_UNKNOWN_CODE,
  SIMULATED_UNKNOWN_REASON,
  type SimulatedOutcome,
  type SimulatedOutcomeInput,
  type SimulatedOutcomeOption,
  type SimulatedStripe,
  type SimulatedStripeOptions,
  type SimulatedVerdict,
  type SimulatedVerifyIdentityCall,
} from './createSimulatedStripe.js';
export { hashSecret } from './hashSecret.js';
export {
  createTestQueryClient,
  IdentityTestProvider,
  type IdentityTestProviderProps,
} from './IdentityTestProvider.js';
export {
  makeFailedVerificationSession,
  makeRedactedVerificationSession,
  makeSessionId,
  makeVerificationSession,
  REDACTED_VERIFIED_OUTPUTS,
} from './makeVerificationSession.js';
