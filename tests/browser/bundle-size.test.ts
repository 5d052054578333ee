import { readFileSync } from 'node:fs';
import type { Metafile } from 'esbuild';
import { expect, test } from 'vitest';
import { FIRST_RENDER_PLACEHOLDER, firstRenderFiles, OUT_DIR } from '../../scripts/build-widget.mjs';
import { BUDGET, measure } from '../../scripts/size.mjs';

// The widget build the browser tests load (made by global-setup.ts), held to its budgets.
test('the loader and the first render stay within their gzip budgets; Dexie and the QR encoder stay lazy', async () => {
  const { rows, loader, firstRender } = await measure({ build: false });
  expect(loader).toBeLessThanOrEqual(BUDGET.loader);
  expect(firstRender).toBeLessThanOrEqual(BUDGET.firstRender);
  expect(rows.filter((r) => r.firstRender && (r.dexie || r.qr))).toEqual([]);
  expect(rows.some((r) => r.dexie) && rows.some((r) => r.qr)).toBe(true);
});

test("after the loader, the first render fetches two files at once: the app's entry and the one chunk it re-exports", async () => {
  const meta = JSON.parse(readFileSync(`${OUT_DIR}meta.json`, 'utf8')) as Metafile;
  const { loader, app, files } = firstRenderFiles(meta);
  // Fetched before the loader runs, all at once as its imports are seen: the little it shares with
  // the app (the database's name, the bounded body reader the early request shares with loadFeed).
  const withLoader = meta.outputs[loader]!.imports.filter((i) => i.kind === 'import-statement').map((i) => i.path);
  expect(withLoader.length).toBeLessThanOrEqual(2);
  expect(withLoader.reduce((n, f) => n + meta.outputs[f]!.bytes, 0)).toBeLessThan(1024);
  const after = [...files].filter((f) => f !== loader && !withLoader.includes(f));
  expect(after).toHaveLength(2);
  expect(after).toContain(app);
  const big = after.find((f) => f !== app)!;
  expect(meta.outputs[big]!.bytes / [...files].reduce((n, f) => n + meta.outputs[f]!.bytes, 0)).toBeGreaterThan(0.9);
});

test("the loader names the first render's chunk itself, so it loads alongside the app's entry", async () => {
  const { rows } = await measure({ build: false });
  const big = rows.filter((r) => r.firstRender).sort((a, b) => b.gzip - a.gzip)[0]!;
  const loader = readFileSync(`${OUT_DIR}widget.js`, 'utf8');
  expect(loader).toContain(`import("./${big.file}")`);
  expect(loader).not.toContain(FIRST_RENDER_PLACEHOLDER);
});
