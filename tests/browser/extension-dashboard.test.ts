/**
 * The dashboard through the real extension in Chromium: adding hospitals from sites it never
 * saw (a page's <link rel="clearclinic">, and a site's /.well-known/clearclinic.json), "open
 * when" on a holiday, a make-up workday and a weekend against the engine's own answer, and
 * every saved hospital rendered from the cache when the sites are gone.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { nationalCalendar } from '../../utils/calendar/holiday-calendar';
import { type DayNumber, formatDate, parseDate } from '../../utils/date/civil';
import { todayIn } from '../../utils/date/zone';
import { openWhen, quickDates } from '../../utils/extension/open-when';
import type { Feed } from '../../utils/feed/schema';
import { textIn } from '../../utils/i18n/local-text';
import { ScheduleEngine } from '../../utils/schedule/engine';
import { cli } from '../helpers/cli';
import { startServer } from '../helpers/feed-server';
import { axe, launchExtension } from './harness';

const sample = (name: string) => readFileSync(new URL(`../../public/samples/${name}.json`, import.meta.url), 'utf8');
const FIRST = sample('liaohe-first');
const TCM = sample('liaohe-tcm');
const feeds = [JSON.parse(FIRST) as Feed, JSON.parse(TCM) as Feed];
const zhName = (feed: Feed) => textIn(feed.hospital.name, 'zh-CN');

let context: BrowserContext;
let close: (() => Promise<void>) | undefined;
let origin: string;
let siteA: Awaited<ReturnType<typeof startServer>>;
let siteB: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  // Site A names its feed in a <link> at a path of its own; it has no well-known file.
  siteA = await startServer({
    '/': {
      type: 'text/html; charset=utf-8',
      body: '<!doctype html><title>A</title><link rel="alternate clearclinic" href="/open-data/clinics.json"><h1>Hospital A</h1>',
    },
    '/open-data/clinics.json': { body: FIRST },
  });
  // Site B's pages name nothing; its origin serves the well-known feed.
  siteB = await startServer({
    '/about/': { type: 'text/html; charset=utf-8', body: '<!doctype html><title>B</title><h1>Hospital B</h1>' },
    '/.well-known/clearclinic.json': { body: TCM },
  });
  ({ context, origin, close } = await launchExtension());
});
afterAll(async () => {
  await close?.();
  await siteA?.close();
  await siteB?.close();
});

async function dashboard(width = 1000): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`${origin}/dashboard.html`);
  await page.locator('form#add-hospital').waitFor();
  return page;
}

async function add(page: Page, url: string) {
  await page.locator('form#add-hospital input[name="url"]').fill(url);
  await page.locator('form#add-hospital button[type="submit"]').click();
}

/** The departments and session times open-when shows for one hospital. */
const shown = (page: Page, hospitalId: string) =>
  page.locator(`#open-when-results [data-hospital-id="${hospitalId}"] [data-department-id]`).evaluateAll((items) =>
    items.map((li) => ({
      id: li.getAttribute('data-department-id'),
      times: [...li.querySelectorAll('.cc-time')].map((t) => t.textContent),
    })),
  );

/** What the engine says should be shown. */
function expected(day: DayNumber, q: string) {
  return openWhen(
    feeds.map((feed) => ({ feed, engine: new ScheduleEngine(feed) })),
    day,
    q,
  ).map((r) => ({
    id: r.hospitalId,
    departments: r.departments.map((d) => ({
      id: d.department.id,
      times: d.sessions.map((s) => `${s.start}–${s.end}`),
    })),
  }));
}

async function ask(page: Page, date: string, q: string) {
  await page.locator('form#open-when input[name="date"]').fill(date);
  await page.locator('form#open-when input[name="q"]').fill(q);
  await page.locator('form#open-when button[type="submit"]').click();
  await expect.poll(() => page.locator('#open-when-results').getAttribute('data-date')).toBe(date);
}

