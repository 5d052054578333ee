/**
 * Readable by the people who need it most (extension.md, Must): large text offered on first use;
 * every piece of text on the popup, the dashboard (with a hospital in full) and the options at
 * least 16 px body / 14 px secondary in normal mode and 20 / 18 px in large mode; the patient's
 * places apart from the evaluator's; the options page leads back; policies by name.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { BUILT_IN_PROFILES } from '../../utils/audit/profile';
import type { Feed } from '../../utils/feed/schema';
import { textIn } from '../../utils/i18n/local-text';
import { startServer } from '../helpers/feed-server';
import { launchExtension, textSizes } from './harness';

const FIRST = readFileSync(new URL('../../public/samples/liaohe-first.json', import.meta.url), 'utf8');
const first = JSON.parse(FIRST) as Feed;

let context: BrowserContext;
let close: (() => Promise<void>) | undefined;
let worker: Worker;
let origin: string;
let site: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  site = await startServer({ '/.well-known/clearclinic.json': { body: FIRST } });
  ({ context, worker, origin, close } = await launchExtension());
});
afterAll(async () => {
  await close?.();
  await site?.close();
});

async function open(path: string, ready: string, width = 1000): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`${origin}/${path}`);
  await page.locator(ready).first().waitFor();
  return page;
}

const setSize = (size: 'normal' | 'large') =>
  worker.evaluate(
    (size) =>
      (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.storage.sync.set({
        settings: { lang: 'auto', size, theme: 'auto', refreshHours: 6, notifications: true },
      }),
    size,
  );

test('first use: large text is offered on the dashboard, and once answered it is kept and not asked again', async () => {
  const page = await open('dashboard.html', 'form#add-hospital');
  const offer = page.locator('#large-offer');
  await offer.waitFor();
  expect(await offer.textContent()).toContain('可以换成大字');
  await offer.getByRole('button', { name: '使用大字' }).click();
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.size)).toBe('large');
  expect(await offer.count()).toBe(0);
  const fontSize = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  expect(fontSize).toBeGreaterThanOrEqual(20);
  // Asked once per browser: the popup and the dashboard no longer ask.
  await page.reload();
  await page.locator('form#add-hospital').waitFor();
  expect(await page.locator('#large-offer').count()).toBe(0);
  const popup = await open('popup.html', '#saved');
  expect(await popup.locator('#large-offer').count()).toBe(0);
  expect(await popup.evaluate(() => document.documentElement.dataset.size)).toBe('large');
  await Promise.all([page.close(), popup.close()]);
});

test('the patient’s places and the evaluator’s audit are apart; the options lead back; policies by name', async () => {
  const page = await open('dashboard.html', 'form#add-hospital');
  await page.locator('form#add-hospital input[name="url"]').fill(site.url('/'));
  await page.locator('form#add-hospital button[type="submit"]').click();
  await page.locator(`.saved [data-hospital-id="${first.hospital.id}"]`).waitFor();
  // The patient's page holds the saved list and open-when, not the audit.
  expect(await page.locator('form#open-when').count()).toBe(1);
  expect(await page.locator('form#audit').count()).toBe(0);
  await page.getByRole('link', { name: '评估（评审人员）' }).click();
  await page.locator('form#audit').waitFor();
  expect(await page.locator('form#add-hospital, form#open-when').count()).toBe(0);
  expect(await page.getByRole('link', { name: '评估（评审人员）' }).getAttribute('aria-current')).toBe('page');
  // Policies are named as people know them, not by their ids.
  const options = await page.locator('form#audit select[name="profile"] option').allTextContents();
  expect(options).toEqual(Object.values(BUILT_IN_PROFILES).map((p) => textIn(p.title, 'zh-CN')));
  expect(options.join()).not.toMatch(/liaoning-2025|national/);
  // Back to the patient's place.
  await page.getByRole('link', { name: '已保存的医院' }).click();
  await page.locator('form#open-when').waitFor();
  // The options page links back to the dashboard.
  const options_ = await open('options.html', 'form#options');
  await options_.locator('a#back-to-dashboard').click();
  await options_.locator('form#add-hospital').waitFor();
  expect(options_.url()).toBe(`${origin}/dashboard.html`);
  await Promise.all([page.close(), options_.close()]);
});

for (const size of ['normal', 'large'] as const) {
  const [body, floor] = size === 'large' ? [20, 18] : [16, 14];
  test(`${size} text: body ≥ ${body} px and nothing under ${floor} px on the popup, the dashboard, a hospital and the options`, async () => {
    await setSize(size);
    const pages = [
      await open('popup.html', `#saved [data-hospital-id="${first.hospital.id}"] .glance`, 360),
      await open('dashboard.html', `.saved [data-hospital-id="${first.hospital.id}"]`),
      await open('dashboard.html#/audit', 'form#audit'),
      await open('options.html', 'form#options'),
    ];
    // "Open when" with results, and a hospital in full (the widget inside the dashboard).
    const dashboard = pages[1]!;
    await dashboard.locator('form#open-when [data-quick-date]').first().click();
    await dashboard.locator('#open-when-results [data-hospital-id]').first().waitFor();
    const hospital = await open(`dashboard.html#/hospital/${encodeURIComponent(first.hospital.id)}`, 'clear-clinic');
    await expect
      .poll(() => hospital.locator('clear-clinic').evaluate((el) => !!el.shadowRoot?.querySelector('.cc-title')))
      .toBe(true);
    for (const page of [...pages, hospital]) {
      const sizes = await textSizes(page, floor);
      expect(sizes.body, page.url()).toBeGreaterThanOrEqual(body);
      expect(sizes.small, page.url()).toEqual([]);
      await page.close();
    }
  });
}
