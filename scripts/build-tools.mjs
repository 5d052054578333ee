// Builds the webmaster tools as a static page: .output/tools/ (index.html, tools.js, chunks).
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildForBrowsers } from './browser-build.mjs';

const OUT = fileURLToPath(new URL('../.output/tools/', import.meta.url));
const src = (p) => fileURLToPath(new URL(`../webmaster/${p}`, import.meta.url));
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
await buildForBrowsers({
  entryPoints: { tools: src('main.tsx'), 'check-worker': src('check-worker.ts') },
  outdir: OUT,
});
for (const f of ['index.html', 'tools.css']) copyFileSync(src(f), `${OUT}${f}`);
console.log(`webmaster tools built in ${OUT}`);
