// How a host app's bundler builds this package, for the size benchmark (scripts/size.mjs) and
// the production-build tests (test/dist/production.test.ts): esbuild, bundled, minified, ESM for
// the browser, `process.env.NODE_ENV` defined, the given packages (and their subpaths) external.

/** esbuild options for bundling `contents` (resolved from `resolveDir`) as a host does. */
export function hostBuildOptions({ contents, resolveDir, external, nodeEnv = 'production' }) {
  return {
    stdin: { contents, resolveDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    external: external.flatMap((p) => [p, `${p}/*`]),
    define: { 'process.env.NODE_ENV': JSON.stringify(nodeEnv) },
    logLevel: 'silent',
  };
}
