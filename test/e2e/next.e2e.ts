import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { recordBenchmark, summarize } from './bench.js';
import { AppSession, chromiumPerSuite, dialog, messages } from './browser.js';
import { clickToModalMs, describeFlows } from './flows.js';

const app = () => inject('apps').next;

/** Signs in (the demo's cookie) when the page asks, then waits until React has hydrated. */
const ready = async (page: Page) => {
  const signIn = page.getByRole('button', { name: 'Sign in as a demo user' });
  if ((await signIn.count()) > 0) {
    await signIn.click();
    await page.getByTestId('demo-note').waitFor();
  }
  await page.locator('html[data-hydrated="true"]').waitFor();
};

/** Lines of a log that look like a warning or an error, or name this package. */
// Every warning counts but one: on a fresh clone (CI) `next build` notes that it has no build
// cache yet, which says nothing about the app or this package.
const suspicious = (log: string) =>
  log
    .split('\n')
    .filter((line) => /⚠|warn|error|react-stripe-identity/i.test(line))
    .filter((line) => !line.includes('No build cache found'))
    // The app logs each webhook event it took (`webhook <type> <session id>`): not a warning.
    .filter((line) => !/^webhook identity\.verification_session\.\w+ vs_\w+$/.test(line));

describe('examples/next (App Router, production build)', () => {
  it('next build passed with no warning', () => {
    const log = inject('buildLogs').next?.next ?? '';
    expect(log).toContain('Compiled successfully');
    expect(suspicious(log)).toEqual([]);
  });

  describeFlows(app, { prefetched: true, ready });

  describe('what the server sends', () => {
    const browser = chromiumPerSuite();

    it('the HTML and the RSC payload hold the prefetched session, never its client_secret', async () => {
      const s = await AppSession.open(browser(), app());
      const page = await s.page();
      await page.goto('/');
      await ready(page);
      // A session that has a live secret: created, the modal open.
      await page.getByRole('button', { name: messages.button.idle }).click();
      await dialog(page).waitFor();
      const cookie = (await s.context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
      // In the HTML the RSC payload is a string inside a script: its quotes are escaped.
      const html = await fetch(`${app()}/`, { headers: { cookie } })
        .then((r) => r.text())
        .then((text) => text.replaceAll('\\"', '"'));
      const rsc = await fetch(`${app()}/`, { headers: { cookie, RSC: '1' } }).then((r) => r.text());
      const id = /vs_\w+/.exec((await dialog(page).textContent()) ?? '')?.[0] ?? 'none';
      for (const body of [html, rsc]) {
        expect(body).toContain(id); // prefetched
        expect(body).toContain('"client_secret":null');
        expect(body).not.toMatch(/vs_[A-Za-z0-9]+_secret_[A-Za-z0-9]/);
      }
      await s.assertClean([page]);
      await s.close();
    });

    it('first-load JS of the verify page against the same page without this package (benchmarks/)', async () => {
      const measure = async (pathname: string) => {
        const context = await browser().newContext({ baseURL: app() });
        await context.addCookies([{ name: 'demo_user', value: 'user_bench', url: app() }]);
        const page = await context.newPage();
        const scripts: { url: string; bytes: number; gzip: number }[] = [];
        const reads: Promise<void>[] = [];
        page.on('response', (response) => {
          if (response.request().resourceType() !== 'script') return;
          reads.push(
            response.body().then((body) => {
              scripts.push({
                url: response.url(),
                bytes: body.length,
                gzip: gzipSync(body).length,
              });
            }),
          );
        });
        await page.goto(pathname);
        await page.waitForLoadState('networkidle');
        await Promise.all(reads);
        await context.close();
        const sum = (key: 'bytes' | 'gzip') => scripts.reduce((n, s) => n + s[key], 0);
        return { scripts: scripts.length, bytes: sum('bytes'), gzipBytes: sum('gzip') };
      };
      const verify = await measure('/');
      const plain = await measure('/plain');
      expect(verify.gzipBytes).toBeGreaterThan(plain.gzipBytes);
      recordBenchmark('examples-next-first-load', {
        what: 'First-load JS of examples/next in its production build (next build, Turbopack), as Chromium downloads it before any interaction: the verify page (/: IdentityProvider, VerificationSessionCard, locale switch, demo Stripe stand-in) against /plain (same layout, same TanStack Query client, no react-stripe-identity). Demo mode; the test kit and locale packs are separate chunks loaded only when used.',
        next: '16.4.6',
        verifyPage: verify,
        plainPage: plain,
        addedByPackageAndPage: {
          bytes: verify.bytes - plain.bytes,
          gzipBytes: verify.gzipBytes - plain.gzipBytes,
        },
      });
    });
  });

  it('next start printed no warning of this package', () => {
    expect(suspicious(readFileSync(inject('logFiles').next, 'utf8'))).toEqual([]);
  });

  afterAll(() => {
    recordBenchmark('examples-next-click-to-modal', {
      what: 'Time from the click on the verify button to the simulated modal in examples/next (next start): POST /api/identity/verification-sessions → route handler → createIdentityHandlers → stripe SDK → the Identity simulator on 127.0.0.1 (list + create or retrieve), in parallel with Stripe.js (preloaded on hover). Measured from Playwright, so it includes one CDP round trip.',
      machine: '2 shared cores, Debian Chromium headless',
      fakeStripeLatencyMsPerRequest: inject('stripeLatencyMs'),
      ...summarize(clickToModalMs),
    });
  });
});