test('adding by site URL finds the feed through the page link and through the well-known file, and a bad address says why', async () => {
  const page = await dashboard();
  await add(page, 'not a url');
  await expect.poll(() => page.locator('#add-status').textContent()).toContain('不是网址');
  await add(page, siteA.url('/'));
  await page.locator(`[data-hospital-id="${feeds[0]!.hospital.id}"]`).first().waitFor();
  await add(page, siteB.url('/about/'));
  await page.locator(`.saved [data-hospital-id="${feeds[1]!.hospital.id}"]`).waitFor();
  // Each saved entry names its hospital and the age of its data.
  const entries = await page
    .locator('.saved [data-hospital-id]')
    .evaluateAll((li) => li.map((e) => ({ id: e.getAttribute('data-hospital-id'), text: e.textContent })));
  expect(entries.map((e) => e.id)).toEqual(feeds.map((f) => f.hospital.id));
  expect(entries[0]!.text).toContain(zhName(feeds[0]!));
  expect(entries[0]!.text).toMatch(/医院 (\d{4}年)?\d+月\d+日 更新 · (刚刚|\d+分钟前)检查/);
  // The synced list holds what was discovered: the link's target for A, the well-known URL for B.
  const synced = await page.evaluate(
    async () =>
      (
        await (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.storage.sync.get(
          'savedHospitals',
        )
      ).savedHospitals,
  );
  expect(synced).toEqual([
    { id: feeds[0]!.hospital.id, feedUrl: siteA.url('/open-data/clinics.json') },
    { id: feeds[1]!.hospital.id, feedUrl: siteB.url('/.well-known/clearclinic.json') },
  ]);
  // A site without any feed is refused with the reason, and the list is unchanged.
  await add(page, siteA.url('/nothing-here'));
  await expect.poll(() => page.locator('#add-status').textContent()).toContain('没有找到明白就医数据');
  expect(await page.locator('.saved [data-hospital-id]').count()).toBe(2);
  // Until "open when" is asked, the saved list's entries are the page's only [data-hospital-id] elements.
  expect(await page.locator('[data-hospital-id]').count()).toBe(2);
  await page.close();
});

test('open when: a holiday, a make-up workday and a weekend give the engine’s departments and sessions, with the day named', async () => {
  const page = await dashboard();
  const engine = new ScheduleEngine(feeds[0]!);
  // The default date is the next weekend day.
  const defaultDate = await page.locator('form#open-when input[name="date"]').inputValue();
  expect([0, 6]).toContain(new Date(`${defaultDate}T12:00:00Z`).getUTCDay());
  const findDay = (type: string) => {
    for (let d = parseDate('2026-01-01')!; d < parseDate('2026-12-31')!; d++)
      if (engine.dayInfo(d).dayType === type) return d;
    throw new Error(type);
  };
  const holiday = parseDate('2026-10-03')!;
  for (const [day, q, label] of [
    [holiday, '儿科', '国庆节'],
    [holiday, 'pediatrics', '国庆节'],
    [findDay('makeup-workday'), '', '调休上班'],
    [parseDate('2026-11-28')!, '小儿', '周末'],
  ] as const) {
    await ask(page, formatDate(day), q);
    for (const want of expected(day, q)) {
      expect(await shown(page, want.id)).toEqual(want.departments);
      const section = page.locator(`#open-when-results [data-hospital-id="${want.id}"]`);
      expect(await section.locator('.day-type').textContent()).toContain(label);
      if (want.departments.length === 0)
        expect(await section.locator('.none').textContent()).toBe('当天没有符合条件的科室出诊');
    }
  }
  // The quick dates are the coming weekend and the next holiday's days, named; one click asks for that day.
  const today = parseDate(todayIn('Asia/Shanghai', Date.now()))!;
  const quick = quickDates(today, nationalCalendar());
  const buttons = page.locator('form#open-when [data-quick-date]');
  expect(await buttons.evaluateAll((els) => els.map((e) => e.getAttribute('data-quick-date')))).toEqual(
    quick.map((q) => formatDate(q.day)),
  );
  const holidayChoice = quick.find((q) => q.kind === 'off')!;
  const button = page.locator(`form#open-when [data-quick-date="${formatDate(holidayChoice.day)}"]`);
  expect(await button.textContent()).toContain(textIn(holidayChoice.name!, 'zh-CN'));
  await page.locator('form#open-when input[name="q"]').fill('儿科');
  await button.click();
  await expect
    .poll(() => page.locator('#open-when-results').getAttribute('data-date'))
    .toBe(formatDate(holidayChoice.day));
  expect(await page.locator('#open-when-results').getAttribute('data-q')).toBe('儿科');
  for (const want of expected(holidayChoice.day, '儿科')) expect(await shown(page, want.id)).toEqual(want.departments);
  // A department's own name finds it alone, across every hospital; a campus narrows to its departments.
  for (const q of ['小儿内科', '北院区儿科', '口腔外科', '中医内科']) {
    await ask(page, '2026-11-28', q);
    for (const want of expected(parseDate('2026-11-28')!, q)) {
      const got = await page
        .locator(
          `#open-when-results [data-hospital-id="${want.id}"] [data-department-id], #open-when-results [data-hospital-id="${want.id}"] [data-unknown-department-id], #open-when-results [data-hospital-id="${want.id}"] [data-emergency-department-id]`,
        )
        .count();
      const matched = openWhen(
        feeds.map((feed) => ({ feed, engine: new ScheduleEngine(feed) })),
        parseDate('2026-11-28')!,
        q,
      ).find((r) => r.hospitalId === want.id)!;
      expect(got, `${q} @ ${want.id}`).toBe(
        matched.departments.length + matched.unknown.length + matched.emergencyOnly.length,
      );
      expect(await shown(page, want.id)).toEqual(want.departments);
    }
  }
  // The plain fact behind it: 小儿内科 is one department of the first hospital, not every 内科.
  await ask(page, '2026-11-28', '小儿内科');
  expect(
    await page
      .locator(
        `#open-when-results [data-hospital-id="${feeds[0]!.hospital.id}"] li[data-department-id], #open-when-results [data-hospital-id="${feeds[0]!.hospital.id}"] li[data-unknown-department-id]`,
      )
      .count(),
  ).toBe(1);
  // What a hospital has not announced, and what sees emergencies only, are listed apart, never among the open ones.
  const apart = (hospitalId: string, attribute: string) =>
    page
      .locator(`#open-when-results [data-hospital-id="${hospitalId}"] [${attribute}]`)
      .evaluateAll((items, a) => items.map((li) => li.getAttribute(a)), attribute);
  await ask(page, '2026-10-10', '');
  const [, tcm] = openWhen(
    feeds.map((feed) => ({ feed, engine: new ScheduleEngine(feed) })),
    parseDate('2026-10-10')!,
    '',
  );
  expect(tcm!.unknown.length).toBeGreaterThan(0);
  expect(await apart(feeds[1]!.hospital.id, 'data-unknown-department-id')).toEqual(
    tcm!.unknown.map((d) => d.department.id),
  );
  expect(await shown(page, feeds[1]!.hospital.id)).toEqual(
    tcm!.departments.map((d) => ({ id: d.department.id, times: d.sessions.map((s) => `${s.start}–${s.end}`) })),
  );
  expect(
    await page
      .locator(`#open-when-results [data-hospital-id="${feeds[1]!.hospital.id}"] [data-unknown-department-id]`)
      .first()
      .textContent(),
  ).toContain('未公布');
  await ask(page, formatDate(holiday), '眼科');
  expect(await apart(feeds[0]!.hospital.id, 'data-emergency-department-id')).toEqual(['ophthalmology']);
  expect(
    await page.locator('#open-when-results [data-emergency-department-id="ophthalmology"]').textContent(),
  ).toContain('仅急诊');
  expect(await apart(feeds[0]!.hospital.id, 'data-department-id')).not.toContain('ophthalmology');
  // Notice links are there where a notice decided a session.
  await ask(page, formatDate(holiday), '');
  expect(await page.locator('#open-when-results a[href^="http"]').count()).toBeGreaterThan(0);
  // A year whose national arrangement is not out yet carries the warning.
  await ask(page, '2027-01-01', '');
  expect(await page.locator('#open-when-results .pending').first().textContent()).toContain(
    '2027年国家放假安排尚未公布',
  );
  // A date that is not one is refused in words, and the last results stay.
  await page.locator('form#open-when input[name="date"]').evaluate((el: HTMLInputElement) => (el.type = 'text'));
  await page.locator('form#open-when input[name="date"]').fill('2027-02-30');
  await page.locator('form#open-when button[type="submit"]').click();
  await expect.poll(() => page.locator('#open-when-status').textContent()).toContain('“2027-02-30”不是日期');
  expect(await page.locator('#open-when-results').getAttribute('data-date')).toBe('2027-01-01');
  await page.close();
});

test('audit: every saved hospital, exported as CSV and HTML, byte for byte what the CLI writes for the same feed URLs', async () => {
  const page = await dashboard();
  await page.getByRole('link', { name: '评估（评审人员）' }).click();
  const form = page.locator('form#audit');
  await form.getByLabel('全部已保存的医院').check();
  await form.locator('select[name="profile"]').selectOption('liaoning-2025');
  await form.locator('input[name="asOf"]').fill('2026-11-24');
  await form.locator('button[type="submit"]').click();
  await page.locator('#audit-results').waitFor();
  expect(await page.locator('#audit-results [data-status="fail"]').count()).toBeGreaterThan(0);
  const urls = [siteA.url('/open-data/clinics.json'), siteB.url('/.well-known/clearclinic.json')];
  for (const [button, format] of [
    ['导出 CSV', 'csv'],
    ['导出 HTML 报告', 'html'],
  ] as const) {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: button }).click(),
    ]);
    const ours = readFileSync((await file.path())!, 'utf8');
    const theirs = await cli(['audit', ...urls, '--as-of', '2026-11-24', '--format', format, '--lang', 'zh-CN']);
    expect(theirs.code).toBe(0);
    expect(ours).toBe(theirs.stdout);
  }
  // A pasted list: words that are no address are one bad entry, counted apart from the hospitals.
  await form.locator('input[name="scope"][value="urls"]').check();
  await form.locator('textarea[name="urls"]').fill(`not a url\n${urls[0]}\n${urls[0]}`);
  await form.locator('button[type="submit"]').click();
  await expect
    .poll(() =>
      page.locator('#audit-results [data-source]').evaluateAll((s) => s.map((e) => e.getAttribute('data-source'))),
    )
    .toEqual(['not a url', urls[0]]);
  expect(await page.locator('#audit-results .summary').textContent()).toMatch(/· 1 所医院：.*；1 个来源无法读取$/);
  await page.close();
});

