/** The package version, written in at build time from package.json. */
export const LIBRARY_VERSION: string = __PACKAGE_VERSION__;

/** How this library introduces itself to Stripe.js (`stripe.registerAppInfo`). */
export const APP_INFO = {
  name: 'react-stripe-identity',
  version: LIBRARY_VERSION,
  url: 'https://www.npmjs.com/package/react-stripe-identity',
} as const;
