// `npm run size`: builds the widget and prints every chunk's gzip size, the loader's, and
// the code needed for the first render of the overview (the loader, the app chunk and all
// it imports statically: no lazy view, no Dexie, no QR encoder). Fails over budget.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildWidget, firstRenderFiles, OUT_DIR } from './build-widget.mjs';

export const BUDGET = { loader: 6 * 1024, firstRender: 44 * 1024 };

/** Sizes of the widget's chunks; `build: false` measures the build already in .output/widget. */
export async function measure({ build = true } = {}) {
  const meta = build ? await buildWidget() : JSON.parse(readFileSync(`${OUT_DIR}meta.json`, 'utf8'));
  const outputs = Object.fromEntries(Object.entries(meta.outputs).filter(([file]) => file.endsWith('.js')));
  const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
  const { files: first } = firstRenderFiles(meta);
  const rows = Object.keys(outputs).map((file) => {
    const inputs = Object.keys(outputs[file].inputs);
    return {
      file: relative(OUT_DIR, file),
      gzip: gz(file),
      firstRender: first.has(file),
      dexie: inputs.some((i) => i.includes('node_modules/dexie')),
      qr: inputs.some((i) => i.includes('node_modules/uqr')),
    };
  });
  const firstRender = rows.filter((r) => r.firstRender).reduce((n, r) => n + r.gzip, 0);
  return { rows, loader: rows.find((r) => r.file === 'widget.js').gzip, firstRender };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { rows, loader, firstRender } = await measure();
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  for (const r of rows.sort((a, b) => b.gzip - a.gzip)) {
    const tags = [r.firstRender && 'first render', r.dexie && 'Dexie (lazy)', r.qr && 'QR encoder (lazy)']
      .filter(Boolean)
      .join(', ');
    console.log(`${kb(r.gzip).padStart(9)}  ${r.file}${tags ? `  [${tags}]` : ''}`);
  }
  const problems = [];
  if (rows.some((r) => r.firstRender && (r.dexie || r.qr)))
    problems.push('Dexie or the QR encoder is in the first render');
  if (loader > BUDGET.loader) problems.push(`loader ${kb(loader)} > ${kb(BUDGET.loader)}`);
  if (firstRender > BUDGET.firstRender) problems.push(`first render ${kb(firstRender)} > ${kb(BUDGET.firstRender)}`);
  console.log(`\nloader (widget.js): ${kb(loader)} gzip (budget ${kb(BUDGET.loader)})`);
  console.log(
    `first render of the overview: ${kb(firstRender)} gzip (budget ${kb(BUDGET.firstRender)}, Dexie excluded)`,
  );
  if (problems.length) {
    console.error(`OVER BUDGET: ${problems.join('; ')}`);
    process.exit(1);
  }
}
