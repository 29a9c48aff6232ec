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

describe('developer-only code behind isDev()', () => {
  it('marks every isDev() call pure, in src/ and in the built dist/ (else esbuild keeps it)', () => {
    const unmarked: string[] = [];
    let marked = 0;
    for (const file of [...sourceFiles('src'), ...sourceFiles('dist')]) {
      if (/[\\/]core[\\/]dev\.(?:js|ts)$/.test(file)) continue;
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/(\/\* @__PURE__ \*\/ )?\bisDev\(\)/g)) {
        if (match[1]) marked += 1;
        else unmarked.push(`${path.relative(root, file)}: ${match.index}`);
      }
    }
    expect(unmarked).toEqual([]);
    expect(marked).toBeGreaterThanOrEqual(30);
  });

  it('leaves no call of it in a production bundle, and calls it in a development one', {
    timeout: 60_000,
  }, async () => {
    const callsOfIsDev = (code: string) => {
      // isDev() minified, NODE_ENV defined: `function x(){try{return!0}catch{return!1}}` (`!1` in production).
      const name = /function ([\w$]+)\(\)\{try\{return![01]\}catch\{return!1\}\}/.exec(code)?.[1];
      if (!name) return 0; // tree-shaken
      const escaped = name.replaceAll('$', '\\$');
      return [...code.matchAll(new RegExp(`(?<!function |[\\w$.])${escaped}\\(\\)`, 'g'))].length;
    };
    expect(callsOfIsDev((await bundleOf('production')).code)).toBe(0);
    expect(callsOfIsDev((await bundleOf('development')).code)).toBeGreaterThanOrEqual(30);
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
