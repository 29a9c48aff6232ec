/**
 * `react-stripe-identity/testing` — mocks and factories for host apps' tests and stories.
 * Runner-agnostic: imports neither `vi` nor `jest`.
 */
export {};
