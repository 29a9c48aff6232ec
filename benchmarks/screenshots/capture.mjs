#!/usr/bin/env node
// Screenshots of the card's states in the three themes, at 1280 and 375 px, from the static
// catalogue:
//   npm run build-storybook && node benchmarks/screenshots/capture.mjs <label> [options]
// writes benchmarks/screenshots/<label>-<theme>-<width>.png: one contact sheet per theme and
// viewport width, each card as the story page shows it at that width (a 560 px column on a
// desktop, the phone's width less the page's padding at 375 px), at device scale 1, through
// pngquant when it is installed, so the PNGs stay small. A state whose story the build does not
// have is listed on the sheet as missing. Options:
//   --catalogue <dir>   another static build (e.g. one of the main branch, for "before" sheets)
//   --locale ar,he      the states in these locales: <label>-<locale>-<theme>-<width>.png
//   --theme stripe      these themes only (default stripe,night,flat)
//   --width 375         these widths only (default 1280,375)
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
/** `--name a,b` from the command line as a list, or `fallback`. */
const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 && process.argv[at + 1] ? process.argv[at + 1].split(',') : fallback;
};
const catalogue = path.resolve(option('catalogue', [path.join(root, 'storybook-static')])[0]);
const LOCALES = option('locale', ['en']);
const THEMES = option('theme', ['stripe', 'night', 'flat']);
const WIDTHS = option('width', ['1280', '375']).map(Number);
if (LOCALES.some(needsCjkFont) && ensureCjkFont() === 'installed') {
  process.stdout.write('installed fonts-noto-cjk: a font for the CJK texts\n');
}
const out = path.join(root, 'benchmarks/screenshots');
const tmp = path.join(out, `.tmp-${label}`);
mkdirSync(tmp, { recursive: true });

/** Story id and caption; `alert` when the play function ends on an alert. */
const STATES = [
  ['components-verificationsessioncard--start', 'Start (no session)'],
  ['components-verificationsessioncard--processing', 'processing'],
  ['components-verificationsessioncard--verified', 'verified'],
  [
    'components-verificationsessioncard--action-required',
    'requires_input + document_expired',
    'alert',
  ],
  [
    'components-verificationsessioncard--not-retryable',
    'requires_input + under_supported_age (final)',
    'alert',
  ],
  ['components-verificationsessioncard--start-failed', 'Start failed (backend down)', 'alert'],
  ['flows-modal--consent-declined', 'Consent declined in the modal', 'alert'],
  ['components-verificationsessioncard--canceled', 'canceled'],
  ['components-verificationsessioncard--redacted', 'verified, redacted'],
  ['components-verificationsessioncard--fetch-error', 'Could not load', 'alert'],
  ['components-verificationsessioncard--wrapped-title', 'German, a title that wraps'],
];

/** The story ids the build has (from its index), so a missing one is said, not waited for. */
const index = JSON.parse(readFileSync(path.join(catalogue, 'index.json'), 'utf8'));
const has = (id) => Object.hasOwn(index.entries ?? {}, id);

/** Opens `id` and waits until its play function has brought the card to its state. */
async function openState(page, url, id, wait) {
  await page.goto(url);
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
  return box;
}

/** One sheet: the shots in a grid, each with its caption, as a PNG at `target`. */
async function writeSheet(browser, shots, title, width, target) {
  const column = Math.min(width, 640);
  const sheet = await browser.newPage({ viewport: { width: column * 2 + 48, height: 400 } });
  const cells = shots
    .map(({ file, caption }) =>
      file
        ? `<figure><img src="data:image/png;base64,${readFileSync(file).toString('base64')}"><figcaption>${caption}</figcaption></figure>`
        : `<figure><p class="missing">not in this build</p><figcaption>${caption}</figcaption></figure>`,
    )
    .join('');
  await sheet.setContent(
    `<style>body{margin:0;padding:16px;font:13px system-ui,sans-serif;background:#e3e8ee;color:#30313d}
    h1{font-size:15px;margin:0 0 12px}main{display:grid;grid-template-columns:repeat(2,${column}px);gap:16px;align-items:start}
    figure{margin:0}img{display:block;max-width:${column}px}figcaption{padding:4px 0}.missing{margin:0;padding:24px;border:1px dashed #8792a2}</style>
    <h1>${title}</h1><main>${cells}</main>`,
  );
  await sheet.waitForFunction(() => [...document.images].every((i) => i.complete));
  await sheet.screenshot({ path: target, fullPage: true });
  await sheet.close();
  // pngquant (Debian package), when installed: a 64-colour palette, a fraction of the bytes.
  spawnSync('pngquant', ['--force', '--skip-if-larger', '64', '--output', target, target]);
  process.stdout.write(`wrote ${path.relative(root, target)}\n`);
}

/**
 * Each state's card in one theme, locale and width, from the catalogue at `baseUrl`: a PNG in
 * `tmp`, or null when the build has no such story.
 */
async function shootStates(page, baseUrl, { theme, locale, width }) {
  const shots = [];
  for (const [id, caption, wait] of STATES) {
    if (!has(id)) {
      shots.push({ file: null, caption });
      continue;
    }
    const globals = `theme:${theme};locale:${locale}`;
    const box = await openState(
      page,
      `${baseUrl}iframe.html?id=${id}&viewMode=story&globals=${globals}`,
      id,
      wait,
    );
    const file = path.join(tmp, `${locale}-${theme}-${width}-${id}.png`);
    const pad = 16;
    await page.screenshot({
      path: file,
      clip: {
        x: Math.max(0, box.x - pad),
        y: Math.max(0, box.y - pad),
        width: Math.min(box.width + 2 * pad, width),
        height: box.height + 2 * pad,
      },
    });
    shots.push({ file, caption });
  }
  return shots;
}

const server = await serveStatic(catalogue, process.env.CATALOGUE_PREFIX ?? '/catalogue/');
const browser = await chromium.launch(chromiumLaunchOptions);
try {
  for (const width of WIDTHS) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    for (const locale of LOCALES) {
      for (const theme of THEMES) {
        const sheet = [label, locale === 'en' ? null : locale, theme, width].filter(Boolean);
        const shots = await shootStates(page, server.url, { theme, locale, width });
        const title = `VerificationSessionCard · ${locale} · theme ${theme} · ${width} px · ${label}`;
        await writeSheet(browser, shots, title, width, path.join(out, `${sheet.join('-')}.png`));
      }
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(tmp, { recursive: true, force: true });
}
