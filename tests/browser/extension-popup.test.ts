/**
 * The popup through the real extension in Chromium: the current site's hospital from the page's
 * link or, when the page names none, from the origin's well-known file; Save; the saved
 * hospitals' glances from the cache when the sites are gone; axe in every look, at 360 px.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Feed } from '../../utils/feed/schema';
import { textIn } from '../../utils/i18n/local-text';
import { startServer } from '../helpers/feed-server';
import { axe, launchExtension } from './harness';

const sample = (name: string) => readFileSync(new URL(`../../public/samples/${name}.json`, import.meta.url), 'utf8');
const FIRST = sample('liaohe-first');
const MCH = sample('liaohe-mch');
const TCM = sample('liaohe-tcm');
const [first, mch, tcm] = [JSON.parse(FIRST) as Feed, JSON.parse(MCH) as Feed, JSON.parse(TCM) as Feed];
const html = (body: string) => ({ type: 'text/html; charset=utf-8', body: `<!doctype html><title>t</title>${body}` });

let context: BrowserContext;
let close: (() => Promise<void>) | undefined;
let worker: Worker;
let origin: string;
let linked: Awaited<ReturnType<typeof startServer>>;
let wellKnown: Awaited<ReturnType<typeof startServer>>;
let plain: Awaited<ReturnType<typeof startServer>>;
let broken: Awaited<ReturnType<typeof startServer>>;
let third: Awaited<ReturnType<typeof startServer>>;
let noticePage: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  linked = await startServer({
    '/': html('<link rel="clearclinic" href="/feeds/main.json"><h1>A</h1>'),
    '/feeds/main.json': { body: FIRST },
  });
  wellKnown = await startServer({ '/news/1.html': html('<h1>C</h1>'), '/.well-known/clearclinic.json': { body: MCH } });
  plain = await startServer({ '/': html('<h1>No feed</h1>') });
  // A page linking a feed that claims to be one and fails the checker (its times run backwards).
  const bad = JSON.parse(FIRST) as Feed;
  const session = bad.schedule.regular[0]!;
  [session.start, session.end] = [session.end, session.start];
  broken = await startServer({
    '/': html('<link rel="clearclinic" href="/feed.json"><h1>B</h1>'),
    '/feed.json': { body: JSON.stringify(bad) },
  });
  third = await startServer({ '/about/': html('<h1>T</h1>'), '/.well-known/clearclinic.json': { body: TCM } });
  // A hospital's news page (navigation, a script, the article): its notice is read only on the click.
  noticePage = await startServer({
    '/news/1.html': html(
      `<nav><a href="/">首页</a> 12月20日停诊</nav><script>var s = "12月21日停诊";</script>
      <article><h1>2026年12月眼科门诊调整通知</h1>
      <p>12月13日(星期日)眼科上午8:00-11:30开诊。</p>
      <p>12月13日针灸推拿科停诊。</p>
      <p>辽河市第一人民医院</p><p>2026年12月1日</p></article>`,
    ),
  });
  ({ context, worker, origin, close } = await launchExtension());
});
afterAll(async () => {
  await close?.();
  await Promise.all([linked, wellKnown, plain, broken, third, noticePage].map((s) => s?.close()));
});

/** Opens a site in a tab, then the popup for that tab (as a page: headless has no toolbar to click). */
async function popupOver(url: string, width = 360): Promise<Page> {
  const site = await context.newPage();
  await site.goto(url);
  const tabId = await worker.evaluate(
    async (u) => {
      const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
      return (await api.tabs.query({ url: u }))[0]?.id;
    },
    url.replace(/\/$/, '/*'),
  );
  const popup = await context.newPage();
  await popup.setViewportSize({ width, height: 700 });
  await popup.goto(`${origin}/popup.html?tab=${tabId}`);
  await popup.locator('#this-site .status, #this-site [data-hospital-id]').first().waitFor();
  await expect.poll(() => popup.locator('#this-site').textContent()).not.toContain('正在查看本网站');
  return popup;
}

