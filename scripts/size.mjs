#!/usr/bin/env node
// Bundle-size budgets for what a host app actually ships: each case imports some names from the
// built package (dist/), esbuild bundles and minifies it with the peer dependencies external,
// and the gzip size must stay within the budget in size-budgets.json.
// `node scripts/size.mjs --write` also records the measured sizes in benchmarks/bundle-size.json.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const budgets = JSON.parse(readFileSync(path.join(root, 'size-budgets.json'), 'utf8'));
const external = Object.keys(pkg.peerDependencies).flatMap((p) => [p, `${p}/*`]);

/** Maps a public specifier (`react-stripe-identity/core`) to its built file. */
function resolveEntry(specifier) {
  const sub = specifier === pkg.name ? '.' : `.${specifier.slice(pkg.name.length)}`;
  const target = pkg.exports[sub] ?? pkg.exports['./locales/*'];
  const file = typeof target === 'string' ? target : target.default;
  return path.join(root, file.replace('*', sub.split('/').pop()));
}

const results = [];
let over = 0;
for (const entry of budgets) {
  const file = resolveEntry(entry.import);
  const contents = entry.names
    ? `export { ${entry.names.join(', ')} } from ${JSON.stringify(file)};`
    : `export * from ${JSON.stringify(file)}; export { default } from ${JSON.stringify(file)};`;
  const bundle = (source) =>
    build({
      stdin: { contents: source, resolveDir: root, loader: 'js' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
      external,
      logLevel: 'silent',
    });
  const out = await bundle(contents).catch((error) => {
    if (entry.names) throw error;
    // Entries without a default export: measure `export *` alone.
    return bundle(`export * from ${JSON.stringify(file)};`);
  });
  const code = out.outputFiles[0].contents;
  const gzip = gzipSync(code, { level: 9 }).length;
  const ok = gzip <= entry.limitBytes;
  if (!ok) over += 1;
  results.push({ name: entry.name, minified: code.length, gzip, limit: entry.limitBytes });
  console.log(
    `${ok ? '✔' : '✘'} ${entry.name.padEnd(44)} ${String(gzip).padStart(6)} B gzip  (budget ${entry.limitBytes} B, ${code.length} B minified)`,
  );
}

if (process.argv.includes('--write')) {
  const outFile = path.join(root, 'benchmarks/bundle-size.json');
  writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`wrote ${path.relative(root, outFile)}`);
}
if (over > 0) {
  console.error(`${over} bundle(s) over budget`);
  process.exit(1);
}
