// What `npm pack` puts in the tarball a host installs (run after `npm run build`): the licence
// text, and a source map beside every built file whose sources ship too, so a debugger or
// "go to definition" in the host's editor lands in the TypeScript, not in dist/.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { hostBuildOptions } from '../../scripts/hostBuild.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  license: string;
  peerDependencies: Record<string, string>;
};

/** The tarball's file list, as `npm pack` would write it (nothing is written). */
const listing = new Set(
  (
    JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }),
    ) as { files: { path: string }[] }[]
  )[0]!.files.map((f) => f.path),
);
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

interface SourceMap {
  version: number;
  sources: string[];
  sourcesContent?: (string | null)[];
  sourceRoot?: string;
  mappings: string;
}

/**
 * Follows the `sourceMappingURL` of a built file to its map, and the map to its sources, all
 * inside the tarball. Returns the sources' paths (relative to the package root).
 */
function sourcesOf(file: string): string[] {
  const last = read(file).trimEnd().split('\n').pop() ?? '';
  const url = /^\/\/# sourceMappingURL=(\S+)$/.exec(last)?.[1];
  expect(url, `${file}: last line`).toBe(`${path.posix.basename(file)}.map`);
  const mapFile = path.posix.join(path.posix.dirname(file), url!);
  expect(listing.has(mapFile), `${mapFile} in the tarball`).toBe(true);
  const map = JSON.parse(read(mapFile)) as SourceMap;
  expect(map.version, mapFile).toBe(3);
  // Something to map, unless the file declares nothing (a bin's `.d.ts` is `export {};`).
  const declaresNothing = /^(#!.*\n)?export \{\};\n\/\/# sourceMappingURL=\S+$/.test(read(file));
  if (!declaresNothing) expect(map.mappings, `${mapFile}: mappings`).toMatch(/[A-Za-z]/);
  expect(map.sources.length, `${mapFile}: sources`).toBeGreaterThan(0);
  return map.sources.map((source, i) => {
    const resolved = path.posix.normalize(
      path.posix.join(path.posix.dirname(mapFile), map.sourceRoot ?? '', source),
    );
    expect(listing.has(resolved), `${mapFile} → ${resolved} in the tarball`).toBe(true);
    expect(resolved, mapFile).toMatch(/^src\/.*\.tsx?$/);
    const content = map.sourcesContent?.[i];
    if (content != null)
      expect(content, `${mapFile}: sourcesContent of ${resolved}`).toBe(read(resolved));
    return resolved;
  });
}

const built = (suffix: string) =>
  [...listing].filter(
    (f) =>
      f.startsWith('dist/') && f.endsWith(suffix) && (suffix !== '.js' || !f.endsWith('.d.js')),
  );

describe('the npm tarball', () => {
  it('ships the MIT licence text (regression: package.json said MIT, no LICENSE shipped)', () => {
    expect(listing.has('LICENSE')).toBe(true);
    const licence = read('LICENSE');
    expect(pkg.license).toBe('MIT');
    expect(licence).toMatch(/^MIT License\n/);
    expect(licence).toContain('Copyright (c) 2026 react-stripe-identity contributors');
    expect(licence).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND');
  });

  const referenced = new Set<string>();

  it('gives every built .js a source map whose TypeScript sources ship too', () => {
    const files = built('.js');
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) for (const source of sourcesOf(file)) referenced.add(source);
    // An entry that only re-exports gets one too (the bundler writes none for it).
    expect(sourcesOf('dist/index.js')).toEqual(['src/index.ts']);
  });

  it('gives every .d.ts a declaration map whose sources ship too ("go to definition")', () => {
    const files = built('.d.ts');
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) for (const source of sourcesOf(file)) referenced.add(source);
    expect(sourcesOf('dist/components/internal/Slot.d.ts')).toEqual([
      'src/components/internal/Slot.tsx',
    ]);
  });

  it('ships no source a map does not point to (no stories, no docs pages)', () => {
    expect(referenced.size).toBeGreaterThan(40);
    const shipped = [...listing].filter((f) => f.startsWith('src/'));
    expect(shipped.filter((f) => !referenced.has(f))).toEqual([]);
  });
});

describe("a host's production bundle", () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'rsi-maps-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  /**
   * Everything the package exports, bundled as scripts/size.mjs measures it. As from a host's
   * node_modules: no tsconfig.json of this repository applies (this one would add "use strict"
   * to the lazily loaded locale modules, a difference the maps have nothing to do with).
   */
  async function everything(resolveDir: string): Promise<string> {
    const out = await build({
      ...hostBuildOptions({
        contents: "export * from './dist/index.js';",
        resolveDir,
        external: Object.keys(pkg.peerDependencies),
      }),
      tsconfigRaw: {},
    });
    return out.outputFiles[0]!.text;
  }

  it('is byte for byte the same without the maps: size figures never count them', async () => {
    // The same dist/ with every map and every sourceMappingURL comment removed.
    cpSync(path.join(root, 'dist'), path.join(scratch, 'dist'), {
      recursive: true,
      filter: (source) => !source.endsWith('.map'),
    });
    for (const file of built('.js')) {
      const target = path.join(scratch, file);
      writeFileSync(target, read(file).replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n'));
    }
    const withMaps = await everything(root);
    expect(withMaps).not.toContain('sourceMappingURL');
    expect(withMaps).toBe(await everything(scratch));
  });
});
