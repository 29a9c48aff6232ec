/** The `version` of package.json, replaced by Vite's `define` (vite.config.ts) in every build and test. */
declare const __PACKAGE_VERSION__: string;
