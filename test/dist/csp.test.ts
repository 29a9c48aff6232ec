// A server-rendered page under a strict Content Security Policy, in Chromium: the built package
// (dist/) rendered with renderToString in Node, served by node:http with
// `style-src 'self' 'nonce-…'` (no 'unsafe-inline'), then hydrated by a client bundle of the same
// app. `appearance` must theme the components before and after hydration with no violation.
// Run on React 19 (the root install) and React 18.3 (test/react18).

import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { type Browser, chromium } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const NONCE = 'bm9uY2UtZm9yLXRoZS10ZXN0';
/** The policy a security-conscious host sends: nothing inline without the nonce. */
const POLICY = `default-src 'self'; script-src 'self' 'nonce-${NONCE}'; style-src 'self' 'nonce-${NONCE}'; object-src 'none'; base-uri 'none'`;

/** Brand colours no theme of styles.css uses, so only `appearance` can produce them. */
const PRIMARY = 'rgb(10, 124, 66)';
const TEXT = 'rgb(18, 52, 86)';

/** The page's app, the same module on the server and in the browser. */
const APP = `
import { useEffect } from 'react';
import { IdentityProvider, VerificationSessionCard, VerifyIdentityButton } from '${root}/dist/index.js';

const appearance = { theme: 'flat', variables: { colorPrimary: '#0a7c42', colorText: '#123456' } };
const failed = { status: 'requires_input', last_error: { code: 'document_expired', reason: null }, redaction: null };

function Hydrated() {
  useEffect(() => { window.__hydrated = true; }, []);
  return null;
}

export function App({ nonce }) {
  return (
    <IdentityProvider stripe={null} backend={{ baseUrl: '/api/identity' }} appearance={appearance} nonce={nonce}>
      <main>
        <VerificationSessionCard session={failed} />
        <VerifyIdentityButton data-testid="standalone" />
        <Hydrated />
      </main>
    </IdentityProvider>
  );
}
`;

const SERVER_ENTRY = `
import { renderToString } from 'react-dom/server';
import { App } from 'app';
export const render = (nonce) => renderToString(<App nonce={nonce} />);
`;

const CLIENT_ENTRY = `
import { hydrateRoot } from 'react-dom/client';
import { App } from 'app';
const nonce = document.querySelector('meta[name="csp-nonce"]').content;
window.__recoverable = [];
hydrateRoot(document.getElementById('root'), <App nonce={nonce} />, {
  onRecoverableError: (error) => window.__recoverable.push(String(error)),
});
`;

/** Resolves `react`, `react-dom` (and their subpaths) from `reactDir`, `app` to the app module. */
function resolution(reactDir: string): Plugin {
  const requireReact = createRequire(path.join(reactDir, 'package.json'));
  return {
    name: 'csp-test-resolution',
    setup(b) {
      b.onResolve({ filter: /^app$/ }, () => ({ path: 'app', namespace: 'app' }));
      b.onLoad({ filter: /.*/, namespace: 'app' }, () => ({
        contents: APP,
        loader: 'jsx',
        resolveDir: root,
      }));
      b.onResolve({ filter: /^react(-dom)?(\/.*)?$/ }, (args) => ({
        path: requireReact.resolve(args.path),
      }));
    },
  };
}

interface Bundles {
  render(nonce: string): string;
  client: string;
}

