#!/usr/bin/env node
// Screenshots of the card's states in the three themes, from the static catalogue:
//   npm run build-storybook && node benchmarks/screenshots/capture.mjs <label> [--locale ja] [--theme night]
// writes benchmarks/screenshots/<label>-<theme>.png (one contact sheet per theme, 480 px wide
// cards as on a phone or a narrow column; `<label>-<locale>-<theme>.png` in another locale than
// English), at device scale 1, through pngquant when it is installed, so the PNGs stay small.
// A locale written in CJK characters needs a font for them: the script installs Debian's
// fonts-noto-cjk when no installed font covers Japanese (cjkFont.mjs).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright';
// biome-ignore lint/correctness/useImportExtensions: a plain Node script imports the .mjs file itself
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
// biome-ignore lint/correctness/useImportExtensions: a plain Node script imports the .mjs file itself
import { serveStatic } from '../../scripts/static-server.mjs';
// biome-ignore lint/correctness/useImportExtensions: a plain Node script imports the .mjs file itself
import { ensureCjkFont, needsCjkFont } from './cjkFont.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const label = process.argv[2] ?? 'after';
/** `--name value` from the command line, or `fallback`. */
const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
};
const locale = option('locale', 'en');
if (needsCjkFont(locale) && ensureCjkFont() === 'installed') {
  process.stdout.write('installed fonts-noto-cjk: a font for the Japanese texts\n');
}
const out = path.join(root, 'benchmarks/screenshots');
const tmp = path.join(out, `.tmp-${label}`);
mkdirSync(tmp, { recursive: true });

/** Story id suffix and caption; `alert` when the play function ends on an alert. */
const STATES = [
  ['start', 'Start (no session)'],
  ['processing', 'processing'],
  ['verified', 'verified'],
  ['action-required', 'requires_input + document_expired', 'alert'],
  ['not-retryable', 'requires_input + under_supported_age', 'alert'],
  ['start-failed', 'Start failed (backend down)', 'alert'],
  ['canceled', 'canceled'],
  ['redacted', 'verified, redacted'],
  ['fetch-error', 'Could not load', 'alert'],
];
const THEMES = option('theme', null) ? [option('theme')] : ['stripe', 'night', 'flat'];

const server = await serveStatic(
  path.join(root, 'storybook-static'),
  process.env.CATALOGUE_PREFIX ?? '/catalogue/',
);
const browser = await chromium.launch(chromiumLaunchOptions);
try {
  const page = await browser.newPage({ viewport: { width: 480, height: 700 } });
  for (const theme of THEMES) {
    const shots = [];
    for (const [id, caption, wait] of STATES) {
      await page.goto(
        `${server.url}iframe.html?id=components-verificationsessioncard--${id}&viewMode=story&globals=theme:${theme};locale:${locale}`,
      );
      const card = page.locator('[data-rsi="verification-session-card"]');
      await card.waitFor({ timeout: 20_000 });
      await page.waitForFunction(
        ([needsAlert]) => {
          const el = document.querySelector('[data-rsi="verification-session-card"]');
          if (!el || el.getAttribute('data-state') === 'loading') return false;
          return !needsAlert || el.querySelector('[role="alert"]') !== null;
        },
        [wait === 'alert'],
        { timeout: 20_000 },
      );
      await page.evaluate(() => document.fonts.ready);
      await page.waitForTimeout(400); // let transitions and the focus move settle
      const box = await card.boundingBox();
      if (!box) throw new Error(`no card in ${id}`);
      const file = path.join(tmp, `${theme}-${id}.png`);
      const pad = 16;
      await page.screenshot({
        path: file,
        clip: {
          x: Math.max(0, box.x - pad),
          y: Math.max(0, box.y - pad),
          width: box.width + 2 * pad,
          height: box.height + 2 * pad,
        },
      });
      shots.push({ file, caption });
    }
    // One sheet per theme: the shots in a 3-column grid, each with its caption.
    const sheet = await browser.newPage({ viewport: { width: 1500, height: 400 } });
    const cells = shots
      .map(
        ({ file, caption }) =>
          `<figure><img src="data:image/png;base64,${readFileSync(file).toString('base64')}"><figcaption>${caption}</figcaption></figure>`,
      )
      .join('');
    await sheet.setContent(
      `<style>body{margin:0;padding:16px;font:13px system-ui,sans-serif;background:#e3e8ee;color:#30313d}
      h1{font-size:15px;margin:0 0 12px}main{display:grid;grid-template-columns:repeat(3,480px);gap:12px;align-items:start}
      figure{margin:0}img{display:block;width:480px}figcaption{padding:4px 0}</style>
      <h1>VerificationSessionCard · theme ${theme} · locale ${locale} · ${label}</h1><main>${cells}</main>`,
    );
    await sheet.waitForFunction(() => [...document.images].every((i) => i.complete));
    const name = locale === 'en' ? `${label}-${theme}` : `${label}-${locale}-${theme}`;
    const target = path.join(out, `${name}.png`);
    await sheet.screenshot({ path: target, fullPage: true });
    await sheet.close();
    // pngquant (Debian package), when installed: a 64-colour palette, a fraction of the bytes.
    spawnSync('pngquant', ['--force', '--skip-if-larger', '64', '--output', target, target]);
    process.stdout.write(`wrote ${path.relative(root, target)}\n`);
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(tmp, { recursive: true, force: true });
}
