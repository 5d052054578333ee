import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, onTestFinished, test } from 'vitest';
import { cli, ROOT } from '../helpers/cli';
import { launch } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

test('the HTML audit report opens in Chromium, loads nothing, and prints one page per hospital', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearclinic-report-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const out = join(dir, 'report.html');
  const samples = ['liaohe-first', 'liaohe-tcm', 'liaohe-mch'].map((s) => `${ROOT}public/samples/${s}.json`);
  expect((await cli(['audit', ...samples, '--as-of', '2026-11-20', '--format', 'html', '--out', out])).code).toBe(0);
  const page = await browser.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(pathToFileURL(out).href);
  // Self-contained: the page itself is the only request.
  expect(requests).toEqual([pathToFileURL(out).href]);
  expect(errors).toEqual([]);
  expect(await page.locator('section.hospital').count()).toBe(3);
  expect(await page.locator('svg[role=img] rect').count()).toBeGreaterThan(10);
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  // The summary, then each hospital from a new page.
  expect(pages).toBeGreaterThanOrEqual(4);
  expect(readFileSync(out, 'utf8')).toContain('@media print');
  await page.close();
});
