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
/** The webhook signing secret demo mode's simulator signs with and the app checks. */
export declare const DEMO_WEBHOOK_SECRET: string;
/** The command that serves a built example in demo mode, on the simulator at `simulator`. */
export declare function serveCommand(
  example: ExampleName,
  options: { port: number; simulator: string; processingMs?: number; react18?: boolean },
): { command: string; args: string[]; cwd: string; env: Record<string, string> };
