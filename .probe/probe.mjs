import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { hostBuildOptions } from '/work/wt-22/scripts/hostBuild.mjs';
const names = process.argv[2];
const out = await build({ ...hostBuildOptions({ contents: `export { ${names} } from './dist/index.js';`, resolveDir: '/work/wt-22', external: ['react','react-dom','@stripe/stripe-js','@tanstack/react-query','stripe'] }), splitting: process.argv[3] !== 'nosplit', outdir: '/work/wt-22/out', metafile: true });
for (const [k, m] of Object.entries(out.metafile.outputs)) {
  const f = out.outputFiles.find(f => f.path.endsWith(k.replace(/^out\//,'')));
  console.log(k, m.entryPoint ?? '', f.contents.length, gzipSync(f.contents,{level:9}).length, m.imports.map(i=>i.kind[0]+':'+i.path).join(' '), Object.keys(m.inputs).length);
}
if (process.argv[4]) { const f = out.outputFiles.find(f=>f.path.endsWith('stdin.js')); const t=f.text; const i=t.indexOf(process.argv[4]); console.log(t.slice(Math.max(0,i-1500), i+1200)); }