test('a page naming its feed shows that hospital at a glance, and Save adds it to the saved list', async () => {
  const popup = await popupOver(linked.url('/'));
  const card = popup.locator(`#this-site [data-hospital-id="${first.hospital.id}"]`);
  expect(await card.locator('h2').textContent()).toBe(textIn(first.hospital.name, 'zh-CN'));
  expect(await card.locator('.now').textContent()).toMatch(/^门诊(开诊中|已停诊)/);
  expect(await card.locator('dt').allTextContents()).toEqual(expect.arrayContaining(['今天', '下一个节假日']));
  await card.getByRole('button', { name: '保存' }).click();
  await expect.poll(() => card.getByRole('button').textContent()).toBe('已保存');
  await popup.locator(`#saved [data-hospital-id="${first.hospital.id}"]`).waitFor();
  expect(await popup.locator(`#saved [data-hospital-id="${first.hospital.id}"] .age`).textContent()).toMatch(
    /^(刚刚|\d+(分钟|小时|天)前)检查$/,
  );
});

test('a page naming nothing: the origin’s well-known feed; a site without one says so', async () => {
  const popup = await popupOver(wellKnown.url('/news/1.html'));
  await popup.locator(`#this-site [data-hospital-id="${mch.hospital.id}"]`).waitFor();
  await popup.getByRole('button', { name: '保存' }).click();
  await popup.locator(`#saved [data-hospital-id="${mch.hospital.id}"]`).waitFor();
  const none = await popupOver(plain.url('/'));
  expect(await none.locator('#this-site .status').textContent()).toBe('本网站没有发布明白就医数据。');
});

test('offline: every saved hospital renders its glance from the cache, with its age', async () => {
  await Promise.all([linked.close(), wellKnown.close()]);
  const popup = await popupOver(plain.url('/'));
  const saved = popup.locator('#saved [data-hospital-id]');
  expect(await saved.evaluateAll((els) => els.map((e) => e.getAttribute('data-hospital-id')))).toEqual([
    first.hospital.id,
    mch.hospital.id,
  ]);
  for (const el of await saved.all()) {
    expect(await el.locator('.age').textContent()).toMatch(/^(刚刚|\d+(分钟|小时|天)前)检查$/);
    expect(await el.locator('.glance .now').textContent()).toMatch(/^门诊/);
  }
  // The link opens the hospital in the dashboard.
  expect(await saved.first().locator('a').getAttribute('href')).toBe(
    `${origin}/dashboard.html#/hospital/${encodeURIComponent(first.hospital.id)}`,
  );
});

