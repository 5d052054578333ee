import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { axe, launchExtension } from './harness';

let context: BrowserContext;
let close: (() => Promise<void>) | undefined;
let worker: Worker;
let origin: string;

beforeAll(async () => {
  ({ context, worker, origin, close } = await launchExtension());
});
afterAll(async () => {
  await close?.();
});

const syncSettings = () =>
  worker.evaluate(
    async () =>
      (
        await (
          globalThis as unknown as {
            chrome: { storage: { sync: { get(k: string): Promise<Record<string, unknown>> } } };
          }
        ).chrome.storage.sync.get('settings')
      ).settings,
  );
const alarm = () =>
  worker.evaluate(
    async () =>
      (
        await (
          globalThis as unknown as {
            chrome: { alarms: { get(n: string): Promise<{ periodInMinutes?: number } | undefined> } };
          }
        ).chrome.alarms.get('clearclinic:refresh')
      )?.periodInMinutes,
  );

async function openOptions(width = 800): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 800 });
  await page.goto(`${origin}/options.html`);
  await page.locator('form#options').waitFor();
  return page;
}

test('options: choices are stored in storage.sync, survive a reload, and the refresh alarm follows them', async () => {
  const page = await openOptions();
  expect(await page.locator('input[name="lang"][value="auto"]').isChecked()).toBe(true);
  expect(await page.locator('select[name="refreshHours"]').inputValue()).toBe('6');
  expect(await page.locator('input[name="notifications"]').isChecked()).toBe(true);

  await page.getByLabel('English').check();
  await expect.poll(() => page.locator('h1').textContent()).toBe('ClearClinic · Options');
  await page.getByLabel('Large (easy reading)').check();
  await page.getByLabel('Dark').check();
  await page.locator('select[name="refreshHours"]').selectOption('12');
  await page.getByLabel('Notify me when clinics in the next 14 days change').uncheck();
  await expect.poll(() => page.locator('[role="status"]').textContent()).toBe('Saved');
  await expect
    .poll(syncSettings)
    .toEqual({ lang: 'en', size: 'large', theme: 'dark', refreshHours: 12, notifications: false });
  await expect.poll(alarm).toBe(720);

  await page.reload();
  await page.locator('form#options').waitFor();
  expect(
    await page.evaluate(() => [
      document.documentElement.lang,
      document.documentElement.dataset.size,
      document.documentElement.dataset.theme,
    ]),
  ).toEqual(['en', 'large', 'dark']);
  expect(await page.locator('input[name="size"][value="large"]').isChecked()).toBe(true);
  expect(await page.locator('select[name="refreshHours"]').inputValue()).toBe('12');
  // Large mode is larger for real.
  expect(
    await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize)),
  ).toBeGreaterThanOrEqual(22);
  await page.close();
});

test('options: zero axe violations in normal and in large dark mode, and usable at 360 px by keyboard', async () => {
  const page = await openOptions(360);
  const look = () =>
    page.evaluate(() => `${document.documentElement.dataset.size} ${document.documentElement.dataset.theme}`);
  await page.getByLabel(/大字|Large/).check();
  await page.getByLabel(/深色|Dark/).check();
  await expect.poll(look).toBe('large dark');
  // Large mode promises AAA contrast (7:1), in both themes.
  expect(await axe(page, 'html', { aaa: true })).toEqual([]);
  await page.getByLabel(/标准|Normal/).check();
  await page.getByLabel(/浅色|Light/).check();
  await expect.poll(look).toBe('normal light');
  expect(await axe(page, 'html', { aaa: true })).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  // Keyboard: from the top of the page, Tab reaches the language choice, then the next group;
  // arrow keys change the choice within a group, and the change is stored.
  await page.locator('h1').click();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('lang');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('size');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.size)).toBe('large');
  await expect.poll(syncSettings).toMatchObject({ size: 'large' });
  await page.close();
});
