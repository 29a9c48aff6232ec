/**
 * `react-stripe-identity/server` — Fetch-API handlers for the host's backend. No React.
 */
export {};
