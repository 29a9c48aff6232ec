/** Types of scripts/examples.mjs, for the e2e tests. */
export type ExampleName = 'vite' | 'next';

export declare const EXAMPLES: Record<ExampleName, { dir: string; port: number }>;
/** Builds the library if needed and packs it; returns the tarball path. */
export declare function pack(): string;
export declare function install(example: ExampleName, tarball: string): void;
/** Builds the example; returns its build output by step (cached while its inputs are unchanged). */
export declare function build(example: ExampleName): Record<string, string>;
/** Pack, install and build the examples (all by default). Returns the build logs by example. */
export declare function setup(examples?: string[]): Record<string, Record<string, string>>;
export declare function serveCommand(
  example: ExampleName,
  options: { port: number; fakeApi: string; react18?: boolean },
): { command: string; args: string[]; cwd: string; env: Record<string, string> };
