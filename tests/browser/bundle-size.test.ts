import { expect, test } from 'vitest';
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
