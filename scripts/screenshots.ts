/**
 * `npm run screenshots`: docs/popup.png and docs/dashboard.png, taken from the built Chrome
 * extension in headless Chromium with the demo site's three sample hospitals saved (the
 * README shows them). Run again after a change to the popup or the dashboard.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDemoServer } from '../demo/server';
import { SAMPLE_DATE } from '../samples';
import { parseDate } from '../utils/date/civil';
import { launchExtension } from './launch-extension';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
execFileSync(process.execPath, [join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build'], { cwd: ROOT, stdio: 'ignore' });
const server = await startDemoServer({ asOf: parseDate(SAMPLE_DATE)! });
const { context, worker, origin, close } = await launchExtension(['--force-color-profile=srgb']);

try {
  const dashboard = await context.newPage();
  await dashboard.setViewportSize({ width: 1000, height: 1100 });
  await dashboard.goto(`${origin}/dashboard.html`);
  for (const site of ['/liaohe-mch/.well-known/clearclinic.json', '/liaohe-tcm/.well-known/clearclinic.json']) {
    await dashboard.locator('form#add-hospital input[name="url"]').fill(`${server.url}${site}`);
    await dashboard.locator('form#add-hospital button[type="submit"]').click();
    await dashboard.locator('#add-status').filter({ hasText: '已保存' }).waitFor();
  }
  // The first hospital is saved from its site's popup, as a patient would.
  const site = await context.newPage();
  await site.goto(`${server.url}/guide.html`);
  const tabId = await worker.evaluate(async (url) => {
    const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
    return (await api.tabs.query({ url }))[0]?.id;
  }, `${server.url}/guide.html`);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 360, height: 640 });
  await popup.goto(`${origin}/popup.html?tab=${tabId}`);
  await popup.getByRole('button', { name: '保存' }).click();
  await popup.getByRole('button', { name: '已保存' }).waitFor();
  await popup.locator('#saved [data-hospital-id]').nth(2).waitFor();
  await popup.screenshot({ path: join(ROOT, 'docs/popup.png'), fullPage: false });

  await dashboard.reload();
  await dashboard.locator('form#open-when input[name="date"]').fill('2026-10-03');
  await dashboard.locator('form#open-when input[name="q"]').fill('儿科');
  await dashboard.locator('form#open-when button[type="submit"]').click();
  await dashboard.locator('#open-when-results [data-department-id]').first().waitFor();
  await dashboard.screenshot({ path: join(ROOT, 'docs/dashboard.png'), fullPage: false });
  console.log('docs/popup.png, docs/dashboard.png');
} finally {
  await close();
  await server.close();
}
