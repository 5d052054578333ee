/**
 * The pre-rendered widget (`clearclinic export html`, the demo's /prerendered*.html pages, which
 * render it the same way): it paints before any script, reads without scripts, and the script
 * takes it over where it stands — same elements, no layout shift — and makes it interactive.
 */
import type { Page, Route } from 'playwright-core';
import { expect, test } from 'vitest';
import { decodeQr, useDemoSite } from './harness';

const env = useDemoSite();

/** Layout shifts from the page's start, recorded before any of its own code runs. */
async function recordShifts(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __shifts: number[] };
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!e.hadRecentInput) w.__shifts.push(e.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

test('the pre-rendered widget shows the hours before its script, which takes it over without a shift', async () => {
  const context = await env.browser.newContext({ locale: 'zh-CN', viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await recordShifts(page);
  // The widget's script is held back until the pre-rendered page has been seen without it.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/clearclinic/widget.js', async (route: Route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${env.server.url}/prerendered.html`, { waitUntil: 'domcontentloaded' });
  const widget = page.locator('clear-clinic');
  await widget.locator('.cc-title').waitFor();
  expect(await page.evaluate(() => performance.getEntriesByName('clearclinic:script').length)).toBe(0);
  const departments = await widget.locator('.cc-hours [part="department"]').count();
  expect(departments).toBeGreaterThan(5);
  expect(await widget.locator('.cc-days .cc-day').count()).toBe(15);
  // Styled by the linked stylesheet alone: the widget's border and its font size apply.
  expect(await widget.locator('.cc').evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('solid');
  const title = await widget.locator('.cc-title').elementHandle();
  const before = await widget.evaluate((el) => el.getBoundingClientRect().height);

  release();
  await page.waitForFunction(() => performance.getEntriesByName('clearclinic:render').length > 0, null, {
    timeout: 15_000,
  });
  // Taken over where it stands: the same title element, the <link> and the <slot> gone.
  expect(await title!.evaluate((el) => el.isConnected)).toBe(true);
  expect(await widget.evaluate((el) => el.shadowRoot!.querySelectorAll('link, slot').length)).toBe(0);
  expect(await widget.evaluate((el) => el.getBoundingClientRect().height)).toBe(before);
  expect(await widget.locator('.cc-hours [part="department"]').count()).toBe(departments);

  // Interactive: another day, then another tab.
  const second = widget.locator('.cc-days .cc-day').nth(1);
  await second.click();
  await expect.poll(() => second.getAttribute('aria-pressed')).toBe('true');
  await widget.getByRole('tab', { name: '办事指南' }).click();
  await widget.locator('.cc-guide').waitFor();

  expect(await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts)).toEqual([]);
  expect(violations).toEqual([]);
  await context.close();
});

test('a pre-rendered lazy view (the guide) is taken over without showing "loading" over it', async () => {
  const context = await env.browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await recordShifts(page);
  await page.goto(`${env.server.url}/prerendered-guide.html`);
  const widget = page.locator('clear-clinic');
  const items = await widget.locator('.cc-guide .cc-item').count();
  expect(items).toBeGreaterThan(3);
  await page.waitForFunction(() => performance.getEntriesByName('clearclinic:render').length > 0, null, {
    timeout: 15_000,
  });
  await page.waitForTimeout(300);
  expect(await widget.locator('.cc-guide .cc-item').count()).toBe(items);
  expect(await widget.locator('[role="status"]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts)).toEqual([]);
  // The search works: the view is the script's now.
  await widget.locator('.cc-guide input[type="search"]').fill('病历');
  await expect.poll(() => widget.locator('.cc-guide .cc-item').count()).toBeLessThan(items);
  await context.close();
});

test('without scripts the pre-rendered page shows fifteen days, the marks, the guide open with QR codes and the feed link', async () => {
  const context = await env.browser.newContext({ locale: 'zh-CN', javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${env.server.url}/prerendered.html`);
  const widget = page.locator('clear-clinic');
  const days = widget.locator('.cc-noscript .cc-static-day');
  await days.first().waitFor();
  expect(await days.count()).toBe(15);
  // The interactive parts are hidden: a day strip without scripts would be buttons that do nothing.
  expect(await widget.locator('.cc-days').isVisible()).toBe(false);
  expect(await widget.locator('.cc-now').isVisible()).toBe(false);
  const text = await widget.locator('.cc-noscript').textContent();
  expect(text).toMatch(/周末/);
  expect(await widget.locator('.cc-noscript [data-department-id][data-status="open"]').first().isVisible()).toBe(true);
  expect(await widget.locator('.cc-noscript a[href="/.well-known/clearclinic.json"]').isVisible()).toBe(true);
  // The overview has the guide: every item open, its QR code drawn as SVG in the page.
  const guideItems = widget.locator('.cc-noscript .cc-item');
  expect(await guideItems.count()).toBeGreaterThan(3);
  expect(await widget.locator('.cc-noscript .cc-item:not([open])').count()).toBe(0);
  expect(await widget.locator('.cc-noscript svg.cc-qr path').count()).toBeGreaterThan(0);
  expect(await widget.locator('.cc-noscript .cc-item-body').first().isVisible()).toBe(true);
  // A phone reads from the drawn code the link its caption shows.
  const figure = widget.locator('.cc-noscript .cc-item figure').first();
  const href = await figure.locator('figcaption a').getAttribute('href');
  expect(href).toMatch(/^https:\/\//);
  expect(await decodeQr(env.browser, await figure.locator('svg.cc-qr').screenshot())).toBe(href);
  await context.close();
});

/** The pre-rendered page as its first paint drew it: 1000×700, the widget's script refused. */
async function firstPaintOnly() {
  const context = await env.browser.newContext({ locale: 'zh-CN', viewport: { width: 1000, height: 700 } });
  const page = await context.newPage();
  await page.route('**/clearclinic/widget.js', (route) => route.abort());
  await page.goto(`${env.server.url}/prerendered.html`);
  const widget = page.locator('clear-clinic');
  await widget.locator('.cc-title').waitFor();
  return { context, widget };
}

test('the first paint lays out the department cards in view, not all of them; a card scrolled to is drawn', async () => {
  const { context, widget } = await firstPaintOnly();
  // A card's name answers checkVisibility({ contentVisibilityAuto: true }) with false while the
  // card's content is skipped (not laid out).
  const drawn = () =>
    widget.evaluate((el) =>
      [...el.shadowRoot!.querySelectorAll('.cc-dept .cc-dept-name')].map((name) =>
        name.checkVisibility({ contentVisibilityAuto: true }),
      ),
    );
  const first = await drawn();
  expect(first.length).toBeGreaterThan(20);
  expect(first[0]).toBe(true);
  expect(first.at(-1)).toBe(false);
  await widget.evaluate((el) => [...el.shadowRoot!.querySelectorAll('.cc-dept')].at(-1)!.scrollIntoView());
  await expect.poll(async () => (await drawn()).at(-1)).toBe(true);
  // Skipped, not hidden: its words are in the page (find in page, screen readers).
  expect(await widget.locator('.cc-dept').last().textContent()).not.toBe('');
  await context.close();
});

test('the first view sets its Chinese text in four styles at most (each one is shaped anew at first paint)', async () => {
  const { context, widget } = await firstPaintOnly();
  const styles = await widget.evaluate((el) => {
    const found = new Set<string>();
    const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !/[\u4e00-\u9fff]/.test(node.textContent ?? '')) continue;
      if (!parent.checkVisibility({ contentVisibilityAuto: true })) continue;
      if (parent.getBoundingClientRect().top > innerHeight) continue;
      const style = getComputedStyle(parent);
      found.add(`${style.fontSize} ${style.fontWeight}`);
    }
    return [...found].sort();
  });
  expect(styles.length).toBeGreaterThan(1);
  expect(styles.length, styles.join(' · ')).toBeLessThanOrEqual(4);
  await context.close();
});
