/**
 * `react-stripe-identity` — the provider, hooks and components, plus everything in `./core`.
 */
export * from './core/index.js';
