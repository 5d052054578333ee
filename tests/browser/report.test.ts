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

test('the Chinese HTML report on a 390 px phone: fits, counts unreadable sources apart, notes duplicates, breaks no word', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearclinic-report-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const out = join(dir, 'report.html');
  const first = `${ROOT}public/samples/liaohe-first.json`;
  const samples = [first, first, `${ROOT}public/samples/liaohe-tcm.json`, join(dir, 'missing.json')];
  const run = await cli(['audit', ...samples, '--as-of', '2026-11-20', '--format', 'html', '--out', out]);
  // A source not audited: the report is written, and the exit code says not every hospital was shown to pass.
  expect(run.code).toBe(2);
  const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
  await page.goto(pathToFileURL(out).href);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const meta = await page.locator('header .meta').textContent();
  expect(meta).toContain('医院数: 2');
  expect(meta).toContain('无法读取的来源: 1');
  expect(meta).toContain('辽宁省卫生健康系统优化营商环境若干举措');
  expect(await page.locator('header .notes li').allTextContents()).toEqual([`${first} 重复给出，只评估一次。`]);
  // No evidence is broken inside a word: code is wrapped only where it has to be, never mid-token by rule.
  const breaking = await page.evaluate(
    () => [...document.querySelectorAll('code')].filter((c) => getComputedStyle(c).wordBreak === 'break-all').length,
  );
  expect(breaking).toBe(0);
  // The evidence is Chinese: no English phrases the rules used to write.
  const body = (await page.locator('body').textContent()) ?? '';
  for (const phrase of ['clinics on', 'days before', 'no notice', 'absent', 'calendar pending', 'every day stated'])
    expect(body).not.toContain(phrase);
  await page.close();
});