test('keeping hospitals: an address without https://, refresh now, a refused update said in words, an address kept while offline', async () => {
  const MCH = sample('liaohe-mch');
  const mch = JSON.parse(MCH) as Feed;
  const routes: Record<string, { body: string }> = { '/.well-known/clearclinic.json': { body: MCH } };
  const siteC = await startServer(routes);
  const page = await dashboard();
  // Typed as people type it: no scheme. https:// is tried first (this site speaks only http).
  await add(page, new URL(siteC.url('/')).host);
  const entry = page.locator(`.saved [data-hospital-id="${mch.hospital.id}"]`);
  await entry.waitFor();
  // The site now publishes a feed with errors: "refresh now" keeps the good copy and says why, in words.
  const bad = JSON.parse(MCH) as Feed;
  bad.schedule.regular[0]!.end = '00:00';
  routes['/.well-known/clearclinic.json'] = { body: JSON.stringify(bad) };
  await page.locator('button#refresh-now').click();
  await expect
    .poll(() => page.locator('#refresh-status').textContent())
    .toMatch(/^已检查3家医院：\d家有新数据，1家未能更新。$/);
  await expect
    .poll(() => entry.locator('[data-refresh-problem="refused"]').textContent())
    .toBe('最近一次更新未采用：医院网站上的数据有误。仍显示之前保存的数据。');
  expect(await entry.locator('.age').textContent()).toMatch(/^医院 .+ 更新 · .+检查$/);
  expect(await page.locator('#saved').textContent()).not.toContain('time.order');
  // Removing is undone within 10 s, in its place.
  const ids = () =>
    page.locator('.saved [data-hospital-id]').evaluateAll((li) => li.map((e) => e.getAttribute('data-hospital-id')));
  const before = await ids();
  await page.getByRole('button', { name: `移除 ${zhName(mch)}` }).click();
  await expect.poll(ids).toEqual(before.filter((id) => id !== mch.hospital.id));
  await page.locator('button#undo-remove').click();
  await expect.poll(ids).toEqual(before);
  await page.getByRole('button', { name: `移除 ${zhName(mch)}` }).click();
  await expect.poll(ids).toEqual(before.filter((id) => id !== mch.hospital.id));
  // Offline: the address is kept and shown; when the network is back it is added at once.
  routes['/.well-known/clearclinic.json'] = { body: MCH };
  await context.setOffline(true);
  await add(page, siteC.url('/about/'));
  await expect.poll(() => page.locator('#add-status').textContent()).toContain('联网后会自动添加');
  await expect
    .poll(() => page.locator(`[data-pending-address="${siteC.url('/about/')}"]`).textContent())
    .toContain('等待联网后添加');
  await context.setOffline(false);
  await entry.waitFor();
  await expect.poll(() => page.locator('[data-pending-address]').count()).toBe(0);
  expect(await entry.locator('.age').textContent()).toMatch(/^医院 .+ 更新 · .+检查$/);
  // Back to the two hospitals the later tests expect.
  await page.getByRole('button', { name: `移除 ${zhName(mch)}` }).click();
  await expect.poll(ids).toEqual(before.filter((id) => id !== mch.hospital.id));
  await page.close();
  await siteC.close();
});

