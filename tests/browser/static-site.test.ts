/**
 * What reads without the widget's script: the static site of `clearclinic export site` (pages
 * opened from the folder it wrote) and the pre-rendered element before its script arrives. Both
 * pass axe; the site's pages show everything with scripts off, and print without their navigation.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { cli, ROOT } from '../helpers/cli';
import { axe, useDemoSite } from './harness';

const env = useDemoSite();
const out = mkdtempSync(join(tmpdir(), 'clearclinic-site-'));
let pages: string[] = [];
beforeAll(async () => {
  const samples = ['liaohe-first', 'liaohe-tcm', 'liaohe-mch'].map((s) => `${ROOT}public/samples/${s}.json`);
  const r = await cli(['export', 'site', ...samples, '--out', out]);
  expect(r.code).toBe(0);
  pages = readdirSync(out).filter((f) => /^hospital-.*\.html$/.test(f));
});
afterAll(() => rmSync(out, { recursive: true, force: true }));
const url = (file: string) => pathToFileURL(join(out, file)).href;

test('the static site: every page reads with scripts off, and prints without its navigation', async () => {
  const context = await env.browser.newContext({ locale: 'zh-CN', javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(url('index.html'));
  const links = page.locator('.cc-site-index a');
  expect(await links.count()).toBe(3);
  for (const file of pages) {
    await page.goto(url(file));
    expect(await page.locator('.cc-static-day').count()).toBe(15);
    expect(await page.locator('.cc-static-day').first().isVisible()).toBe(true);
    expect(await page.locator('#waits').isVisible()).toBe(true);
    expect(await page.locator('a[href$=".json"]').first().isVisible()).toBe(true);
    // Styled by site.css: the page's column and the widget's own rules.
    expect(await page.locator('.cc-site').evaluate((el) => getComputedStyle(el).maxWidth)).not.toBe('none');
    if (await page.locator('#guide').count()) {
      expect(await page.locator('.cc-item:not([open])').count()).toBe(0);
      expect(await page.locator('svg.cc-qr path').count()).toBeGreaterThan(0);
    }
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav').isVisible()).toBe(false);
    expect(await page.locator('.cc-static-day').first().isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  }
  await context.close();
});

test('the static site and the pre-rendered element pass axe', async () => {
  const context = await env.browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  for (const file of ['index.html', ...pages]) {
    await page.goto(url(file));
    expect({ file, violations: await axe(page, 'body') }).toEqual({ file, violations: [] });
  }
  // The pre-rendered element as it stands before its script (held back here).
  await page.route('**/clearclinic/widget.js', (route) => route.abort());
  for (const path of ['/prerendered.html', '/prerendered-guide.html']) {
    await page.goto(`${env.server.url}${path}`);
    await page.locator('clear-clinic .cc-title').waitFor();
    expect({ path, violations: await axe(page) }).toEqual({ path, violations: [] });
  }
  await context.close();
});
