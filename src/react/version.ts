'use client';

/** The package version, sent to Stripe with `registerAppInfo`. A test keeps it equal to package.json. */
export const LIBRARY_VERSION = '0.1.0';

/** How this library introduces itself to Stripe.js (`stripe.registerAppInfo`). */
export const APP_INFO = {
  name: 'react-stripe-identity',
  version: LIBRARY_VERSION,
  url: 'https://www.npmjs.com/package/react-stripe-identity',
} as const;