test('offline: with both sites gone, the list, open-when and the hospital view render from the cache with the data’s age', async () => {
  await siteA.close();
  await siteB.close();
  const page = await dashboard();
  expect(await page.locator('.saved [data-hospital-id] .age').allTextContents()).toEqual([
    expect.stringMatching(/^医院 .+ 更新 · .+检查$/),
    expect.stringMatching(/^医院 .+ 更新 · .+检查$/),
  ]);
  await ask(page, '2026-10-03', '儿科');
  expect(await shown(page, feeds[0]!.hospital.id)).toEqual(expected(parseDate('2026-10-03')!, '儿科')[0]!.departments);
  await page.locator(`.saved [data-hospital-id="${feeds[0]!.hospital.id}"] a.name`).click();
  const widget = page.locator('clear-clinic');
  await expect
    .poll(() => widget.evaluate((el) => el.shadowRoot?.querySelector('.cc-title')?.textContent ?? ''))
    .toBe(zhName(feeds[0]!));
  await expect
    .poll(() => widget.evaluate((el) => el.shadowRoot?.querySelector('.cc-age')?.textContent ?? ''))
    .toMatch(/^医院 .+ 更新 · .+检查（离线缓存）$/);
  expect(await axe(page, 'body')).toEqual([]);
  // An id that is not saved says so.
  await page.goto(`${origin}/dashboard.html#/hospital/NOPE`);
  expect(await page.locator('[role="alert"]').textContent()).toBe('没有找到已保存的医院“NOPE”。');
  await page.close();
});

