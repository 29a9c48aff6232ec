#!/usr/bin/env node
// Bundle sizes as a host app ships them: `npm pack` the built package, unpack it into a scratch
// app, and bundle what each case imports with esbuild — minified, `process.env.NODE_ENV` defined
// as "production", peer dependencies external — then gzip it (level 9). Each of our cases must
// stay within its budget in size-budgets.json.
//
// The same run measures the peer libraries a host would otherwise reach for (installed as
// devDependencies at pinned versions), the same way, so the comparison is like for like.
// `node scripts/size.mjs --write` records both, with the ratios, in benchmarks/bundle-size.json
// and regenerates the sizes table of README.md (between the `sizes` marker comments).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { hostBuildOptions } from './hostBuild.mjs';
import { catalogueTexts, textFloors } from './sizeFloor.mjs';

const root = path.resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const budgets = JSON.parse(readFileSync(path.join(root, 'size-budgets.json'), 'utf8'));
const write = process.argv.includes('--write');

/** What a host's bundler leaves to the app: React, Stripe.js, TanStack Query, the Stripe SDK. */
const OUR_PEERS = Object.keys(pkg.peerDependencies);

/** The peers measured beside us: what each case imports and what stays external for it. */
const PEERS = [
  {
    name: 'react-plaid-link: usePlaidLink',
    package: 'react-plaid-link',
    names: ['usePlaidLink'],
    external: ['react', 'react-dom'],
  },
  {
    name: '@stripe/react-stripe-js: useStripe',
    package: '@stripe/react-stripe-js',
    names: ['useStripe'],
    external: ['react', 'react-dom', '@stripe/stripe-js'],
  },
  {
    name: '@stripe/react-stripe-js: import *',
    package: '@stripe/react-stripe-js',
    external: ['react', 'react-dom', '@stripe/stripe-js'],
  },
  {
    name: 'persona-react: import *',
    package: 'persona-react',
    external: ['react', 'react-dom'],
  },
];

/** Our case and the peer cases it is compared with (the README table, one row each). */
const COMPARISONS = [
  {
    ours: 'IdentityProvider + useVerifyIdentity',
    peers: ['react-plaid-link: usePlaidLink', '@stripe/react-stripe-js: useStripe'],
  },
  { ours: 'VerificationStatus alone', peers: [] },
  {
    ours: 'everything (all of react-stripe-identity)',
    peers: ['@stripe/react-stripe-js: import *', 'persona-react: import *'],
  },
];

/**
 * The size limits the library holds itself to (gzip bytes): a number, or the name of a peer
 * case it must be no heavier than (ratio ≤ 1.00). For each, the run also records the text floors
 * (scripts/sizeFloor.mjs): the case with its message text, then every string, removed, the
 * English catalogue kept. A floor above the target means text work alone cannot meet it.
 */
const TARGETS = {
  'IdentityProvider + useVerifyIdentity': '@stripe/react-stripe-js: useStripe',
  'VerificationStatus alone': 2000,
  'everything (all of react-stripe-identity)': 12500,
};

const gzip = (code) => gzipSync(code, { level: 9 }).length;

/** Bundles `source` (resolved from `resolveDir`) as a host's production build does; sizes in bytes. */
async function measure(source, resolveDir, externalPackages) {
  const bundle = (contents) =>
    build(hostBuildOptions({ contents, resolveDir, external: externalPackages }));
  const out = await bundle(source.withDefault).catch((error) => {
    if (!source.withoutDefault) throw error;
    // Entries without a default export: measure `export *` alone.
    return bundle(source.withoutDefault);
  });
  const code = out.outputFiles[0].contents;
  return { minified: code.length, gzip: gzip(code), code: out.outputFiles[0].text };
}

/** `export { a, b } from 'x'`, or every export of `x` (with its default when it has one). */
function importsOf(specifier, names) {
  const from = JSON.stringify(specifier);
  if (names) return { withDefault: `export { ${names.join(', ')} } from ${from};` };
  return {
    withDefault: `export * from ${from}; export { default } from ${from};`,
    withoutDefault: `export * from ${from};`,
  };
}

/** The packed tarball, unpacked where a host's node_modules would hold it. */
function unpackPackage() {
  const app = mkdtempSync(path.join(tmpdir(), 'rsi-size-'));
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', app], {
    cwd: root,
    encoding: 'utf8',
  })
    .trim()
    .split('\n')
    .pop();
  const target = path.join(app, 'node_modules', pkg.name);
  mkdirSync(target, { recursive: true });
  execFileSync('tar', ['-xzf', path.join(app, tarball), '-C', target, '--strip-components=1']);
  return app;
}

