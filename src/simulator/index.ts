/**
 * `react-stripe-identity/simulator` — a local Stripe Identity simulator for host apps' tests and
 * demos (Node only, no React): Stripe's VerificationSession API on 127.0.0.1, test helpers that
 * drive a session to a verdict, and signed webhooks.
 */

export { startIdentitySimulator } from './startIdentitySimulator.js';
export type {
  IdentitySimulator,
  IdentitySimulatorOptions,
  SimulatedSession,
  SimulatorAutoVerdict,
  SimulatorDelivery,
  SimulatorDeliveryOptions,
  SimulatorEvent,
  SimulatorEventType,
  SimulatorFault,
  SimulatorFaultKind,
  SimulatorRequest,
  SimulatorRoute,
  SimulatorVerdict,
  SimulatorWebhook,
} from './types.js';
export { signPayload } from './webhooks/signPayload.js';
