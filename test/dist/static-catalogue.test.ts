// The static catalogue (storybook-static/, built by `npm test` before this runs) as a visitor
// gets it: served by a plain static server from a sub-path, opened in Chromium.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { type StaticServer, serveStatic } from '../../scripts/static-server.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const staticDir = path.join(root, 'storybook-static');
// Not the site root: every asset must be asked for relative to the catalogue.
const SUB_PATH = '/docs/react-stripe-identity/';
const WAIT = { timeout: 60_000 };
/** Per test: Chromium on a loaded 2-core CI machine renders slowly. Never a performance limit. */
const TEST_TIMEOUT = 180_000;

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(path.join(staticDir, 'iframe.html'))) {
    throw new Error('storybook-static/ is missing: run `npm run build-storybook` first.');
  }
  server = await serveStatic(staticDir, SUB_PATH);
  browser = await chromium.launch(chromiumLaunchOptions);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page that records every console error, uncaught error and failed response. */
async function openPage(width: number, height = 900) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.url()}`);
  });
  return { page, problems, close: () => context.close() };
}

const story = (id: string, globals = '') =>
  `${server.url}iframe.html?id=${id}&viewMode=story${globals ? `&globals=${globals}` : ''}`;

/** Waits until the story has rendered its components (the preview shows a spinner first). */
async function rendered(page: Page, selector = '[data-rsi="verification-session-card"]') {
  await page.waitForSelector(selector, WAIT);
  await page.evaluate(() => document.fonts.ready);
}

describe('the static catalogue, served from a sub-path', () => {
  it(
    'should show a complete Introduction: the "Try it" card in its reserved space and the code blocks with the first text, no console error (regression: blank embed, code 2 s late, a 404)',
    async () => {
      const { page, problems, close } = await openPage(1280);
      // Recorded from the first script on: when the page's title first shows, is the Quick
      // start code already there? And every layout shift of the page, as Chromium reports it.
      await page.addInitScript(() => {
        const record = { codeWithTitle: null as boolean | null, shift: 0 };
        Object.assign(window, { __record: record });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) {
            record.shift += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        new MutationObserver(() => {
          if (record.codeWithTitle !== null) return;
          const title = [...document.querySelectorAll('h1')].find(
            (h) => h.textContent === 'react-stripe-identity',
          );
          if (!title) return;
          record.codeWithTitle = [...document.querySelectorAll('pre')].some((pre) =>
            pre.textContent?.includes('<VerificationSessionCard />'),
          );
        }).observe(document, { childList: true, subtree: true, characterData: true });
      });
      await page.goto(`${server.url}iframe.html?id=introduction--docs&viewMode=docs`);

      const button = page.locator('[data-rsi="verification-session-card"] button');
      await button.waitFor(WAIT);
      await expect(button.textContent()).resolves.toBe('Verify your identity');
      const record = await page.evaluate(
        () =>
          (window as unknown as { __record: { codeWithTitle: boolean; shift: number } }).__record,
      );
      expect(record.codeWithTitle).toBe(true);
      // The embed's space is reserved before the card renders: nothing below it moves.
      const sizes = await page.evaluate(() => {
        const card = document.querySelector('[data-rsi="verification-session-card"]');
        const story = card?.closest('[id$="-inner"]'); // the story's own content, padding included
        const block = card?.closest('.sb-story'); // the block the docs page lays out
        return {
          card: story?.getBoundingClientRect().height ?? Number.POSITIVE_INFINITY,
          block: block ? Number.parseFloat(getComputedStyle(block).minHeight) : 0,
        };
      });
      expect(sizes.block).toBeGreaterThanOrEqual(sizes.card);
      expect(record.shift, 'cumulative layout shift').toBeLessThan(0.05);
      // Every fenced block of the page is there, as code, not waiting for a highlighter.
      const blocks = await page.locator('[data-docs-code-block]').count();
      expect(blocks).toBeGreaterThanOrEqual(4);
      // Prose without a crowd of code chips (regression: ten in the peer-dependency line): the
      // peer dependencies are a table, and no paragraph holds more than two chips.
      const prose = await page.evaluate(() => ({
        chips: Math.max(
          ...[...document.querySelectorAll('.sbdocs-content p')].map(
            (p) => p.querySelectorAll('code').length,
          ),
        ),
        peers: [...document.querySelectorAll('table')].some((table) =>
          table.textContent?.includes('@tanstack/react-query'),
        ),
      }));
      expect(prose.peers).toBe(true);
      expect(prose.chips).toBeLessThanOrEqual(2);
      expect(problems).toEqual([]);
      expect(server.notFound).toEqual([]);
      await close();
    },
    TEST_TIMEOUT,
  );

  it(
    'should open the Introduction in the catalogue UI with no console error and no 404',
    async () => {
      const { page, problems, close } = await openPage(1280);
      await page.goto(`${server.url}index.html?path=/docs/introduction--docs`);
      const frame = page.frameLocator('#storybook-preview-iframe');
      await frame.locator('[data-rsi="verification-session-card"] button').waitFor(WAIT);
      await frame.getByRole('heading', { level: 1, name: 'react-stripe-identity' }).waitFor(WAIT);
      expect(problems).toEqual([]);
      expect(server.notFound).toEqual([]);
      await close();
    },
    TEST_TIMEOUT,
  );

  it(
    'should centre a desktop gallery instead of a 560 px column at the top left, each block labelled, night on a darker page than its card',
    async () => {
      const { page, problems, close } = await openPage(1280);
      await page.goto(story('theming-themes--night'));
      await rendered(page);
      const layout = await page.evaluate(() => {
        const blocks = [...document.querySelectorAll('[data-gallery-block]')];
        const box = (
          document.querySelector('[data-gallery-block]')?.parentElement ?? document.body
        ).getBoundingClientRect();
        const card = document.querySelector('[data-rsi="verification-session-card"]') as Element;
        return {
          left: box.left,
          right: window.innerWidth - box.right,
          width: box.width,
          labels: blocks.map((b) => b.querySelector('figcaption')?.textContent ?? ''),
          page: getComputedStyle(document.querySelector('[data-rsi-theme]') as Element)
            .backgroundColor,
          card: getComputedStyle(card).backgroundColor,
        };
      });
      expect(layout.width).toBeGreaterThan(900);
      expect(Math.abs(layout.left - layout.right)).toBeLessThanOrEqual(2);
      expect(layout.labels.length).toBeGreaterThanOrEqual(7);
      for (const label of layout.labels) expect(label.length).toBeGreaterThan(3);
      const luminance = (rgb: string) =>
        (rgb.match(/\d+/g) ?? []).slice(0, 3).reduce((sum, c) => sum + Number(c), 0);
      expect(luminance(layout.page)).toBeLessThan(luminance(layout.card));
      expect(problems).toEqual([]);
      await close();
    },
    TEST_TIMEOUT,
  );

  it(
    'should keep German titles to two lines at 375 px (regression: three lines in a 260 px column)',
    async () => {
      const { page, problems, close } = await openPage(375, 812);
      for (const id of [
        'theming-locales--german',
        'components-verificationsessioncard--all-states',
      ]) {
        await page.goto(story(id, 'locale:de'));
        await rendered(page);
        const titles = await page.evaluate(() =>
          [...document.querySelectorAll('[data-rsi="verification-session-card"]')].map((card) => {
            const title = card.querySelector('[data-slot="status-title"]');
            const text = title?.textContent ?? '';
            const lineHeight = title ? Number.parseFloat(getComputedStyle(title).lineHeight) : 1;
            const height = title?.getBoundingClientRect().height ?? 0;
            const column = (card.querySelector('[data-rsi="verification-status"]') as Element)
              .clientWidth;
            return { text, lines: Math.round(height / lineHeight), column };
          }),
        );
        expect(titles.some((t) => t.text.includes('Aufmerksamkeit'))).toBe(true);
        for (const title of titles) {
          expect(title.lines, `${id}: ${title.text}`).toBeLessThanOrEqual(2);
          expect(title.column, `${id}: text column`).toBeGreaterThanOrEqual(290);
        }
      }
      expect(problems).toEqual([]);
      await close();
    },
    TEST_TIMEOUT,
  );

  it(
    'should move focus to the status after the verdict, with no ring around the card, and keep the ring on controls (regression: a purple ring around the whole card)',
    async () => {
      const { page, problems, close } = await openPage(1280);
      await page.goto(story('flows-modal--try-it'));
      await rendered(page, '[data-rsi="verification-session-card"] button');
      // Keyboard only, with real key presses (they drive :focus-visible as a person's would).
      await page.keyboard.press('Tab');
      const ring = await page.evaluate(() => {
        const active = document.activeElement as HTMLElement;
        return { tag: active.tagName, outline: getComputedStyle(active).outlineStyle };
      });
      expect(ring).toEqual({ tag: 'BUTTON', outline: 'solid' });
      await page.keyboard.press('Enter');
      await page.getByRole('dialog').waitFor(WAIT);
      await page.keyboard.press('Enter'); // "Submit and verify" has focus
      await page.waitForSelector(
        '[data-rsi="verification-session-card"][data-phase="verified"]',
        WAIT,
      );
      const focus = await page.evaluate(() => {
        const active = document.activeElement as HTMLElement;
        const card = document.querySelector('[data-rsi="verification-session-card"]') as Element;
        return {
          role: active.getAttribute('role'),
          inCard: card.contains(active),
          focusVisible: active.matches(':focus-visible'),
          outline: getComputedStyle(active).outlineStyle,
          cardOutline: getComputedStyle(card).outlineStyle,
        };
      });
      expect(focus).toMatchObject({
        role: 'status',
        inCard: true,
        outline: 'none',
        cardOutline: 'none',
      });
      expect(problems).toEqual([]);
      await close();
    },
    TEST_TIMEOUT,
  );
});
