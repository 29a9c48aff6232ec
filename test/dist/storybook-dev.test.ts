// The catalogue as `npm run storybook` serves it (development mode: the only mode where
// Storybook shows its own onboarding), opened in Chromium.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { type Browser, chromium } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const WAIT = { timeout: 90_000 };

/** A port nothing listens on (never 6006, which a person may be using). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

let server: ChildProcess | undefined;
let browser: Browser | undefined;
let url = '';

beforeAll(async () => {
  const port = await freePort();
  url = `http://127.0.0.1:${port}/`;
  server = spawn(
    path.join(root, 'node_modules/.bin/storybook'),
    ['dev', '-p', String(port), '--host', '127.0.0.1', '--ci', '--no-open', '--quiet'],
    {
      cwd: root,
      detached: true, // its own process group, stopped whole in afterAll
      stdio: 'ignore',
      env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
    },
  );
  const deadline = Date.now() + WAIT.timeout;
  for (;;) {
    const ready = await fetch(`${url}index.json`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline || server.exitCode !== null) {
      throw new Error('`storybook dev` did not start');
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  browser = await chromium.launch(chromiumLaunchOptions);
}, WAIT.timeout + 10_000);

afterAll(async () => {
  await browser?.close();
  if (server?.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
});

describe('the catalogue in development (npm run storybook)', () => {
  it('should show no Storybook onboarding: no "Get started" checklist in the sidebar, no guide in the menu (regression: "Get started 41%")', async () => {
    const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${url}?path=/story/components-verifyidentitybutton--idle`);
    // The sidebar has its stories and the preview its story: the manager has loaded, and
    // its checklist widget (when enabled) is in the sidebar from this point on.
    await page
      .locator('#storybook-explorer-menu')
      .getByText('VerificationSessionCard')
      .waitFor(WAIT);
    await page
      .frameLocator('#storybook-preview-iframe')
      .getByRole('button', { name: 'Verify your identity' })
      .waitFor(WAIT);
    await page.getByRole('button', { name: 'Run tests' }).first().waitFor(WAIT);
    expect(await page.locator('#storybook-checklist-widget').count()).toBe(0);
    await expect(page.locator('body').textContent()).resolves.not.toContain('Get started');

    await page.getByRole('switch', { name: 'Settings' }).click();
    await page.getByText('Keyboard shortcuts').waitFor(WAIT);
    await expect(page.locator('body').textContent()).resolves.not.toContain('Onboarding guide');
    await page.close();
  }, 180_000);
});
