import type { Page } from 'playwright';
import { expect, inject, it } from 'vitest';
import fr from '../../src/locales/fr.js';
import {
  AppSession,
  card,
  chromiumPerSuite,
  dialog,
  dialogSessionId,
  expectPhase,
  messages,
  stripeLoads,
} from './browser.js';

export interface FlowOptions {
  /** The page is server-rendered with the session prefetched (Next.js): no loading state ever. */
  prefetched: boolean;
  /** Waits until the page can be used (hydrated). */
  ready: (page: Page) => Promise<void>;
}

/** Durations from click to the simulated modal, collected for benchmarks/. */
export const clickToModalMs: number[] = [];

/** Opens `/` as a fresh demo user, ready to use. */
async function openHome(session: AppSession, options: FlowOptions): Promise<Page> {
  const page = await session.page();
  await page.goto('/');
  await options.ready(page);
  await page.getByTestId('demo-note').waitFor();
  return page;
}

const verifyButton = (page: Page, name: string = messages.button.idle) =>
  card(page).getByRole('button', { name });

/** The user's sessions, as the Identity simulator lists them. */
async function listSessions(user: string) {
  const response = await fetch(
    `${inject('simulator')}/v1/identity/verification_sessions?client_reference_id=${user}`,
    { headers: { Authorization: 'Bearer sk_test_e2e' } },
  );
  return (await response.json()) as { data: unknown[] };
}

/** Waits until the app's webhook endpoint took the simulator's `type` event for `sessionId`. */
async function webhookTaken(app: string, sessionId: string, type: string) {
  const read = async (what: 'events' | 'deliveries') =>
    (
      (await (await fetch(`${inject('simulator')}/__simulator/${what}`)).json()) as {
        data: never[];
      }
    ).data;
  await expect
    .poll(
      async () => {
        const events = (await read('events')) as {
          id: string;
          type: string;
          data: { object: { id: string } };
        }[];
        const event = events.find((e) => e.type === type && e.data.object.id === sessionId);
        const deliveries = (await read('deliveries')) as {
          eventId: string;
          url: string;
          status: number;
        }[];
        return deliveries.some(
          (d) => d.eventId === event?.id && d.url.startsWith(app) && d.status === 200,
        );
      },
      { timeout: 15_000 },
    )
    .toBe(true);
}

async function submitVerified(page: Page) {
  await dialog(page).getByRole('button', { name: 'Submit and verify' }).click();
}

/**
 * The flows every example must pass, in real Chromium against the example's production build,
 * its real server and the real `stripe` SDK talking to the Identity simulator.
 */
