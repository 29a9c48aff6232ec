// The screenshot script's font check (benchmarks/screenshots/cjkFont.mjs): the commands it runs
// on a machine with and without a font for Japanese. The commands are recorded, not run.
import { describe, expect, it } from 'vitest';
import {
  CJK_FONT_PACKAGE,
  ensureCjkFont,
  needsCjkFont,
} from '../../benchmarks/screenshots/cjkFont.mjs';

/** A machine: what `fc-list :lang=ja` prints, and which apt-get calls succeed. */
function machine(fonts: string, aptSucceeds: (args: string[]) => boolean) {
  const commands: string[] = [];
  const run = (command: string, args: string[]) => {
    commands.push([command, ...args].join(' '));
    if (command === 'fc-list') return { status: 0, stdout: fonts };
    const aptArgs = command === 'sudo' ? args.slice(2) : args;
    return { status: aptSucceeds(aptArgs) ? 0 : 100, stdout: '' };
  };
  return { run, commands };
}

const INSTALL = `apt-get install -y --no-install-recommends ${CJK_FONT_PACKAGE}`;

describe('the screenshot script on a machine without a font for Japanese', () => {
  it('should install fonts-noto-cjk (regression: every kanji an empty box in the screenshots)', () => {
    const { run, commands } = machine('', () => true);
    expect(ensureCjkFont({ run, root: true })).toBe('installed');
    expect(commands).toEqual(['fc-list :lang=ja family', INSTALL]);
  });

  it('should update the package lists first when the install fails (a fresh image)', () => {
    let updated = false;
    const { run, commands } = machine('', (args) => {
      if (args[0] === 'update') updated = true;
      return args[0] === 'update' || updated;
    });
    expect(ensureCjkFont({ run, root: true })).toBe('installed');
    expect(commands).toEqual(['fc-list :lang=ja family', INSTALL, 'apt-get update', INSTALL]);
  });

  it('should go through sudo when not root', () => {
    const { run, commands } = machine('', () => true);
    ensureCjkFont({ run, root: false });
    expect(commands[1]).toBe(`sudo -n ${INSTALL}`);
  });

  it('should say what to install when it cannot', () => {
    const { run } = machine('', () => false);
    expect(() => ensureCjkFont({ run, root: true })).toThrow(
      `\`apt-get install ${CJK_FONT_PACKAGE}\` failed`,
    );
  });
});

describe('the screenshot script on a machine with one', () => {
  it('should install nothing', () => {
    const { run, commands } = machine('Noto Sans CJK JP,Noto Sans CJK JP Regular\n', () => true);
    expect(ensureCjkFont({ run, root: true })).toBe('present');
    expect(commands).toEqual(['fc-list :lang=ja family']);
  });

  it('should ask for the font only for the locales that need one', () => {
    expect(['ja', 'zh-TW', 'ko', 'en', 'de', 'pt-BR', 'jam'].filter(needsCjkFont)).toEqual([
      'ja',
      'zh-TW',
      'ko',
    ]);
  });
});
