// Which mode the built package is in, where no `process` global exists (a browser): a bundler
// that replaced `process.env.NODE_ENV` decides (Vite's dev server, Storybook, webpack in
// development), and without a bundler it is production. Run in a fresh `vm` context, which has
// no `process`, on the built `dist/core` bundled with esbuild as a host's bundler would.
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

interface Core {
  createHttpBackend: (options: object) => { createSession: (input: object) => Promise<unknown> };
  parseVerificationSession: (input: unknown) => unknown;
}

/** dist/core, bundled with `NODE_ENV` replaced (or not), run where there is no `process`. */
async function coreIn(nodeEnv: 'development' | 'production' | undefined): Promise<Core> {
  const out = await build({
    stdin: {
      contents:
        "export { createHttpBackend, parseVerificationSession } from './dist/core/index.js';",
      resolveDir: root,
      loader: 'js',
    },
    bundle: true,
    format: 'iife',
    globalName: 'pkg',
    // `neutral`: esbuild defines nothing itself (for `browser` it would define NODE_ENV).
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
    ...(nodeEnv ? { define: { 'process.env.NODE_ENV': JSON.stringify(nodeEnv) } } : {}),
  });
  const context: { pkg?: Core } & Record<string, unknown> = {
    setTimeout,
    clearTimeout,
    AbortController,
    Headers,
  };
  runInNewContext(`${out.outputFiles[0]!.text}; this.pkg = pkg;`, context);
  expect(runInNewContext('typeof process', context)).toBe('undefined');
  return context.pkg!;
}

async function createHttpBackendIn(nodeEnv: 'development' | 'production' | undefined) {
  return (await coreIn(nodeEnv)).createHttpBackend;
}

/** The message `run` throws or rejects with. */
async function messageOf(run: () => unknown): Promise<string> {
  try {
    await run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected an error');
}

describe('development mode without a process global', () => {
  it("is on when the bundler replaced NODE_ENV with 'development' (regression: Vite's dev server got no developer checks)", async () => {
    const createHttpBackend = await createHttpBackendIn('development');
    expect(() => createHttpBackend({ timeoutMs: -1 })).toThrow(/`timeoutMs` must be a number/);
  });

  it("is off when the bundler replaced NODE_ENV with 'production'", async () => {
    const createHttpBackend = await createHttpBackendIn('production');
    expect(() => createHttpBackend({ timeoutMs: -1 })).not.toThrow();
  });

  it('is off without a bundler, and nothing reads the missing process', async () => {
    const createHttpBackend = await createHttpBackendIn(undefined);
    expect(() => createHttpBackend({ timeoutMs: -1 })).not.toThrow();
  });
});

describe('error messages: the fix in development, the facts in every build (README table)', () => {
  const hanging = { timeoutMs: 10, fetch: () => new Promise(() => {}) };
  const invalid = { id: 'vs_1', status: 1 };

  it('development', async () => {
    const core = await coreIn('development');
    expect(await messageOf(() => core.createHttpBackend(hanging).createSession({}))).toBe(
      'POST /api/identity/verification-sessions did not answer within 10 ms (createHttpBackend `timeoutMs`).',
    );
    expect(await messageOf(() => core.parseVerificationSession(invalid))).toBe(
      'Invalid VerificationSession from the backend: `status` must be a string, got number.',
    );
  });

  it('production', async () => {
    const core = await coreIn('production');
    expect(await messageOf(() => core.createHttpBackend(hanging).createSession({}))).toBe(
      'POST /api/identity/verification-sessions did not answer within 10 ms',
    );
    expect(await messageOf(() => core.parseVerificationSession(invalid))).toBe(
      'Invalid VerificationSession from the backend: `status` got number.',
    );
  });
});