export function describeFlows(app: () => string, options: FlowOptions) {
  const browser = chromiumPerSuite();
  const open = () => AppSession.open(browser(), app());

  it('loads Stripe.js only on intent, then click → modal → submit → processing → verified', async () => {
    const s = await open();
    const page = await openHome(s, options);
    await page.waitForLoadState('networkidle');
    // Nothing before the first hover, focus or click: loadStripe() was not called.
    expect(await stripeLoads(page)).toBe(0);
    expect(s.stripeJsRequests).toEqual([]);
    await verifyButton(page).hover();
    await expect.poll(() => stripeLoads(page), { timeout: 15_000 }).toBe(1);

    const clicked = Date.now();
    await verifyButton(page).click();
    await dialog(page).waitFor();
    clickToModalMs.push(Date.now() - clicked);
    const id = await dialogSessionId(page);
    expect(id).toMatch(/^vs_/);
    await submitVerified(page);
    await expectPhase(page, 'processing');
    await expectPhase(page, 'verified');
    // The simulator's signed webhook reached the app's handler, which verified its signature.
    await webhookTaken(app(), id, 'identity.verification_session.verified');
    expect(await stripeLoads(page)).toBe(1);
    expect(s.stripeJsRequests).toEqual([]); // demo mode: the stand-in is on the page already
    await s.assertClean([page]);
    await s.close();
  });

  it('a failed check, then "Try again" reuses the same session', async () => {
    const s = await open();
    const page = await openHome(s, options);
    await verifyButton(page).click();
    await dialog(page).waitFor();
    const first = await dialogSessionId(page);
    await dialog(page).getByRole('combobox').selectOption('selfie_face_mismatch');
    await dialog(page).getByRole('button', { name: 'Submit and fail' }).click();
    await expectPhase(page, 'processing');
    await expectPhase(page, 'action_required');
    await expect(card(page).getByRole('alert').first().textContent()).resolves.toContain(
      messages.lastError.selfie_face_mismatch.message,
    );
    await verifyButton(page, messages.button.retry).click();
    await dialog(page).waitFor();
    expect(await dialogSessionId(page)).toBe(first);
    await submitVerified(page);
    await expectPhase(page, 'verified');
    const list = await listSessions(await s.userId());
    expect(list.data).toHaveLength(1);
    await s.assertClean([page]);
    await s.close();
  });

  it(`a reload while processing comes back processing${options.prefetched ? ' (prefetched on the server: no loading state, no hydration warning)' : ''}`, async () => {
    const s = await open();
    const page = await openHome(s, options);
    // Keep the session in `processing` for the rest of the test.
    await page.route('**/api/demo/submit', (route) =>
      route.continue({
        postData: JSON.stringify({ ...route.request().postDataJSON(), processingMs: 120_000 }),
      }),
    );
    await verifyButton(page).click();
    await dialog(page).waitFor();
    await submitVerified(page);
    await expectPhase(page, 'processing');

    // Every card state the page shows from the first byte on.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as { cardStates?: string[] }).cardStates = seen;
      new MutationObserver(() => {
        for (const el of document.querySelectorAll('[data-rsi="verification-session-card"]')) {
          const state = `${el.getAttribute('data-state')}:${el.getAttribute('data-phase')}`;
          if (seen.at(-1) !== state) seen.push(state);
        }
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    const response = await page.reload();
    const html = (await response?.text()) ?? '';
    await options.ready(page);
    await expectPhase(page, 'processing');
    if (options.prefetched) {
      expect(html).toContain('data-phase="processing"');
      expect(html).not.toContain('data-state="loading"');
      const states = await page.evaluate(() => (window as { cardStates?: string[] }).cardStates);
      expect(states).toEqual(['ready:processing']);
    }
    await s.assertClean([page]);
    await s.close();
  });

  it('two tabs of one user get one session', async () => {
    const s = await open();
    const [a, b] = [await openHome(s, options), await openHome(s, options)];
    await Promise.all([verifyButton(a).click(), verifyButton(b).click()]);
    await Promise.all([dialog(a).waitFor(), dialog(b).waitFor()]);
    expect(await dialogSessionId(a)).toBe(await dialogSessionId(b));
    const list = await listSessions(await s.userId());
    expect(list.data).toHaveLength(1);
    await s.assertClean([a, b]);
    await s.close();
  });

  it('Stripe.js blocked: a clear error the user can act on, then retry works', async () => {
    const s = await open();
    // What a content blocker does: demo mode's stand-in is gone, so loadStripe() injects the
    // js.stripe.com script, and the request is blocked. Unblocked, the "script" brings it back.
    let blocked = true;
    await s.context.addInitScript(() => {
      const w = window as { Stripe?: unknown; stripeUnblocked?: boolean };
      let held: unknown;
      Object.defineProperty(window, 'Stripe', {
        configurable: true,
        get: () => (w.stripeUnblocked ? held : undefined),
        set: (value) => {
          held = value;
        },
      });
    });
    await s.context.route('https://js.stripe.com/**', (route) =>
      blocked
        ? route.abort('blockedbyclient')
        : route.fulfill({ contentType: 'text/javascript', body: 'window.stripeUnblocked = true;' }),
    );
    // The browser's own report of the blocked request is expected; nothing else is.
    s.allowConsole = [
      /^error: Failed to load resource: net::ERR_BLOCKED_BY_CLIENT(\.Inspector)? \(https:\/\/js\.stripe\.com\//,
    ];
    const page = await openHome(s, options);
    await page.waitForLoadState('networkidle');
    expect(s.stripeJsRequests).toEqual([]); // not requested before intent
    await verifyButton(page).click();
    const alert = card(page).locator('[data-slot="card-flow-error"]');
    await alert.waitFor();
    expect(await alert.getAttribute('data-code')).toBe('stripe_load_failed');
    await expect(alert.textContent()).resolves.toContain(messages.error.stripe_load_failed.message);
    await expect(alert.textContent()).resolves.toContain(messages.error.stripe_load_failed.action);
    expect(s.stripeJsRequests.length).toBeGreaterThan(0);

    blocked = false;
    await verifyButton(page, messages.button.error).click();
    await dialog(page).waitFor();
    expect(await alert.count()).toBe(0);
    await submitVerified(page);
    await expectPhase(page, 'verified');
    await s.assertClean([page]);
    await s.close();
  });

  it('switches the language of the card', async () => {
    const s = await open();
    const page = await openHome(s, options);
    await page.getByLabel('Language').selectOption('fr');
    await verifyButton(page, fr.button.idle).waitFor();
    await expect(card(page).getAttribute('aria-label')).resolves.toBe(fr.card.label);
    await s.assertClean([page], { expectSecret: false });
    await s.close();
  });

  it('click to modal, five times (for benchmarks/)', async () => {
    const s = await open();
    const page = await openHome(s, options);
    await verifyButton(page).hover();
    await expect.poll(() => stripeLoads(page), { timeout: 15_000 }).toBe(1);
    for (let i = 0; i < 5; i++) {
      // After the modal closed without a submit the button offers to start again.
      const label = i === 0 ? messages.button.idle : messages.button.canceled;
      const clicked = Date.now();
      await verifyButton(page, label).click();
      await dialog(page).waitFor();
      clickToModalMs.push(Date.now() - clicked);
      await dialog(page).getByRole('button', { name: 'Close' }).click();
      await dialog(page).waitFor({ state: 'detached' });
      await verifyButton(page, messages.button.canceled).waitFor();
    }
    await s.assertClean([page]);
    await s.close();
  });
}
