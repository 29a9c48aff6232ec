// The Japanese pack needs a font with CJK glyphs, which a fresh Debian does not have: Chromium
// then draws every kana and kanji as an empty box, and a screenshot shows nothing to look at.
// The screenshot script installs Debian's `fonts-noto-cjk` when no installed font covers `ja`.
import { spawnSync } from 'node:child_process';

/** The Debian package installed when no font covers Japanese. */
export const CJK_FONT_PACKAGE = 'fonts-noto-cjk';

/** Locales whose text needs a CJK font. */
export const needsCjkFont = (locale) => /^(ja|zh|ko)(-|$)/.test(locale);

/** Runs a command: stdout captured, stderr shown (apt's progress and errors). */
function run(command, args) {
  return spawnSync(command, args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

/**
 * Makes sure an installed font covers Japanese: nothing to do when fontconfig lists one;
 * otherwise `apt-get install fonts-noto-cjk` (as root, or through `sudo -n`), after an
 * `apt-get update` if the first attempt fails (a fresh image has no package lists).
 * @param {{ run?: typeof run, root?: boolean }} [options] injected in tests
 * @returns {'present' | 'installed'}
 */
export function ensureCjkFont({ run: exec = run, root = process.getuid?.() === 0 } = {}) {
  const fonts = exec('fc-list', [':lang=ja', 'family']);
  if (fonts.status === 0 && String(fonts.stdout ?? '').trim() !== '') return 'present';
  const apt = (...args) =>
    root ? exec('apt-get', args) : exec('sudo', ['-n', 'apt-get', ...args]);
  const install = () =>
    apt('install', '-y', '--no-install-recommends', CJK_FONT_PACKAGE).status === 0;
  if (install() || (apt('update').status === 0 && install())) return 'installed';
  throw new Error(
    `No installed font covers Japanese, and \`apt-get install ${CJK_FONT_PACKAGE}\` failed: install it (or any CJK font) as root, then run the screenshot script again.`,
  );
}
