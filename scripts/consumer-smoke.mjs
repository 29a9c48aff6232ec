#!/usr/bin/env node
// What a host app does: `npm pack` the package, install the tarball into a fresh app next to the
// peer versions we test, then (1) render every public component on the server with a locale
// pack and the test kit, and (2) bundle a client entry with esbuild, proving that a bundler
// resolves every entry, then (3) run that bundle in a DOM: it renders and injects no Stripe.js.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { JSDOM } from 'jsdom';

const root = path.resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const app = mkdtempSync(path.join(tmpdir(), 'rsi-consumer-'));
const run = (cmd, args, cwd = app) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: 'pipe' });

try {
  const tarball = run('npm', ['pack', '--silent', '--pack-destination', app], root)
    .trim()
    .split('\n')
    .pop();
  writeFileSync(
    path.join(app, 'package.json'),
    JSON.stringify({ name: 'consumer-app', private: true, type: 'module' }),
  );
  const peers = ['react', 'react-dom', '@stripe/stripe-js', '@tanstack/react-query'].map(
    (name) => `${name}@${pkg.devDependencies[name]}`,
  );
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', `./${tarball}`, ...peers]);

  // 1. Server rendering in plain Node, through the package's own exports map.
  writeFileSync(
    path.join(app, 'ssr.mjs'),
    `import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import {
  IdentityProvider, RedactionNotice, VerificationLastError, VerificationSessionCard,
  VerificationStatus, VerifyIdentityButton, describeSession,
} from 'react-stripe-identity';
import { parseVerificationSession } from 'react-stripe-identity/core';
import { createMockBackend, createMockStripe, makeFailedVerificationSession } from 'react-stripe-identity/testing';
import { createIdentityHandlers } from 'react-stripe-identity/server';
import { startIdentitySimulator } from 'react-stripe-identity/simulator';
import fr from 'react-stripe-identity/locales/fr';
const session = parseVerificationSession(makeFailedVerificationSession('document_expired'));
const html = renderToString(
  h(IdentityProvider, { stripe: createMockStripe().stripe, backend: createMockBackend(), messages: fr },
    h(VerifyIdentityButton), h(VerificationStatus, { session }), h(VerificationLastError, { session }),
    h(RedactionNotice, { redaction: { status: 'redacted' } }), h(VerificationSessionCard, { session })),
);
if (!html.includes('data-code="document_expired"')) throw new Error('last error not rendered');
if (!html.includes(fr.lastError.document_expired.message)) throw new Error('French pack not used');
if (describeSession(session).phase !== 'action_required') throw new Error('describeSession');
if (typeof createIdentityHandlers !== 'function') throw new Error('server entry');
const sim = await startIdentitySimulator();
const listed = await fetch(sim.url + '/v1/identity/verification_sessions', { headers: { Authorization: 'Bearer sk_test_1' } });
await sim.close();
if (listed.status !== 200) throw new Error('simulator entry answered ' + listed.status);
if (globalThis.document !== undefined) throw new Error('a DOM appeared');
console.log('server render ok (' + html.length + ' bytes of HTML)');
`,
  );
  console.log(run(process.execPath, ['ssr.mjs']).trim());

  // 2. A browser bundle of a client entry, as a host's bundler would make it.
  writeFileSync(
    path.join(app, 'client.jsx'),
    `import { createRoot } from 'react-dom/client';
import { IdentityProvider, VerificationSessionCard } from 'react-stripe-identity';
import 'react-stripe-identity/styles.css';
createRoot(document.getElementById('root')).render(
  <IdentityProvider publishableKey="pk_test_123"><VerificationSessionCard /></IdentityProvider>,
);
`,
  );
  const out = await build({
    entryPoints: [path.join(app, 'client.jsx')],
    absWorkingDir: app,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    jsx: 'automatic',
    outdir: path.join(app, 'out'),
    write: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const js = out.outputFiles.find((f) => f.path.endsWith('.js')).text;
  const css = out.outputFiles.find((f) => f.path.endsWith('.css'))?.text ?? '';
  if (!css.includes('--rsi-color-primary')) throw new Error('styles.css was not bundled');

  // 3. Run that bundle in a DOM: the card renders, and no Stripe.js script is injected until
  // the user shows intent (the main @stripe/stripe-js entry would inject one at import).
  const dom = new JSDOM('<!doctype html><div id="root"></div>', { runScripts: 'outside-only' });
  dom.window.eval(js);
  await new Promise((resolve) => setTimeout(resolve, 50));
  const card = dom.window.document.querySelector('[data-rsi="verification-session-card"]');
  if (card?.getAttribute('data-phase') !== 'not_started') throw new Error('card did not render');
  if (dom.window.document.querySelector('script[src*="stripe"]')) {
    throw new Error('Stripe.js was injected before any intent');
  }
  dom.window.close();
  console.log(
    `client bundle ok (${js.length} bytes JS, ${css.length} bytes CSS), renders, no Stripe.js injected`,
  );
} finally {
  rmSync(app, { recursive: true, force: true });
}
