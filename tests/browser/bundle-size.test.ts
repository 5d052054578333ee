import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { FIRST_RENDER_PLACEHOLDER, OUT_DIR } from '../../scripts/build-widget.mjs';
import { BUDGET, measure } from '../../scripts/size.mjs';

// The widget build the browser tests load (made by global-setup.ts), held to its budgets.
test('the loader and the first render stay within their gzip budgets; Dexie and the QR encoder stay lazy', async () => {
  const { rows, loader, firstRender } = await measure({ build: false });
  expect(loader).toBeLessThanOrEqual(BUDGET.loader);
  expect(firstRender).toBeLessThanOrEqual(BUDGET.firstRender);
  expect(rows.filter((r) => r.firstRender && (r.dexie || r.qr))).toEqual([]);
  expect(rows.some((r) => r.dexie) && rows.some((r) => r.qr)).toBe(true);
});

test('the first render fetches one chunk of code after the app, not a second wave of shared chunks', async () => {
  const { rows } = await measure({ build: false });
  const first = rows.filter((r) => r.firstRender).map((r) => r.file);
  // The loader, esbuild's runtime helper, the app's entry and the one chunk with all it needs.
  expect(first.length).toBeLessThanOrEqual(4);
  const big = rows.filter((r) => r.firstRender).sort((a, b) => b.gzip - a.gzip)[0]!;
  expect(big.gzip / rows.filter((r) => r.firstRender).reduce((n, r) => n + r.gzip, 0)).toBeGreaterThan(0.9);
});

test("the loader names the first render's chunk itself, so it loads alongside the app's entry", async () => {
  const { rows } = await measure({ build: false });
  const big = rows.filter((r) => r.firstRender).sort((a, b) => b.gzip - a.gzip)[0]!;
  const loader = readFileSync(`${OUT_DIR}widget.js`, 'utf8');
  expect(loader).toContain(`import("./${big.file}")`);
  expect(loader).not.toContain(FIRST_RENDER_PLACEHOLDER);
});
