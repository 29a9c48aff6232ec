import {
  type Browser,
  type BrowserContext,
  chromium,
  type Locator,
  type Page,
  type Request,
} from 'playwright';
import { afterAll, beforeAll, expect } from 'vitest';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { en } from '../../src/core/en.js';

export const messages = en;

/** Any VerificationSession client secret (`vs_…_secret_…`), whoever issued it. */
const SECRET = /vs_[A-Za-z0-9]+_secret_[A-Za-z0-9]/;

export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions);
}

/** One Chromium for the enclosing `describe`: launched before its tests, closed after. */
export function chromiumPerSuite(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium is not running (used outside a test?)');
    return browser;
  };
}

interface Seen {
  method: string;
  url: string;
  status: number;
  body: string;
}

/**
 * A fresh browser context (a new demo user: its own cookie) that records what the tests check
 * at the end: every console error or warning and page error, every response body, and every
 * request to js.stripe.com.
 */
export class AppSession {
  readonly console: string[] = [];
  readonly responses: Seen[] = [];
  readonly stripeJsRequests: string[] = [];
  /** Console messages a test expects (e.g. the browser's own note on a blocked script). */
  allowConsole: RegExp[] = [];
  readonly #pending: Promise<void>[] = [];

  private constructor(
    readonly context: BrowserContext,
    readonly baseUrl: string,
  ) {
    context.on('request', (request: Request) => {
      if (new URL(request.url()).hostname === 'js.stripe.com') {
        this.stripeJsRequests.push(request.url());
      }
    });
    context.on('response', (response) => {
      const request = response.request();
      if (!request.url().startsWith(baseUrl)) return;
      this.#pending.push(
        response.text().then(
          (body) => {
            this.responses.push({
              method: request.method(),
              url: request.url(),
              status: response.status(),
              body,
            });
          },
          () => {}, // redirects and aborted loads have no body
        ),
      );
    });
  }

  static async open(browser: Browser, baseUrl: string): Promise<AppSession> {
    return new AppSession(await browser.newContext({ baseURL: baseUrl }), baseUrl);
  }

  async page(): Promise<Page> {
    const page = await this.context.newPage();
    page.on('console', (message) => {
      if (message.type() !== 'error' && message.type() !== 'warning') return;
      const text = `${message.type()}: ${message.text()} (${message.location().url})`;
      if (!this.allowConsole.some((allowed) => allowed.test(text))) this.console.push(text);
    });
    page.on('pageerror', (error) => this.console.push(`pageerror: ${error.message}`));
    return page;
  }

  /** The demo user id the server put in the cookie. */
  async userId(): Promise<string> {
    const cookie = (await this.context.cookies()).find((c) => c.name === 'demo_user');
    if (!cookie) throw new Error('no demo_user cookie: the page did not sign in');
    return cookie.value;
  }

  /**
   * The checks every flow ends with: no console error or warning, and the `client_secret`
   * only in the create call's response — not in any HTML, RSC payload, other response, the
   * DOM, storage or cookies.
   */
  async assertClean(pages: Page[], { expectSecret = true } = {}) {
    await Promise.all(this.#pending);
    expect(this.console).toEqual([]);
    const isCreate = (r: Seen) =>
      r.method === 'POST' && new URL(r.url).pathname === '/api/identity/verification-sessions';
    // The secrets the create calls handed out, looked for verbatim too.
    const issued = this.responses
      .filter(isCreate)
      .map((r) => (JSON.parse(r.body) as { client_secret?: string }).client_secret)
      .filter((secret): secret is string => typeof secret === 'string');
    const leaks = (text: string) => SECRET.test(text) || issued.some((s) => text.includes(s));
    const leaked = this.responses
      .filter((r) => !isCreate(r) && leaks(r.body))
      .map((r) => `${r.method} ${r.url}`);
    expect(leaked).toEqual([]);
    if (expectSecret) {
      // The scan can fail: the one response that must carry the secret does.
      expect(issued.length).toBeGreaterThan(0);
      expect(issued.every((secret) => SECRET.test(secret))).toBe(true);
    }
    for (const page of pages) {
      if (page.isClosed()) continue;
      const stored = await page.evaluate(() =>
        JSON.stringify([
          document.documentElement.outerHTML,
          { ...localStorage },
          { ...sessionStorage },
          document.cookie,
        ]),
      );
      expect(leaks(stored)).toBe(false);
    }
    expect(leaks(JSON.stringify(await this.context.cookies()))).toBe(false);
  }

  close() {
    return this.context.close();
  }
}

export const card = (page: Page): Locator =>
  page.locator('section[data-rsi="verification-session-card"]');

export const dialog = (page: Page): Locator =>
  page.getByRole('dialog', { name: 'Stripe Identity (simulated)' });

/** Waits until the card shows `phase` (`processing`, `verified`, `action_required`…). */
export async function expectPhase(page: Page, phase: string, timeout = 30_000) {
  await card(page)
    .and(page.locator(`[data-phase="${phase}"]`))
    .waitFor({ timeout });
}

/** The `vs_…` id the simulated modal shows. */
export async function dialogSessionId(page: Page): Promise<string> {
  const text = (await dialog(page).textContent()) ?? '';
  const id = /vs_\w+/.exec(text)?.[0];
  if (!id) throw new Error(`no session id in the simulated modal: ${text}`);
  return id;
}

/** How often demo mode's Stripe.js stand-in was initialised (by `loadStripe()`). */
export const stripeLoads = (page: Page) =>
  page.evaluate(() => (window as { rsiDemo?: { stripeLoads: number } }).rsiDemo?.stripeLoads);
