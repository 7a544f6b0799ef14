// per-module minified size of the loader bundle via esbuild metafile
import { build } from 'esbuild';
const r = await build({ entryPoints: [process.argv[2]], bundle: true, minify: true, format: 'esm', write: false, metafile: true, target: 'es2020', 
  plugins: [{ name: 'jl', setup(b) { b.onResolve({ filter: /^\.\/load\.js$/ }, a => a.importer.endsWith('locales/index.ts') ? { path: a.resolveDir + '/load-json-module.ts' } : undefined); } }] });
const out = Object.values(r.metafile.outputs)[0];
const rows = Object.entries(out.inputs).map(([k, v]) => [v.bytesInOutput, k]).sort((a, b) => b[0] - a[0]);
for (const [b, k] of rows) if (b > 200) console.log(String(b).padStart(7), k);
console.log('total', out.bytes);
