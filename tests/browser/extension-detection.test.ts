import type { BrowserContext, Worker } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { DemoServer } from '../../demo/server';
import { demo, launchExtension } from './harness';

let context: BrowserContext;
let close: (() => Promise<void>) | undefined;
let worker: Worker;
let server: DemoServer;

beforeAll(async () => {
  server = await demo();
  ({ context, worker, close } = await launchExtension());
});
afterAll(async () => {
  await close?.();
  await server?.close();
});

/** The badge text and title of the active tab, as the extension sees them. */
const badge = () =>
  worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    return {
      text: await api.action.getBadgeText({ tabId: tab!.id }),
      title: await api.action.getTitle({ tabId: tab!.id }),
    };
  });

test('a page naming a feed gets the badge and the localized title within 3 s; a page without gets none', async () => {
  // The title is the extension's own string, in the browser's UI language (headless Chromium runs in English).
  const ui = await worker.evaluate(() =>
    (globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }).chrome.i18n.getUILanguage(),
  );
  const title = /^zh/i.test(ui) ? '本网站发布了明白就医数据' : 'This site publishes a ClearClinic feed';
  const name = /^zh/i.test(ui) ? '明白就医 ClearClinic' : 'ClearClinic · 明白就医';
  const page = await context.newPage();
  await page.goto(`${server.url}/about.html`);
  await page.waitForTimeout(1500);
  expect(await badge()).toEqual({ text: '', title: name });

  const loaded = Date.now();
  await page.goto(`${server.url}/guide.html`);
  await expect.poll(badge, { timeout: 3000 }).toEqual({ text: '✓', title });
  expect(Date.now() - loaded).toBeLessThan(3000);

  // Navigating away to a page without a feed clears it.
  await page.goto(`${server.url}/about.html`);
  await page.waitForTimeout(1000);
  expect((await badge()).text).toBe('');
  await page.close();
});
