// What a host's bundler makes of `locale="auto"` (the built package, bundled with code splitting
// as Vite, webpack and Next do): the first load holds no pack and none of the code that picks
// one; each pack and that code are chunks of their own, fetched when a provider asks for them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build, type OutputFile } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { hostBuildOptions } from '../../scripts/hostBuild.mjs';
import ar from '../../src/locales/ar.js';
import pl from '../../src/locales/pl.js';
import zhHans from '../../src/locales/zh-Hans.js';

const root = path.resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  peerDependencies: Record<string, string>;
};

/** `names` from dist/index.js, bundled for production with code splitting. */
async function split(names: string[]) {
  const out = await build({
    ...hostBuildOptions({
      contents: `export { ${names.join(', ')} } from './dist/index.js';`,
      resolveDir: root,
      external: Object.keys(pkg.peerDependencies),
    }),
    splitting: true,
    outdir: path.join(root, 'out'),
    metafile: true,
    // Texts as written (not \u escapes), so the checks below can find them.
    charset: 'utf8',
  });
  const byKey = (key: string) =>
    out.outputFiles.find((file) => file.path === path.resolve(root, key)) as OutputFile;
  const [entryKey, entry] = Object.entries(out.metafile.outputs).find(
    ([, meta]) => meta.entryPoint === '<stdin>',
  )!;
  const lazy = Object.keys(out.metafile.outputs).filter((key) => key !== entryKey);
  return {
    first: byKey(entryKey).text,
    staticImports: entry.imports.filter((i) => i.kind === 'import-statement' && !i.external),
    dynamicImports: entry.imports.filter((i) => i.kind === 'dynamic-import'),
    lazy: lazy.map((key) => ({ key, text: byKey(key).text })),
  };
}

/** A text of each kind a pack or the picking code holds, to look for in the first load. */
const PACK_TEXTS = [pl.button.idle, ar.phase.processing.title, zhHans.card.label];
const PICKING_CODE = ['languagechange', 'zh-Hans', '../locales/'];

describe('locale="auto" in a host bundle', () => {
  it('keeps every pack and the code that picks one out of the first load of a provider host', {
    timeout: 60_000,
  }, async () => {
    const { first, staticImports, dynamicImports, lazy } = await split([
      'IdentityProvider',
      'useVerifyIdentity',
      'VerificationSessionCard',
    ]);
    expect(staticImports).toEqual([]);
    for (const text of [...PACK_TEXTS, ...PICKING_CODE.slice(0, 1)]) {
      expect(first.includes(text), text).toBe(false);
    }
    // One dynamic import in the first load: the picking code, which imports the packs.
    expect(dynamicImports).toHaveLength(1);
    const packs = lazy.filter((chunk) => PACK_TEXTS.some((text) => chunk.text.includes(text)));
    expect(packs).toHaveLength(PACK_TEXTS.length);
    // Each pack alone in its chunk (Polish text in no other chunk).
    expect(lazy.filter((chunk) => chunk.text.includes(pl.button.idle))).toHaveLength(1);
  });

  it('adds nothing of it to a host that renders components only', { timeout: 60_000 }, async () => {
    const { first, staticImports } = await split(['VerificationStatus', 'VerificationLastError']);
    expect(staticImports).toEqual([]);
    for (const text of [...PACK_TEXTS, ...PICKING_CODE]) {
      expect(first.includes(text), text).toBe(false);
    }
  });
});