test('the popup has no axe violations in normal light and large dark, and fits 360 px', async () => {
  for (const settings of [
    { lang: 'auto', size: 'normal', theme: 'light', refreshHours: 6, notifications: true },
    { lang: 'en', size: 'large', theme: 'dark', refreshHours: 6, notifications: true },
  ]) {
    await worker.evaluate(
      (s) =>
        (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.storage.sync.set({
          settings: s,
        }),
      settings,
    );
    const popup = await popupOver(plain.url('/'));
    expect(await popup.locator('h1').textContent()).toBe(
      settings.lang === 'en' ? 'This site’s hospital' : '本网站的医院',
    );
    expect(await axe(popup, 'body', { aaa: true })).toEqual([]);
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await popup.close();
  }
});

/** The default settings again (the axe test leaves English, large and dark). */
const defaultSettings = () =>
  worker.evaluate(() =>
    (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.storage.sync.remove('settings'),
  );

test('a page linking a feed with errors: the popup says so in plain words and the badge turns to "!"', async () => {
  await defaultSettings();
  const popup = await popupOver(broken.url('/'));
  const problem = popup.locator('#this-site [data-site-problem="refused"]');
  expect(await problem.textContent()).toBe(
    '本网站发布了明白就医数据，但这份数据有误，无法显示。门诊安排请以医院的通知为准，或致电医院询问。',
  );
  // Never the checker's codes (time.order …) in front of a patient.
  expect(await popup.locator('#this-site').textContent()).not.toMatch(/\b[a-z]+\.[a-z-]+\b/);
  const tabId = Number(new URL(popup.url()).searchParams.get('tab'));
  // The title is the extension's own string, in the language the browser gives the extension's pages.
  const title = await popup.evaluate(() =>
    (globalThis as unknown as { chrome: { i18n: { getMessage(k: string): string } } }).chrome.i18n.getMessage(
      'badgeProblemTitle',
    ),
  );
  expect(['本网站的明白就医数据有误', "This site's ClearClinic feed has errors"]).toContain(title);
  const badge = () =>
    worker.evaluate(async (id) => {
      const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
      return { text: await api.action.getBadgeText({ tabId: id }), title: await api.action.getTitle({ tabId: id }) };
    }, tabId);
  await expect.poll(badge).toEqual({ text: '!', title });
  await popup.close();
});

test('the popup adds a hospital by its site’s address, typed without http://', async () => {
  await defaultSettings();
  const popup = await popupOver(plain.url('/'));
  const address = `${new URL(third.url('/')).host}/about/`;
  await popup.locator('form#add-hospital input[name="url"]').fill(address);
  await popup.locator('form#add-hospital button[type="submit"]').click();
  await popup.locator(`#saved [data-hospital-id="${tcm.hospital.id}"]`).waitFor();
  expect(await popup.locator('#add-status').textContent()).toBe(`已保存${textIn(tcm.hospital.name, 'zh-CN')}`);
  await popup.close();
});

test('read this page: on the click only, the notice is read against a saved hospital, shown as a table, and kept, marked, in the dashboard', async () => {
  await defaultSettings();
  const popup = await popupOver(noticePage.url('/news/1.html'));
  // Nothing is read before the click.
  expect(await popup.locator('#read-page-table').count()).toBe(0);
  await popup.locator('#read-page select').selectOption(first.hospital.id);
  await popup.locator('#read-page-button').click();
  await expect
    .poll(() => popup.locator('#read-page-status').textContent())
    .toBe('读出了安排；有 1 处读不准，列在下面，未计入。');
  expect(await popup.locator('#read-page-review mark').allTextContents()).toEqual(['12月13日针灸推拿科停诊']);
  expect(
    await popup.locator('#read-page-table th[data-date]').evaluateAll((t) => t.map((e) => e.getAttribute('data-date'))),
  ).toEqual(['2026-12-13']);
  expect(await popup.locator('#read-page-table tr[data-department="ophthalmology"] td').textContent()).toContain(
    '08:00–11:30',
  );
  // Nothing of the navigation or the script: one date only.
  expect(await popup.locator('#read-page').textContent()).not.toMatch(/12月2[01]日|12-2[01]/);
  await popup.locator('#keep-notice').click();
  await expect.poll(() => popup.locator('#read-page-status').textContent()).toMatch(/^已保存/);
  await popup.close();
  // The dashboard shows it, marked as read from the hospital's page.
  const dashboard = await context.newPage();
  await dashboard.goto(`${origin}/dashboard.html`);
  await dashboard.locator('form#open-when').waitFor();
  await dashboard.locator('form#open-when input[name="date"]').fill('2026-12-13');
  await dashboard.locator('form#open-when input[name="q"]').fill('眼科');
  await dashboard.locator('form#open-when button[type="submit"]').click();
  const eye = dashboard.locator(
    `#open-when-results [data-hospital-id="${first.hospital.id}"] [data-department-id="ophthalmology"]`,
  );
  await eye.waitFor();
  expect(await eye.textContent()).toContain('08:00–11:30');
  expect(await eye.textContent()).toContain('读自医院网页');
  // The hospital in full shows the kept notice apart, marked, as a table.
  await dashboard.goto(`${origin}/dashboard.html#/hospital/${encodeURIComponent(first.hospital.id)}`);
  const kept = dashboard.locator('.kept-notice');
  await kept.waitFor();
  expect(await kept.locator('.pending').textContent()).toMatch(/^读自医院网页（\d{4}-\d{2}-\d{2}），非医院发布的数据/);
  expect(await kept.locator('tr[data-department="ophthalmology"] td').textContent()).toContain('08:00–11:30');
  await dashboard.close();
  // And the popup's line for that hospital says a notice read from its page is kept, and for when.
  const again = await popupOver(plain.url('/'));
  expect(
    await again.locator(`#saved [data-hospital-id="${first.hospital.id}"] [data-kept-note]`).textContent(),
  ).toMatch(/^读自医院网页（\d{4}-\d{2}-\d{2}），非医院发布的数据：2026-12-13$/);
  await again.close();
});
