// Checks of the built package (dist/), run after `npm run build`: what a host installs.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const dist = path.join(root, 'dist');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  name: string;
  exports: Record<string, string | { types: string; default: string }>;
};

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.js'))
    .map((d) => path.join(d.parentPath, d.name));
}

const IMPORT = /(?:^|[\s;])(?:import|export)\s*(?:[\w*{}\s,$]*?\s*from\s*)?['"]([^'"]+)['"]/g;

/** Bare specifiers reachable from a built file, following relative imports. */
function bareImportsFrom(file: string, seen = new Set<string>()): Set<string> {
  const bare = new Set<string>();
  if (seen.has(file)) return bare;
  seen.add(file);
  for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
    const spec = match[1]!;
    if (spec.startsWith('.')) {
      for (const b of bareImportsFrom(path.resolve(path.dirname(file), spec), seen)) bare.add(b);
    } else bare.add(spec);
  }
  return bare;
}

/** Public specifiers of every JS entry, locales expanded. */
const localeCodes = readdirSync(path.join(root, 'src/locales'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.slice(0, -3));
const entries = Object.keys(pkg.exports)
  .filter((k) => k !== './styles.css' && k !== './package.json')
  .flatMap((k) => (k === './locales/*' ? localeCodes.map((c) => `./locales/${c}`) : [k]))
  .map((k) => (k === '.' ? pkg.name : `${pkg.name}${k.slice(1)}`));

describe('dist/', () => {
  it('has a .js and a .d.ts file for every entry of the exports map', () => {
    for (const [key, target] of Object.entries(pkg.exports)) {
      if (typeof target === 'string') {
        if (!target.includes('*')) expect(existsSync(path.join(root, target)), key).toBe(true);
        continue;
      }
      const codes = key === './locales/*' ? localeCodes : [''];
      for (const code of codes) {
        expect(existsSync(path.join(root, target.default.replace('*', code))), key).toBe(true);
        expect(existsSync(path.join(root, target.types.replace('*', code))), key).toBe(true);
      }
    }
  });

  it('ships no Storybook code (regression: src/stories declarations were emitted into dist/)', () => {
    const everything = readdirSync(dist, { recursive: true }).map(String);
    expect(everything.filter((f) => f.startsWith('stories') || f.includes('.stories.'))).toEqual(
      [],
    );
  });

  it("marks no module 'use client' that does not import React (a client boundary for nothing)", () => {
    const marked = filesUnder(dist).filter((file) =>
      /^['"]use client['"]/.test(readFileSync(file, 'utf8').trimStart()),
    );
    const withoutReact = marked.filter(
      (file) =>
        ![...readFileSync(file, 'utf8').matchAll(IMPORT)].some((m) =>
          /^(react|@tanstack\/react-query)(\/|$)/.test(m[1]!),
        ),
    );
    expect(withoutReact.map((file) => path.relative(dist, file))).toEqual([]);
  });

  it("keeps 'use client' at the top of every module that imports React", () => {
    const reactModules = [
      ...filesUnder(path.join(dist, 'react')),
      ...filesUnder(path.join(dist, 'components')),
      ...filesUnder(path.join(dist, 'testing')),
    ].filter((file) =>
      [...readFileSync(file, 'utf8').matchAll(IMPORT)].some((m) => /^react(\/|$)/.test(m[1]!)),
    );
    expect(reactModules.length).toBeGreaterThan(10);
    for (const file of reactModules) {
      const first = readFileSync(file, 'utf8').trimStart().split('\n')[0];
      expect(first, path.relative(dist, file)).toMatch(/^['"]use client['"];?$/);
    }
  });

  it('keeps identityKeys and verificationSessionQueryOptions callable from Server Components (no React, no client boundary)', () => {
    for (const name of ['core/identityKeys', 'query/verificationSessionQueryOptions']) {
      const file = path.join(dist, `${name}.js`);
      const seen = new Set<string>();
      const bare = [...bareImportsFrom(file, seen)];
      expect(
        bare.filter((s) => /^react(-dom)?(\/|$)/.test(s)),
        name,
      ).toEqual([]);
      for (const reached of seen) {
        expect(readFileSync(reached, 'utf8'), path.relative(dist, reached)).not.toMatch(
          /^\s*['"]use client['"]/,
        );
      }
    }
  });

  it('core, server, simulator and locales import no React', () => {
    const files = [
      path.join(dist, 'core/index.js'),
      path.join(dist, 'server/index.js'),
      path.join(dist, 'simulator/index.js'),
      path.join(dist, 'simulator/bin.js'),
      ...localeCodes.map((c) => path.join(dist, `locales/${c}.js`)),
    ];
    for (const file of files) {
      const bare = [...bareImportsFrom(file)];
      expect(
        bare.filter((s) => s === 'react' || s.startsWith('react/') || s.startsWith('react-dom')),
        path.relative(dist, file),
      ).toEqual([]);
    }
  });

  it('never imports the main @stripe/stripe-js entry (it injects a script at import time)', () => {
    for (const file of filesUnder(dist)) {
      for (const spec of bareImportsFrom(file, new Set())) {
        expect(spec, path.relative(dist, file)).not.toBe('@stripe/stripe-js');
      }
    }
  });

  // One plain-Node process imports every entry (no DOM, real ESM resolution through the
  // package's own `exports`) and reports each entry's export names.
  let surface: Record<string, string[]> | undefined;
  const importAll = () => {
    surface ??= JSON.parse(
      execFileSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `const out = {}; for (const e of ${JSON.stringify(entries)}) out[e] = Object.keys(await import(e)).sort(); console.log(JSON.stringify(out));`,
        ],
        { cwd: root, encoding: 'utf8' },
      ),
    ) as Record<string, string[]>;
    return surface;
  };

  it('imports every entry in plain Node (no DOM, real ESM resolution)', { timeout: 60_000 }, () => {
    const names = importAll();
    for (const entry of entries) expect(names[entry]?.length, entry).toBeGreaterThan(0);
  });

  it('exports the same names as last time (a changed API is a visible diff)', {
    timeout: 60_000,
  }, () => {
    expect(importAll()).toMatchSnapshot();
  });
});
