/**
 * `react-stripe-identity/testing` — mocks and factories for host apps' tests and stories.
 * Runner-agnostic: imports neither `vi` nor `jest`.
 */
export {
  createSimulatedStripe,
  SIMULATED_UNKNOWN_CODE,
  SIMULATED_UNKNOWN_REASON,
  type SimulatedChoice,
  type SimulatedChoiceInput,
  type SimulatedStripe,
  type SimulatedStripeOptions,
  type SimulatedVerdict,
  type SimulatedVerifyIdentityCall,
  sessionIdFromClientSecret,
} from './createSimulatedStripe.js';
