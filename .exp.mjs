import { rollup } from 'rollup';
import config from './rollup.config.mjs';
import { gzipSync } from 'node:zlib';
import { minify } from 'terser';
const c = config[Number(process.env.CFG ?? 2)];
async function size(stubFile) {
  const plugins = [...c.plugins];
  if (stubFile) plugins.unshift({ name: 'stub', load(id) { if (id.endsWith(stubFile)) return stubCode(id); } });
  const b = await rollup({ input: c.input, plugins, onwarn() {} });
  const { output } = await b.generate({ format: 'iife' });
  const min = (await minify(output[0].code, { ecma: 2020, compress: { passes: 2 }, format: { comments: false } })).code;
  return gzipSync(min, { level: 9 }).length;
}
import { readFileSync } from 'node:fs';
function stubCode(id) {
  // export the same names, each as a trivial function/value
  const src = readFileSync(id, 'utf8');
  const names = [...src.matchAll(/export (?:const|function|class|let) (\w+)/g)].map((m) => m[1]);
  return names.map((n) => (/^[A-Z_]+$/.test(n) ? `export const ${n} = {};` : n === 'styles' ? `import {css} from 'lit'; export const styles = css\`\`;` : n === 'en' ? `export const en = {consent:{categories:{}}};` : n[0] === n[0].toUpperCase() ? `export class ${n} extends Error {}` : `export function ${n}() { return {}; }`)).join('\n');
}
const base = await size();
console.log('total', base);
for (const f of process.argv.slice(2)) console.log(f, base - (await size(f)));
