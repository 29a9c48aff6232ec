// Advice texts that developer errors carry in development and production builds leave out
// (written `process.env.NODE_ENV !== 'production' ? 'problem + advice' : 'problem'`). test/dist/production.test.ts checks an
// esbuild host bundle, test/e2e/vite.e2e.ts the Vite example's production build.

/** Advice that development errors give after the problem, and production builds leave out. */
export const DEVELOPMENT_ADVICE = [
  'Pass a Stripe instance, the promise returned by',
  'It looks like a publishable key',
  'Pass both, or pass',
  'Pass `fetch` to createHttpBackend()',
  'must be a number of milliseconds >= 0',
  'must be JSON-serialisable (no cycles, no BigInt)',
  'Check that `baseUrl` points at the react-stripe-identity/server handlers',
  'The server must answer the `',
  '(offline, blocked by a content blocker or a Content-Security-Policy)',
  '(no DOM here, e.g. during server rendering)',
  'pass the instance `loadStripe()` resolves to',
  'Pass one of them (redirect mode needs neither)',
  'The verification was abandoned (reset, or every component',
  'Remove `asChild` to render a <button>',
  'wrap the part of your app that',
  'a string or null',
];
