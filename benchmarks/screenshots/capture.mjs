#!/usr/bin/env node
// Screenshots of the card's states, from the static catalogue:
//   npm run build-storybook && node benchmarks/screenshots/capture.mjs <label>
// writes benchmarks/screenshots/<label>-<theme>.png (one contact sheet per theme, 480 px wide
// cards as on a phone or a narrow column), at device scale 1, through pngquant when it is
// installed, so the PNGs stay small.
//   node benchmarks/screenshots/capture.mjs <label> --locale=ar,he [--width=1280,375]
// writes <label>-<locale>-<width>.png instead: the states in one locale (theme stripe), the
// page that wide (default 1280 and 375 px, a desktop and a phone).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright';
// biome-ignore lint/correctness/useImportExtensions: a plain Node script imports the .mjs file itself
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
// biome-ignore lint/correctness/useImportExtensions: a plain Node script imports the .mjs file itself
import { serveStatic } from '../../scripts/static-server.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const label = args.find((arg) => !arg.startsWith('--')) ?? 'after';
/** `--name=a,b` → ['a', 'b'], or undefined. */
const option = (name) =>
  args
    .find((arg) => arg.startsWith(`--${name}=`))
    ?.slice(name.length + 3)
    .split(',');
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
const THEMES = ['stripe', 'night', 'flat'];

/** The sheets to write: per theme at 480 px, or per locale and page width. */
const locales = option('locale');
const SHEETS = locales
  ? locales.flatMap((locale) =>
      (option('width') ?? ['1280', '375']).map((width) => ({
        globals: `theme:stripe;locale:${locale}`,
        width: Number(width),
        title: `VerificationSessionCard · ${locale} · ${width} px · ${label}`,
        name: `${label}-${locale}-${width}`,
      })),
    )
  : THEMES.map((theme) => ({
      globals: `theme:${theme}`,
      width: 480,
      title: `VerificationSessionCard · theme ${theme} · ${label}`,
      name: `${label}-${theme}`,
    }));

const server = await serveStatic(
  path.join(root, 'storybook-static'),
  process.env.CATALOGUE_PREFIX ?? '/catalogue/',
);
const browser = await chromium.launch(chromiumLaunchOptions);
try {
  for (const sheetSpec of SHEETS) {
    const page = await browser.newPage({ viewport: { width: sheetSpec.width, height: 700 } });
    const shots = [];
    for (const [id, caption, wait] of STATES) {
      await page.goto(
        `${server.url}iframe.html?id=components-verificationsessioncard--${id}&viewMode=story&globals=${sheetSpec.globals}`,
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
      const file = path.join(tmp, `${sheetSpec.name}-${id}.png`);
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
    await page.close();
    // One sheet: the shots in a 3-column grid (2 for desktop-wide cards), each with its caption.
    const cell = Math.min(sheetSpec.width, 600);
    const columns = sheetSpec.width > 600 ? 2 : 3;
    const sheet = await browser.newPage({
      viewport: { width: columns * (cell + 12) + 20, height: 400 },
    });
    const cells = shots
      .map(
        ({ file, caption }) =>
          `<figure><img src="data:image/png;base64,${readFileSync(file).toString('base64')}"><figcaption>${caption}</figcaption></figure>`,
      )
      .join('');
    await sheet.setContent(
      `<style>body{margin:0;padding:16px;font:13px system-ui,sans-serif;background:#e3e8ee;color:#30313d}
      h1{font-size:15px;margin:0 0 12px}main{display:grid;grid-template-columns:repeat(${columns},${cell}px);gap:12px;align-items:start}
      figure{margin:0}img{display:block;max-width:${cell}px}figcaption{padding:4px 0}</style>
      <h1>${sheetSpec.title}</h1><main>${cells}</main>`,
    );
    await sheet.waitForFunction(() => [...document.images].every((i) => i.complete));
    const target = path.join(out, `${sheetSpec.name}.png`);
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