const app = unpackPackage();
const ours = [];
const peers = [];
const targets = [];
let over = 0;
try {
  const { en } = await import(
    pathToFileURL(path.join(app, 'node_modules', pkg.name, 'dist/core/en.js')).href
  );
  const english = catalogueTexts(en);
  for (const entry of budgets) {
    const { code, ...size } = await measure(importsOf(entry.import, entry.names), app, OUR_PEERS);
    const ok = size.gzip <= entry.limitBytes;
    if (!ok) over += 1;
    ours.push({ name: entry.name, import: entry.import, names: entry.names ?? '*', ...size });
    console.log(
      `${ok ? '✔' : '✘'} ${entry.name.padEnd(44)} ${String(size.gzip).padStart(6)} B gzip  (budget ${entry.limitBytes} B, ${size.minified} B minified)`,
    );
    if (TARGETS[entry.name] !== undefined) {
      targets.push({ name: entry.name, gzip: size.gzip, ...textFloors(code, english, gzip) });
    }
  }
  for (const peer of PEERS) {
    const version = pkg.devDependencies[peer.package];
    const { code: _code, ...size } = await measure(
      importsOf(peer.package, peer.names),
      root,
      peer.external,
    );
    peers.push({ name: peer.name, package: `${peer.package}@${version}`, ...size });
    console.log(
      `  ${`${peer.name} (${version})`.padEnd(44)} ${String(size.gzip).padStart(6)} B gzip  (peer, ${size.minified} B minified)`,
    );
  }
  for (const entry of targets) {
    const limit = TARGETS[entry.name];
    entry.target = typeof limit === 'number' ? limit : peers.find((p) => p.name === limit).gzip;
    if (typeof limit !== 'number') entry.targetPeer = limit;
    entry.met = entry.gzip <= entry.target;
    console.log(
      `  target ${entry.name}: ${entry.gzip} B against ${entry.target} B${entry.targetPeer ? ` (${entry.targetPeer})` : ''} (${entry.met ? 'met' : 'missed'}); without message text ${entry.withoutMessageText} B, without any string ${entry.withoutAnyString} B`,
    );
  }
} finally {
  rmSync(app, { recursive: true, force: true });
}

const byName = (list, name) => {
  const found = list.find((item) => item.name === name);
  if (!found) throw new Error(`scripts/size.mjs: no case named ${JSON.stringify(name)}`);
  return found;
};
const comparisons = COMPARISONS.map(({ ours: name, peers: peerNames }) => {
  const mine = byName(ours, name);
  return {
    ours: name,
    gzip: mine.gzip,
    peers: peerNames.map((peerName) => {
      const peer = byName(peers, peerName);
      // Below 1: we are lighter than the peer.
      return { name: peerName, gzip: peer.gzip, ratio: Number((mine.gzip / peer.gzip).toFixed(2)) };
    }),
  };
});

const fmt = (n) => n.toLocaleString('en-US');
const rows = [
  ['what a host imports', 'react-stripe-identity', 'peers (ratio: ours ÷ peer)'],
  ...comparisons.map((row) => [
    row.ours,
    `${fmt(row.gzip)} B`,
    row.peers.map((p) => `${p.name} ${fmt(p.gzip)} B (${p.ratio}×)`).join('; ') || '—',
  ]),
];
// Padded as Biome formats Markdown tables, so `biome check` leaves the generated table alone.
const right = [false, true, false];
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
const line = (cells) =>
  `| ${cells.map((c, i) => (right[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ')} |`;
const table = [
  line(rows[0]),
  `| ${widths.map((w, i) => (right[i] ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`,
  ...rows.slice(1).map(line),
].join('\n');

const readmeFile = path.join(root, 'README.md');
const readme = readFileSync(readmeFile, 'utf8');
const START = '<!-- sizes:start (generated by node scripts/size.mjs --write) -->';
const END = '<!-- sizes:end -->';
const [before, rest] = readme.split(START);
if (rest === undefined || !rest.includes(END)) {
  throw new Error(`scripts/size.mjs: README.md has no ${START} … ${END} block`);
}
const after = rest.slice(rest.indexOf(END));
const fresh = `${before}${START}\n\n${table}\n\n${after}`;

if (write) {
  const outFile = path.join(root, 'benchmarks/bundle-size.json');
  const method =
    'npm pack, unpacked into a scratch app; esbuild bundle, minified, format esm, platform browser, target es2022, process.env.NODE_ENV="production", peer dependencies external; gzip level 9. Sizes in bytes.';
  const floors =
    'targets: the limits of scripts/size.mjs TARGETS (a peer name: no heavier than that peer). withoutMessageText: the same bundle with every string that contains a space emptied (error and warning text), withoutAnyString: with every string emptied; import specifiers and the English catalogue kept in both (scripts/sizeFloor.mjs).';
  writeFileSync(
    outFile,
    `${JSON.stringify({ method, ours, peers, comparisons, floors, targets }, null, 2)}\n`,
  );
  writeFileSync(readmeFile, fresh);
  // Formatted as `biome check` wants it, so a fresh run leaves the tree clean.
  execFileSync(path.join(root, 'node_modules/.bin/biome'), ['format', '--write', outFile], {
    cwd: root,
    stdio: 'ignore',
  });
  console.log(`wrote ${path.relative(root, outFile)} and the sizes table of README.md`);
} else if (fresh !== readme) {
  console.log('note: the README sizes table is out of date; run `node scripts/size.mjs --write`');
}
if (over > 0) {
  console.error(`${over} bundle(s) over budget`);
  process.exit(1);
}
