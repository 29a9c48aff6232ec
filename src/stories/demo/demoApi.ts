/** Where the Storybook dev server mounts the demo backend (browser-safe constants). */
export const DEMO_API = '/demo-api';

/** The one signed-in user of the demo. */
export const DEMO_USER = 'demo_user';

/** The request header a story uses to sign in as a user of its own. */
export const DEMO_USER_HEADER = 'X-Demo-User';

/** Where the demo backend forwards the simulator's test helpers (`connectSimulator({ url })`). */
export const DEMO_SIMULATOR = `${DEMO_API}/stripe`;
