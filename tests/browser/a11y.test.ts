import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { type AxeViolation, axe, ready, setAttributes, textSizes, useDemoSite } from './harness';

const env = useDemoSite();

const describeViolations = (violations: AxeViolation[]) =>
  violations
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`)
    .join('\n');

/** Every tab of the widget, each checked by axe while it is shown (plus a guide item open). */
async function checkAllViews(page: Page, id: string, tabs: string[], aaa = false) {
  const found: string[] = [];
  for (const tab of tabs) {
    await page.locator(`clear-clinic#${id} [role=tab]`, { hasText: tab }).click();
    await page.locator(`clear-clinic#${id} [role=tabpanel] section`).first().waitFor();
    if (tab === tabs[3]) {
      await page.locator(`clear-clinic#${id} .cc-item summary`).first().click();
      await page.locator(`clear-clinic#${id} .cc-item[open] svg.cc-qr path`).waitFor();
    }
    const violations = await axe(page, `clear-clinic#${id}`, { aaa });
    if (violations.length) found.push(`${tab}:\n${describeViolations(violations)}`);
  }
  return found;
}

const ZH = ['出诊时间', '分时段号源', '候诊时间', '办事指南'];
const EN = ['Hours', 'Slots', 'Wait times', 'Service guide'];

test.each([
  {
    name: 'zh-CN, normal, light',
    path: '/',
    id: 'overview',
    tabs: ZH,
    attrs: { theme: 'light' } as Record<string, string>,
  },
  { name: 'zh-CN, large, light', path: '/large.html', id: 'large', tabs: ZH, attrs: { theme: 'light' } },
  { name: 'en, normal, dark', path: '/en/', id: 'overview-en', tabs: EN, attrs: { theme: 'dark' } },
  { name: 'en, large, dark', path: '/en/', id: 'overview-en', tabs: EN, attrs: { theme: 'dark', size: 'large' } },
  { name: 'zh-CN, large, dark', path: '/large.html', id: 'large', tabs: ZH, attrs: { theme: 'dark' } },
])('zero axe-core violations: $name, every view (large mode: AAA contrast too)', async ({ path, id, tabs, attrs }) => {
  const page = await env.browser.newPage({ locale: 'zh-CN' });
  await page.goto(`${env.server.url}${path}`);
  await ready(page, id);
  await setAttributes(page, id, { ...attrs, date: '2026-11-23' });
  expect(await checkAllViews(page, id, tabs, path === '/large.html' || 'size' in attrs)).toEqual([]);
  await page.close();
});

test.each([
  { theme: 'light', size: 'normal' },
  { theme: 'dark', size: 'large' },
])(
  'zero axe-core violations where days are not announced, emergencies only or closed with a word ($theme, $size)',
  async ({ theme, size }) => {
    const page = await env.browser.newPage({ locale: 'zh-CN' });
    await page.goto(`${env.server.url}/`);
    await ready(page, 'overview');
    const found: string[] = [];
    for (const [src, date, status] of [
      ['/liaohe-tcm/.well-known/clearclinic.json', '2026-10-10', 'unknown'],
      ['/.well-known/clearclinic.json', '2026-10-02', 'emergency-only'],
      ['/.well-known/clearclinic.json', '2026-02-18', 'closed'],
    ] as const) {
      await setAttributes(page, 'overview', { src, date, theme, size });
      await page.locator(`clear-clinic#overview .cc-dept[data-status="${status}"]`).first().waitFor();
      const violations = await axe(page, 'clear-clinic#overview', { aaa: size === 'large' });
      if (violations.length) found.push(`${date}:\n${describeViolations(violations)}`);
    }
    expect(found).toEqual([]);
    await page.close();
  },
);

test('large mode is real: at least 20 px text and 44 px targets', async () => {
  const page = await env.browser.newPage({ locale: 'zh-CN' });
  await page.goto(`${env.server.url}/large.html`);
  await ready(page, 'large');
  const sizes = await page.evaluate(() => {
    const root = document.getElementById('large')!.shadowRoot!;
    const px = (sel: string) => parseFloat(getComputedStyle(root.querySelector(sel)!).fontSize);
    const h = (sel: string) => root.querySelector(sel)!.getBoundingClientRect().height;
    return { body: px('.cc'), session: px('.cc-session'), tab: h('[role=tab]'), day: h('.cc-day') };
  });
  expect(sizes.body).toBeGreaterThanOrEqual(20);
  expect(sizes.session).toBeGreaterThanOrEqual(20);
  expect(sizes.tab).toBeGreaterThanOrEqual(44);
  expect(sizes.day).toBeGreaterThanOrEqual(44);
  await page.close();
});

test('text sizes: in every view, body ≥ 16 px and nothing under 14 px; in large mode ≥ 20 px and nothing under 18 px', async () => {
  const page = await env.browser.newPage({ locale: 'zh-CN' });
  for (const [path, id, body, floor] of [
    ['/', 'overview', 16, 14],
    ['/large.html', 'large', 20, 18],
  ] as const) {
    await page.goto(`${env.server.url}${path}`);
    await ready(page, id);
    const tabs = page.locator(`clear-clinic#${id} [role=tab]`);
    for (let i = 0; i < Math.max(1, await tabs.count()); i++) {
      if ((await tabs.count()) > 0) await tabs.nth(i).click();
      await page.waitForTimeout(300); // a lazy view's chunk
      const sizes = await textSizes(page, floor, `clear-clinic#${id}`);
      expect(sizes.body, `${path} tab ${i}`).toBeGreaterThanOrEqual(body);
      expect(sizes.small, `${path} tab ${i}`).toEqual([]);
    }
  }
  // The webmaster tools: nothing under 14 px either.
  await page.goto(`${env.server.url}/tools/`);
  await page.locator('main').waitFor();
  expect((await textSizes(page, 14)).small).toEqual([]);
  await page.close();
});

test('the axe harness sees inside the shadow root (it reports what is planted there)', async () => {
  const page = await env.browser.newPage({ locale: 'zh-CN' });
  await page.goto(`${env.server.url}/`);
  await ready(page, 'overview');
  await page.evaluate(() => {
    const root = document.getElementById('overview')!.shadowRoot!.querySelector('.cc')!;
    root.insertAdjacentHTML(
      'beforeend',
      '<button class="planted"></button><p class="planted" style="color:#ccc;background:#fff">faint</p>',
    );
  });
  const ids = (await axe(page, 'clear-clinic#overview')).map((v) => v.id).sort();
  expect(ids).toEqual(['button-name', 'color-contrast']);
  // 4.5:1 passes AA and fails AAA: only the enhanced rule, when asked for, reports it.
  await page.evaluate(() => {
    const root = document.getElementById('overview')!.shadowRoot!;
    root.querySelectorAll('.planted').forEach((el) => {
      el.remove();
    });
    root
      .querySelector('.cc')!
      .insertAdjacentHTML('beforeend', '<p class="planted" style="color:#767676;background:#fff">4.5 to 1</p>');
  });
  expect((await axe(page, 'clear-clinic#overview')).map((v) => v.id)).toEqual([]);
  expect((await axe(page, 'clear-clinic#overview', { aaa: true })).map((v) => v.id)).toEqual([
    'color-contrast-enhanced',
  ]);
  await page.close();
});