test('the dashboard has no AAA axe violations in normal light and large dark, with results and findings shown, and fits 360 px', async () => {
  for (const [width, settings] of [
    [1000, { lang: 'auto', size: 'normal', theme: 'light', refreshHours: 6, notifications: true }],
    [360, { lang: 'en', size: 'large', theme: 'dark', refreshHours: 6, notifications: true }],
  ] as const) {
    const setup = await context.newPage();
    await setup.goto(`${origin}/options.html`);
    await setup.evaluate(
      (value) =>
        (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.storage.sync.set({
          settings: value,
        }),
      settings,
    );
    await setup.close();
    const page = await dashboard(width);
    // The patient's place with results and the first-use offer of large text, then the evaluator's.
    await ask(page, '2026-10-03', '');
    expect(await axe(page, 'body', { aaa: true })).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.evaluate(() => (location.hash = '#/audit'));
    await page.locator('form#audit button[type="submit"]').click();
    await page.locator('#audit-results').waitFor();
    await page
      .locator('#audit-results details')
      .first()
      .evaluate((d: HTMLDetailsElement) => (d.open = true));
    expect(await axe(page, 'body', { aaa: true })).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    if (settings.lang === 'en') expect(await page.locator('h1').textContent()).toBe('ClearClinic · My hospitals');
    await page.close();
  }
});

test('reorder, export, remove and import the saved list through the page', async () => {
  const page = await context.newPage();
  // The page's own clock, so the 10 s undo time can be run through.
  await page.clock.install();
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(`${origin}/dashboard.html`);
  await page.locator('form#add-hospital').waitFor();
  // The default settings again (the test before left English, large and dark).
  await page.evaluate(() =>
    (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.storage.sync.remove('settings'),
  );
  await expect.poll(() => page.locator('h1').textContent()).toBe('明白就医 · 我的医院');
  const ids = () =>
    page.locator('.saved [data-hospital-id]').evaluateAll((li) => li.map((e) => e.getAttribute('data-hospital-id')));
  const [a, b] = feeds.map((f) => f.hospital.id);
  await page.getByRole('button', { name: `下移 ${zhName(feeds[0]!)}` }).click();
  await expect.poll(ids).toEqual([b, a]);
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出列表' }).click(),
  ]);
  const exported = readFileSync((await file.path())!, 'utf8');
  // The file names its hospitals, so a person can read what it holds.
  expect(JSON.parse(exported)).toMatchObject({
    format: 'clearclinic-saved-hospitals',
    hospitals: [
      { id: b, name: feeds[1]!.hospital.name },
      { id: a, name: feeds[0]!.hospital.name },
    ],
  });
  await page.getByRole('button', { name: `移除 ${zhName(feeds[0]!)}` }).click();
  await expect.poll(ids).toEqual([b]);
  await expect.poll(() => page.locator('#saved-status').textContent()).toBe(`已移除${zhName(feeds[0]!)} 撤销`);
  // Once the undo time is over, the offer goes, and the copy with it.
  await page.clock.runFor(10_500);
  await expect.poll(() => page.locator('#saved-status').textContent()).toBe('');
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: 'saved.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await expect.poll(ids).toEqual([b, a]);
  // Its copy went with the removal and the site is gone: listed, without offline data yet.
  expect(await page.locator(`.saved [data-hospital-id="${a}"] .age`).textContent()).toBe(
    '尚无离线数据，联网后自动更新',
  );
  await expect
    .poll(() => page.locator('.transfer [role="status"]').textContent())
    .toBe('新增1所医院（已在列表中的保持不变）。');
  await page.close();
});
