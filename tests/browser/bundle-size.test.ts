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
