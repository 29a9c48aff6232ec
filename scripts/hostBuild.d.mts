import type { BuildOptions } from 'esbuild';

/** esbuild options for bundling `contents` (resolved from `resolveDir`) as a host does. */
export declare function hostBuildOptions(options: {
  contents: string;
  resolveDir: string;
  /** Packages left to the host (each with its subpaths). */
  external: string[];
  /** Default "production". */
  nodeEnv?: 'production' | 'development';
}): BuildOptions & { write: false };
