import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { DEVELOPMENT_ADVICE } from '../dist/developmentAdvice.js';
import { recordBenchmark, summarize } from './bench.js';
import { AppSession, card, chromiumPerSuite, expectPhase, messages } from './browser.js';
import { clickToModalMs, describeFlows } from './flows.js';

const ready = async (page: Page) => {
  await card(page).waitFor();
};

function describeRedirect(app: () => string) {
  const browser = chromiumPerSuite();

  it("redirect mode: Stripe's page (simulated), then the return page follows the session", async () => {
    const s = await AppSession.open(browser(), app());
    const page = await s.page();
    await page.goto('/');
    await ready(page);
    // The redirect create answers a url, not a secret (read on the way: the page navigates away).
    let created = '';
    await page.route('**/api/identity/verification-sessions', async (route) => {
      const response = await route.fetch();
      created = await response.text();
      await route.fulfill({ response, body: created });
    });
    await page.getByRole('button', { name: "Verify on Stripe's page" }).click();
    await page.waitForURL('**/demo/hosted');
    expect(JSON.parse(created)).toEqual({
      id: expect.stringMatching(/^vs_/),
      url: expect.stringMatching(/^https:\/\/verify\.stripe\.com\//),
    });
    // Only the id was kept for the return page; the single-use url went nowhere but navigate().
    const stored = await page.evaluate(() => JSON.stringify({ ...sessionStorage }));
    expect(stored).toMatch(/vs_\w+/);
    expect(stored).not.toContain('verify.stripe.com');
    await page.getByRole('button', { name: 'Submit and verify' }).click();
    await page.waitForURL('**/return');
    await expectPhase(page, 'processing');
    await expectPhase(page, 'verified');
    await expect(card(page).textContent()).resolves.toContain(messages.phase.verified.title);
    await s.assertClean([page], { expectSecret: false });
    await s.close();
  });
}

describe('examples/vite-node (React 19)', () => {
  describeFlows(() => inject('apps').vite, { prefetched: false, ready });
  describeRedirect(() => inject('apps').vite);
});

describe('examples/vite-node built against React 18.3', () => {
  it('is really React 18.3 in the browser bundle', async () => {
    const html = await fetch(inject('apps').vite18).then((r) => r.text());
    const script = /src="(\/assets\/index-[^"]+\.js)"/.exec(html)?.[1];
    const js = await fetch(`${inject('apps').vite18}${script}`).then((r) => r.text());
    expect(js).toContain('18.3.1');
    expect(js).not.toContain('19.3.1');
  });
  describeFlows(() => inject('apps').vite18, { prefetched: false, ready });
  describeRedirect(() => inject('apps').vite18);
});

describe('examples/vite-node production bundle', () => {
  it('keeps no developer-only advice of this package (Vite drops the DEV branches)', () => {
    const assets = path.resolve(import.meta.dirname, '../../examples/vite-node/dist/assets');
    const code = readdirSync(assets)
      .filter((name) => name.endsWith('.js'))
      .map((name) => readFileSync(path.join(assets, name), 'utf8'))
      .join('\n')
      .replaceAll('\\', '');
    expect(DEVELOPMENT_ADVICE.filter((text) => code.includes(text))).toEqual([]);
    // The production texts are there: the package is in this bundle.
    expect(code).toContain('did not answer within');
  });
});

describe('examples/vite-node servers', () => {
  it('printed no warning of this package (production build)', () => {
    for (const file of [inject('logFiles').vite, inject('logFiles').vite18]) {
      // The app logs each webhook event it took (`webhook <type> <session id>`): not a warning.
      const lines = readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => !/^webhook identity\.verification_session\.\w+ vs_\w+$/.test(line));
      expect(lines.join('\n')).not.toMatch(/react-stripe-identity|warn|error/i);
    }
    for (const log of Object.values(inject('buildLogs').vite ?? {})) {
      expect(log).not.toMatch(/react-stripe-identity|warn/i);
    }
  });

  afterAll(() => {
    recordBenchmark('examples-vite-click-to-modal', {
      what: 'Time from the click on the verify button to the simulated modal in examples/vite-node (production build, React 19 and 18.3 runs together): POST /api/identity/verification-sessions → node:http → toNodeHandler → createIdentityHandlers → stripe SDK → the Identity simulator on 127.0.0.1 (list + create or retrieve), in parallel with Stripe.js (preloaded on hover). Measured from Playwright, so it includes one CDP round trip.',
      machine: '2 shared cores, Debian Chromium headless',
      fakeStripeLatencyMsPerRequest: inject('stripeLatencyMs'),
      ...summarize(clickToModalMs),
    });
  });
});
