/**
 * `npm run bench:extension`: the built Chrome extension in headless Chromium with 20 saved
 * hospitals (the three samples in turn, each under its own hospital id), all offline-ready in
 * the cache. Times from the page's navigation start to its summary on screen (User Timing
 * marks set by the pages themselves): the popup, budget 100 ms, with its kept glances (an
 * opening within the same hour) and with every glance worked out again from the cached
 * feeds (the first opening after a refresh, or once a clinic opens or closes), next to the
 * dashboard; the median of 15 runs each, and the same with the CPU throttled 4×.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { makeCreditCode } from '../samples/credit-code';
import { launchExtension } from '../scripts/launch-extension';
import { startServer } from '../tests/helpers/feed-server';
import { median } from './median';

const RUNS = 15;
const SAVED = 20;
const ROOT = fileURLToPath(new URL('../', import.meta.url));

execFileSync(process.execPath, [join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build'], { cwd: ROOT, stdio: 'ignore' });

// 20 hospitals: the samples in turn, each made its own hospital (id and name), served by one local site.
const samples = ['liaohe-first', 'liaohe-mch', 'liaohe-tcm'].map((name) =>
  readFileSync(join(ROOT, `public/samples/${name}.json`), 'utf8'),
);
const routes: Record<string, { body: string }> = {};
let bytes = 0;
for (let i = 0; i < SAVED; i++) {
  const feed = JSON.parse(samples[i % samples.length]!);
  feed.hospital.id = makeCreditCode('211000', String(40000000 + i).padStart(8, '0'));
  feed.hospital.name = {
    'zh-CN': `${feed.hospital.name['zh-CN'] ?? feed.hospital.name}（第${i + 1}院区）`,
    en: `Campus ${i + 1}`,
  };
  routes[`/h${i}.json`] = { body: JSON.stringify(feed) };
  bytes += routes[`/h${i}.json`]!.body.length;
}
const site = await startServer(routes);

const { context, origin, close } = await launchExtension();

// Saved through the dashboard's own form, as a person would: each feed stored for offline use.
const setup = await context.newPage();
await setup.goto(`${origin}/dashboard.html`);
for (let i = 0; i < SAVED; i++) {
  await setup.locator('form#add-hospital input[name="url"]').fill(site.url(`/h${i}.json`));
  await setup.locator('form#add-hospital button[type="submit"]').click();
  await setup.locator(`.saved li:nth-child(${i + 1})[data-hospital-id]`).waitFor();
}
await setup.close();
// From here on the sites are unreachable: everything comes from the cache.
await site.close();

/** Drops the popup's kept glances, so the next opening works every one out from the cached feeds. */
const forgetGlances = (page: Page) =>
  page.evaluate(async () => {
    const local = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.storage.local;
    await local.remove(Object.keys(await local.get(null)).filter((k) => k.startsWith('glance:')));
  });

async function timeTo(path: string, mark: string, rate: number, fresh = false): Promise<number[]> {
  const times: number[] = [];
  const page: Page = await context.newPage();
  if (rate > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate });
  await page.setViewportSize({ width: 400, height: 700 });
  for (let i = 0; i <= RUNS; i++) {
    if (fresh && i > 0) await forgetGlances(page);
    await page.goto(`${origin}/${path}`);
    await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, mark, { timeout: 30_000 });
    const shown = await page.evaluate((m) => performance.getEntriesByName(m)[0]!.startTime, mark);
    if (i > 0) times.push(shown); // the first load warms the browser's code cache, as any second opening would
  }
  if (path === 'popup.html' && !fresh) {
    const kept = await page.evaluate(
      async () =>
        Object.keys(
          await (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.storage.local.get(
            null,
          ),
        ).filter((k) => k.startsWith('glance:')).length,
    );
    if (kept !== SAVED) throw new Error(`popup: ${kept} glances kept, not ${SAVED}`);
  }
  const count = await page.locator('#saved [data-hospital-id]').count();
  if (count !== SAVED) throw new Error(`${path}: ${count} saved hospitals shown, not ${SAVED}`);
  await page.close();
  return times;
}

console.log(
  `${SAVED} saved hospitals, ${(bytes / 2 ** 20).toFixed(2)} MiB of feeds in the cache, offline; median of ${RUNS} runs, ms from navigation start`,
);
for (const rate of [1, 4]) {
  const popup = median(await timeTo('popup.html', 'clearclinic:popup-summary', rate));
  const worked = median(await timeTo('popup.html', 'clearclinic:popup-summary', rate, true));
  const dashboard = median(await timeTo('dashboard.html', 'clearclinic:dashboard-ready', rate));
  const budget = rate === 1 ? `  (budget 100 ms: ${popup <= 100 ? 'met' : 'MISSED'})` : '';
  console.log(
    `${rate === 1 ? 'normal CPU' : '4× slower CPU'}: popup summary ${popup.toFixed(1)} ms${budget}; every glance worked out again ${worked.toFixed(1)} ms; dashboard ${dashboard.toFixed(1)} ms; popup/dashboard ${(popup / dashboard).toFixed(2)}×`,
  );
}
await close();
