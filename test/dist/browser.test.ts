// The built package (dist/) imported as plain ESM in real Chromium: no bundler, no `process`
// global. An import map points the peers at ESM builds of them served from a local server
// (React ships CommonJS only, so the peers, and nothing of ours, are bundled first).

import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { build } from 'esbuild';
import { type Browser, chromium } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);

/** Every bare specifier dist/ imports, and the name of its ESM build under /peers/. */
const PEERS: Record<string, string> = {
  react: 'react',
  'react/jsx-runtime': 'react-jsx-runtime',
  'react-dom/client': 'react-dom-client',
  '@tanstack/react-query': 'tanstack-react-query',
  '@stripe/stripe-js/pure/index.mjs': 'stripe-js-pure',
};
const CJS = new Set(['react', 'react/jsx-runtime', 'react-dom/client']);

/** ESM builds of the peers, one file each, sharing one copy of React. */
async function buildPeers(): Promise<Map<string, string>> {
  const entries = Object.entries(PEERS).map(([specifier, name]) => {
    // A CommonJS module has no static export list: name its exports for the ESM wrapper.
    const contents = CJS.has(specifier)
      ? `import * as m from ${JSON.stringify(specifier)}; export const { ${Object.keys(
          require(specifier) as object,
        ).join(', ')} } = m; export default m;`
      : `export * from ${JSON.stringify(specifier)};`;
    return { name, contents };
  });
  const out = await build({
    entryPoints: entries.map(({ name }) => ({ in: `peer:${name}`, out: name })),
    plugins: [
      {
        name: 'peer-entries',
        setup(b) {
          b.onResolve({ filter: /^peer:/ }, (args) => ({ path: args.path, namespace: 'peer' }));
          b.onLoad({ filter: /.*/, namespace: 'peer' }, (args) => ({
            contents: entries.find((e) => `peer:${e.name}` === args.path)?.contents ?? '',
            resolveDir: root,
            loader: 'js',
          }));
        },
      },
    ],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    outdir: '/peers',
    write: false,
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  });
  return new Map(out.outputFiles.map((file) => [`/peers/${path.basename(file.path)}`, file.text]));
}

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>dist in Chromium</title><link rel="icon" href="data:,">
<script type="importmap">${JSON.stringify({
  imports: {
    ...Object.fromEntries(Object.entries(PEERS).map(([spec, name]) => [spec, `/peers/${name}.js`])),
    'react-stripe-identity': '/dist/index.js',
    'react-stripe-identity/core': '/dist/core/index.js',
  },
})}</script></head>
<body><div id="root"></div>
<script type="module">
  import { createElement as h } from 'react';
  import { createRoot } from 'react-dom/client';
  import * as library from 'react-stripe-identity';
  import { describeSession } from 'react-stripe-identity/core';
  const { IdentityProvider, VerificationStatus, VerifyIdentityButton, VerificationLastError } = library;
  const failed = { status: 'requires_input', last_error: { code: 'document_expired', reason: null }, redaction: null };
  createRoot(document.getElementById('root')).render(
    h(IdentityProvider, { publishableKey: 'pk_test_123', backend: { baseUrl: '/api/identity' } },
      h(VerificationStatus, { status: 'processing' }),
      // Would warn in development: with no \`process\` it must neither warn nor throw.
      h(VerificationStatus, { 'data-testid': 'no-props' }),
      h(VerificationLastError, { session: failed }),
      h(VerifyIdentityButton)),
  );
  window.__result = {
    process: typeof process,
    exports: Object.keys(library).length,
    title: describeSession(failed).title,
  };
</script></body></html>`;

let server: Server;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  const peers = await buildPeers();
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const send = (body: string, type: string) => {
      response.writeHead(200, { 'Content-Type': type });
      response.end(body);
    };
    const peer = peers.get(url.pathname);
    if (url.pathname === '/') return send(PAGE, 'text/html');
    if (peer !== undefined) return send(peer, 'text/javascript');
    if (url.pathname.startsWith('/dist/') && !url.pathname.includes('..')) {
      readFile(path.join(root, url.pathname)).then(
        (body) => send(body.toString('utf8'), 'text/javascript'),
        () => {
          response.writeHead(404);
          response.end();
        },
      );
      return;
    }
    response.writeHead(404);
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch(chromiumLaunchOptions);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe('dist/ in Chromium, without a bundler and without `process`', () => {
  it('imports every entry it needs and renders, with no error and no warning', {
    timeout: 120_000,
  }, async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') {
        problems.push(`${message.type()}: ${message.text()}`);
      }
    });
    page.on('requestfailed', (request) => problems.push(`requestfailed: ${request.url()}`));
    await page.goto(`${origin}/`);
    await page.waitForFunction(
      () => document.querySelectorAll('[data-rsi="verification-status"]').length === 2,
      undefined,
      { timeout: 60_000 },
    );
    const result = await page.evaluate(() => (window as unknown as { __result: unknown }).__result);
    expect(result).toEqual({
      process: 'undefined',
      exports: expect.any(Number),
      title: 'Verification needs your attention',
    });
    expect(await page.locator('[data-phase="processing"]').count()).toBe(1);
    expect(await page.locator('[data-testid="no-props"]').getAttribute('data-phase')).toBe(
      'unknown',
    );
    expect(await page.locator('[data-code="document_expired"]').count()).toBe(1);
    expect(await page.locator('button[data-rsi="verify-identity-button"]').count()).toBe(1);
    // Rendering injects no Stripe.js: it loads on the first hover, focus or click.
    expect(await page.locator('script[src*="stripe"]').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});