async function bundle(reactDir: string, out: string): Promise<Bundles> {
  const shared = {
    bundle: true,
    format: 'esm' as const,
    jsx: 'automatic' as const,
    plugins: [resolution(reactDir)],
    logLevel: 'silent' as const,
    define: { 'process.env.NODE_ENV': '"development"' },
  };
  const serverFile = path.join(out, 'server.mjs');
  await build({
    ...shared,
    stdin: { contents: SERVER_ENTRY, loader: 'jsx', resolveDir: root },
    platform: 'node',
    outfile: serverFile,
    // react-dom/server's Node build requires Node built-ins.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
  const client = await build({
    ...shared,
    stdin: { contents: CLIENT_ENTRY, loader: 'jsx', resolveDir: root },
    platform: 'browser',
    write: false,
  });
  const server = (await import(pathToFileURL(serverFile).href)) as Pick<Bundles, 'render'>;
  return { render: server.render, client: client.outputFiles[0]?.text ?? '' };
}

function page(body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>CSP</title>
<meta name="csp-nonce" content="${NONCE}">
<script nonce="${NONCE}">
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    window.__violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sample));
</script>
<link rel="stylesheet" href="/styles.css">
<script type="module" src="/client.js"></script>
</head><body><div id="root">${body}</div></body></html>`;
}

const versions = [
  ['React 19', root],
  ['React 18.3', path.join(root, 'test/react18')],
] as const;

let browser: Browser;
let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'rsi-csp-'));
  browser = await chromium.launch(chromiumLaunchOptions);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await rm(scratch, { recursive: true, force: true });
});

describe('appearance under a strict Content Security Policy (server-rendered, hydrated)', () => {
  for (const [name, reactDir] of versions) {
    it(`themes the components before and after hydration with no violation (${name})`, {
      timeout: 120_000,
    }, async () => {
      const out = await mkdtemp(path.join(scratch, 'bundle-'));
      const { render, client } = await bundle(reactDir, out);
      const styles = await readFile(path.join(root, 'dist/styles.css'), 'utf8');
      let releaseClient = () => {};
      const clientReleased = new Promise<void>((resolve) => {
        releaseClient = resolve;
      });
      const server: Server = createServer((request, response) => {
        const { pathname } = new URL(request.url ?? '/', 'http://localhost');
        if (pathname === '/') {
          response.writeHead(200, {
            'Content-Type': 'text/html; charset=utf-8',
            'Content-Security-Policy': POLICY,
          });
          response.end(page(render(NONCE)));
        } else if (pathname === '/styles.css') {
          response.writeHead(200, { 'Content-Type': 'text/css' });
          response.end(styles);
        } else if (pathname === '/client.js') {
          // Held until the test has looked at the server's markup alone.
          void clientReleased.then(() => {
            response.writeHead(200, { 'Content-Type': 'text/javascript' });
            response.end(client);
          });
        } else {
          response.writeHead(pathname === '/favicon.ico' ? 204 : 404);
          response.end();
        }
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const tab = await browser.newPage();
      const problems: string[] = [];
      tab.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      tab.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') {
          problems.push(`${message.type()}: ${message.text()}`);
        }
      });
      const colours = () =>
        tab.evaluate(() => {
          const button = document.querySelector('[data-testid="standalone"]') as HTMLElement;
          const title = document.querySelector('[data-slot="status-title"]') as HTMLElement;
          return {
            button: getComputedStyle(button).backgroundColor,
            title: getComputedStyle(title).color,
            styleAttributes: document.querySelectorAll('#root [style]').length,
            violations: (window as unknown as { __violations: string[] }).__violations,
          };
        });
      try {
        await tab.goto(`${origin}/`, { waitUntil: 'commit' });
        await tab.waitForFunction(
          () =>
            document.querySelector('[data-testid="standalone"]') !== null &&
            [...document.styleSheets].some((sheet) => sheet.href?.endsWith('/styles.css')),
        );
        // The server's markup alone, before any script of the app ran.
        expect(await tab.evaluate(() => '__hydrated' in window)).toBe(false);
        expect(await colours()).toEqual({
          button: PRIMARY,
          title: TEXT,
          styleAttributes: 0,
          violations: [],
        });

        releaseClient();
        await tab.waitForFunction(() => (window as { __hydrated?: boolean }).__hydrated === true);
        await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
        expect(await colours()).toEqual({
          button: PRIMARY,
          title: TEXT,
          styleAttributes: 0,
          violations: [],
        });
        expect(
          await tab.evaluate(
            () => (window as unknown as { __recoverable: string[] }).__recoverable,
          ),
        ).toEqual([]);
        expect(problems).toEqual([]);
      } finally {
        releaseClient();
        await tab.close();
        await new Promise((resolve) => server.close(resolve));
      }
    });
  }
});
