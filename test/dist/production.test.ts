// What a host's production build keeps of the built package (dist/): no developer warning, no
// text of one, no read of `process`, and no developer-only advice in thrown errors.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { hostBuildOptions } from '../../scripts/hostBuild.mjs';
import { en } from '../../src/core/en.js';
import { DEVELOPMENT_ADVICE } from './developmentAdvice.js';

const root = path.resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  peerDependencies: Record<string, string>;
};
const external = Object.keys(pkg.peerDependencies);

/** What `names` (default: everything) pull in, bundled and minified with NODE_ENV defined. */
async function bundleOf(nodeEnv: 'production' | 'development', names?: string[]) {
  const contents = names
    ? `export { ${names.join(', ')} } from './dist/index.js';`
    : "export * from './dist/index.js';";
  const out = await build({
    ...hostBuildOptions({ contents, resolveDir: root, external, nodeEnv }),
    metafile: true,
  });
  const inputs = Object.keys(Object.values(out.metafile.outputs)[0]!.inputs);
  return { code: out.outputFiles[0]!.text, inputs };
}

/** Everything `react-stripe-identity` exports, bundled and minified with NODE_ENV defined. */
async function hostBundle(nodeEnv: 'production' | 'development'): Promise<string> {
  const { code } = await bundleOf(nodeEnv);
  // Minifiers escape backticks inside template literals: compare texts without backslashes.
  return code.replaceAll('\\', '');
}

/** The opening words of every `devWarn('…')` in src/ (up to the first placeholder). */
function warningTexts(): string[] {
  const files = readdirSync(path.join(root, 'src'), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.tsx?$/.test(d.name) && !d.name.includes('.stories.'))
    .map((d) => path.join(d.parentPath, d.name))
    .filter((file) => !file.includes(`${path.sep}stories${path.sep}`));
  const texts: string[] = [];
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    // A quoted message whole, or a template literal up to its first placeholder.
    for (const match of source.matchAll(/devWarn\(\s*(?:'((?:[^'\\]|\\.)*)'|`([^`$]*))/g)) {
      const text = (match[1] ?? match[2] ?? '').slice(0, 48);
      if (text.length >= 20) texts.push(text);
    }
  }
  return texts;
}

describe('a production build of the package', () => {
  const texts = warningTexts();

  it('finds the developer warnings in src/ (the checks below look for them)', () => {
    expect(texts.length).toBeGreaterThanOrEqual(5);
  });

  it('keeps every developer warning and its advice in a development build', {
    timeout: 60_000,
  }, async () => {
    const code = await hostBundle('development');
    expect(code).toContain('console.warn');
    expect([...texts, ...DEVELOPMENT_ADVICE].filter((text) => !code.includes(text))).toEqual([]);
  });

  it('has no developer warning, no warning text and no developer-only advice', {
    timeout: 60_000,
  }, async () => {
    const code = await hostBundle('production');
    expect(code.includes('console.warn')).toBe(false);
    expect([...texts, ...DEVELOPMENT_ADVICE].filter((text) => code.includes(text))).toEqual([]);
    // The problem itself still reads in production.
    expect(code.includes('Invalid prop `stripe`')).toBe(true);
    expect(code.includes('did not answer within')).toBe(true);
    expect(code.includes('Could not find IdentityProvider context for ')).toBe(true);
    expect(code.includes('<VerifyIdentityButton asChild> needs exactly one React element')).toBe(
      true,
    );
  });

  it('reads no `process` at all (regression: `typeof process` kept warnings in Vite builds)', {
    timeout: 60_000,
  }, async () => {
    const code = await hostBundle('production');
    expect(code.match(/.{0,40}\bprocess\b.{0,40}/g)).toBeNull();
  });
});

/** Every `.js`/`.ts(x)` file under `dir`, stories and declarations left out. */
function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter(
      (d) => d.isFile() && /(?<!\.d)\.(?:js|tsx?)$/.test(d.name) && !d.name.includes('.stories.'),
    )
    .map((d) => path.join(d.parentPath, d.name));
}

describe('developer-only code', () => {
  it("is written one way in src/: `process.env.NODE_ENV !== 'production'`", () => {
    const other: string[] = [];
    let checks = 0;
    for (const file of sourceFiles('src')) {
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/process\.env\.NODE_ENV.{0,20}/g)) {
        if (match[0].startsWith("process.env.NODE_ENV !== 'production'")) checks += 1;
        else if (!/[\\/]core[\\/]dev\.ts$/.test(file))
          other.push(`${path.relative(root, file)}: ${match[0]}`);
      }
    }
    expect(other).toEqual([]);
    expect(checks).toBeGreaterThanOrEqual(25);
  });

  it('is guarded in dist/ so that a browser with no bundler never reads the missing `process`', () => {
    const unguarded: string[] = [];
    for (const file of sourceFiles('dist')) {
      if (/[\\/]core[\\/]dev\.js$/.test(file)) continue;
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/(.{0,30})process\.env\.NODE_ENV/g)) {
        if (!/isDev\(\) && $/.test(match[1]!))
          unguarded.push(`${path.relative(root, file)}: ${match[0]}`);
      }
    }
    expect(unguarded).toEqual([]);
  });
});

describe('what a host bundles for part of the package', () => {
  it('bundles neither the session validator nor any text for IdentityProvider + useVerifyIdentity', {
    timeout: 60_000,
  }, async () => {
    const { code, inputs } = await bundleOf('production', [
      'IdentityProvider',
      'useVerifyIdentity',
    ]);
    expect(inputs.filter((file) => /parseVerificationSession|\/en\.js$/.test(file))).toEqual([]);
    expect(code.includes(en.phase.processing.title)).toBe(false);
  });

  it('bundles only the phase texts and the status label for VerificationStatus', {
    timeout: 60_000,
  }, async () => {
    const { code } = await bundleOf('production', ['VerificationStatus']);
    expect(code.includes(en.phase.processing.title)).toBe(true);
    expect(code.includes(en.statusLabel)).toBe(true);
    const others = [
      en.lastError.document_expired.message,
      en.error.network_error.message,
      en.card.loading,
      en.redaction.redacted,
    ];
    expect(others.filter((text) => code.includes(text))).toEqual([]);
  });
});
