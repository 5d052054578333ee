import type { Page } from 'playwright-core';
import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Feed } from '../../utils/feed/schema';
import { decodeQr, events, ready, recordEvents, setAttributes, useDemoSite } from './harness';

const env = useDemoSite();
let page: Page;
let feed: Feed;

beforeAll(() => {
  feed = JSON.parse(env.server.feeds.get('/.well-known/clearclinic.json')!);
});
beforeEach(async () => {
  page = await env.browser.newPage({ locale: 'zh-CN' });
});
afterEach(() => page.close());

const day = (date: string) => page.locator(`clear-clinic#overview .cc-day[data-date="${date}"]`);
const department = (id: string) => page.locator(`clear-clinic#overview .cc-dept[data-department="${id}"]`);

describe('hours', () => {
  test('the Spring Festival week: holiday days named, holiday clinics by notice, closed departments listed', async () => {
    await page.goto(`${env.server.url}/`);
    await ready(page, 'overview');
    await setAttributes(page, 'overview', { date: '2026-02-12' });
    await expect.poll(() => day('2026-02-12').getAttribute('aria-pressed')).toBe('true');
    // Fifteen days from the date attribute; every day off is marked with the holiday's name, in words.
    expect(await page.locator('clear-clinic#overview .cc-day').count()).toBe(15);
    for (const date of ['2026-02-15', '2026-02-18', '2026-02-23'])
      expect(await day(date).locator('.cc-day-kind').textContent()).toBe('春节');
    expect(await day('2026-02-14').locator('.cc-day-kind').textContent()).toBe('春节调休上班');
    // 初二 (02-18): the notice's holiday clinics, the rest closed, 急诊 always.
    await day('2026-02-18').click();
    await expect
      .poll(() => page.locator('clear-clinic#overview .cc-dayhead').textContent())
      .toBe('2月18日 周三 · 春节');
    expect(await department('pediatrics').locator('.cc-session').textContent()).toBe(
      '08:00–12:00 普通门诊 · 2026年春节期间门诊安排',
    );
    expect(await department('pediatrics').locator('a').getAttribute('href')).toBe(
      'https://www.lhfirst.example/notices/2026-spring-festival.html',
    );
    expect(await department('emergency').textContent()).toContain('24小时接诊');
    // Every department of the day is one element with its status, in words as well.
    expect(await department('cardiology').getAttribute('data-status')).toBe('closed');
    expect(await department('cardiology').getAttribute('data-department-id')).toBe('cardiology');
    expect(await department('cardiology').textContent()).toContain('停诊');
    expect(await department('pediatrics').getAttribute('data-status')).toBe('open');
    // The North campus is closed over the holiday, with where to go.
    expect(await department('north-pediatrics').getAttribute('data-status')).toBe('closed');
    expect(await department('north-pediatrics').locator('.cc-session').textContent()).toContain('请到南院区');
    // 除夕 (02-16): the morning's usual clinics, "除夕下午停诊".
    await day('2026-02-16').click();
    await expect
      .poll(() => department('cardiology').locator('.cc-session').allTextContents())
      .toContain('下午 停诊 · 除夕下午停诊 · 2026年春节期间门诊安排');
    expect(await department('cardiology').getAttribute('data-status')).toBe('open');
  });

  test('what the hospital has not published reads 未公布 and never looks open; emergencies only reads 仅急诊 with where to go', async () => {
    await page.goto(`${env.server.url}/`);
    await ready(page, 'overview');
    // The TCM sample's National Day notice says nothing of the make-up Saturday 10-10.
    await setAttributes(page, 'overview', { src: '/liaohe-tcm/.well-known/clearclinic.json', date: '2026-10-08' });
    await expect.poll(() => day('2026-10-10').getAttribute('data-unknown')).toBe('true');
    expect(await day('2026-10-10').locator('.cc-day-unknown').textContent()).toBe('未公布');
    expect(await day('2026-10-09').getAttribute('data-unknown')).toBeNull();
    await day('2026-10-10').click();
    await expect.poll(() => department('tcm-internal').getAttribute('data-status')).toBe('unknown');
    // The header's now-line says where things stand today, in words.
    expect(['open', 'closed', 'unknown']).toContain(
      await page.locator('clear-clinic#overview [part="now"]').getAttribute('data-state'),
    );
    const text = await department('tcm-internal').textContent();
    expect(text).toContain('未公布');
    expect(text).not.toMatch(/\d\d:\d\d–\d\d:\d\d/);
    // Nothing says the day has no clinics: the hospital has not said.
    expect(await page.locator('clear-clinic#overview .cc-hours').textContent()).not.toContain('当日没有门诊');
    expect(
      await page
        .locator('clear-clinic#overview .cc-dept[data-status="open"]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-department-id'))),
    ).toEqual(['emergency']);
    // The general hospital's eye clinic over National Day: on call for emergencies, go to the Emergency department.
    await setAttributes(page, 'overview', { src: '/.well-known/clearclinic.json', date: '2026-10-02' });
    await expect.poll(() => department('ophthalmology').getAttribute('data-status')).toBe('emergency-only');
    const eye = await department('ophthalmology').textContent();
    expect(eye).toContain('仅急诊');
    expect(eye).toContain('请到急诊科');
  });

  test('a make-up Saturday runs the roster the notice names (按星期五排班), not the weekend roster', async () => {
    await page.goto(`${env.server.url}/`);
    await ready(page, 'overview');
    await setAttributes(page, 'overview', { date: '2026-02-14' });
    await expect
      .poll(() => page.locator('clear-clinic#overview .cc-dayhead').textContent())
      .toBe('2月14日 周六 · 春节调休上班');
    const sessions = await department('cardiology').locator('.cc-session').allTextContents();
    expect(sessions).toContain('08:00–11:30 普通门诊 · 按星期五排班 · 2026年春节期间门诊安排');
    // Nephrology holds no weekend clinic, but Friday's roster runs today.
    expect(await department('nephrology').count()).toBe(1);
  });

  test('a pending year says so', async () => {
    await page.goto(`${env.server.url}/`);
    await ready(page, 'overview');
    await setAttributes(page, 'overview', { date: '2027-01-01' });
    await expect
      .poll(() => page.locator('clear-clinic#overview .cc-pending').textContent())
      .toContain('2027年国家放假安排尚未公布');
  });

  test('department filter and English, with the page language inherited', async () => {
    await page.goto(`${env.server.url}/en/`);
    await ready(page, 'overview-en');
    await setAttributes(page, 'overview-en', { date: '2026-10-01', department: 'pediatrics emergency' });
    const widget = page.locator('clear-clinic#overview-en');
    await expect.poll(() => widget.locator('.cc-dayhead').textContent()).toBe('Thu 1 Oct · National Day');
    expect(await widget.locator('.cc-dept').count()).toBe(2);
    expect(await widget.locator('.cc-dept[data-department="pediatrics"] .cc-session').textContent()).toBe(
      '08:00–12:00 General clinic · 2026 National Day holiday clinic arrangements',
    );
    // The inherited language follows the page.
    await page.evaluate(() => document.documentElement.setAttribute('lang', 'zh-CN'));
    await expect.poll(() => widget.locator('.cc-dayhead').textContent()).toBe('10月1日 周四 · 国庆节');
  });

  test('English reads whole: a doctor set apart from the clinic type, Weekend on one line, notes in words', async () => {
    await page.goto(`${env.server.url}/en/`);
    await ready(page, 'overview-en');
    const widget = page.locator('clear-clinic#overview-en');
    await setAttributes(page, 'overview-en', { date: '2026-11-23', department: 'cardiology nosuch', view: 'hours' });
    await expect
      .poll(() => widget.locator('.cc-session').allTextContents())
      .toContain('08:00–11:30 Expert clinic (Chief physician clinic) · Regular roster');
    // "Weekend" under a day is one line, never "Weeken/d".
    const kinds = widget.locator('.cc-day-weekend .cc-day-kind');
    expect(await kinds.count()).toBeGreaterThan(0);
    for (const kind of await kinds.all()) {
      expect(await kind.textContent()).toBe('Weekend');
      // One box per line of text: a word broken in two would give two.
      const lines = await kind.evaluate((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return range.getClientRects().length;
      });
      expect(lines).toBe(1);
    }
    expect(await widget.locator('.cc-note').allTextContents()).toEqual([
      'This hospital\'s feed has no department "nosuch" (department attribute); it is left out.',
    ]);
    await setAttributes(page, 'overview-en', { date: 'tomorrow', department: null });
    await expect
      .poll(() => widget.locator('.cc-note').allTextContents())
      .toEqual(['Attribute date="tomorrow" is not a date (write it like 2026-11-20); showing today.']);
  });
});

test('the day chosen in one view stays chosen in the others; a new date attribute starts again from it', async () => {
  await page.goto(`${env.server.url}/`);
  await ready(page, 'overview');
  await setAttributes(page, 'overview', { date: '2026-11-23' });
  const widget = page.locator('clear-clinic#overview');
  await widget.locator('.cc-day', { hasText: '11月25日' }).click();
  await expect.poll(() => widget.locator('.cc-dayhead').textContent()).toMatch(/^11月25日 周三/);
  await widget.locator('[role=tab]', { hasText: '分时段号源' }).click();
  const daySelect = widget.locator('.cc-slots .cc-pickers select').first();
  await daySelect.waitFor();
  expect(await daySelect.locator('option:checked').textContent()).toBe('11月25日 周三');
  await daySelect.selectOption({ label: '11月27日 周五' });
  await widget.locator('[role=tab]', { hasText: '出诊时间' }).click();
  await expect.poll(() => widget.locator('.cc-dayhead').textContent()).toMatch(/^11月27日 周五/);
  await setAttributes(page, 'overview', { date: '2026-11-24' });
  await expect.poll(() => widget.locator('.cc-dayhead').textContent()).toMatch(/^11月24日 周二/);
});

test('find a department: 小儿内科 finds it alone, 儿 every 儿科, a campus its own; the query carries to slots', async () => {
  await page.goto(`${env.server.url}/`);
  await ready(page, 'overview');
  await setAttributes(page, 'overview', { date: '2026-11-23' });
  const widget = page.locator('clear-clinic#overview');
  const filter = widget.locator('input[part="filter"]');
  const shown = () =>
    widget
      .locator('.cc-hours [part="department"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-department-id')));
  const all = (await shown()).length;
  expect(all).toBeGreaterThan(30);
  await filter.fill('小儿内科');
  await expect.poll(shown).toEqual(['pediatrics']);
  expect(await widget.locator('.cc-found').textContent()).toBe('找到 1 个科室');
  await filter.fill('儿');
  await expect.poll(shown).toEqual(['pediatrics', 'pediatric-surgery', 'neonatology', 'north-pediatrics']);
  await filter.fill('北院区儿科');
  await expect.poll(shown).toEqual(['north-pediatrics']);
  await filter.fill('急诊');
  await expect.poll(shown).toEqual(expect.arrayContaining(['emergency', 'north-emergency']));
  await filter.fill('牙齿矫正xyz');
  await expect.poll(shown).toEqual([]);
  expect(await widget.locator('.cc-found').textContent()).toBe('这一天没有与“牙齿矫正xyz”相符的科室');
  // The query is the widget's: the slots view's department list is narrowed by it too.
  await filter.fill('小儿内科');
  await widget.locator('[role=tab]', { hasText: '分时段号源' }).click();
  const slotsFilter = widget.locator('.cc-slots input[part="filter"]');
  await slotsFilter.waitFor();
  expect(await slotsFilter.inputValue()).toBe('小儿内科');
  const options = widget.locator('.cc-slots .cc-pickers select').nth(1).locator('option');
  expect(await options.allTextContents()).toEqual(['小儿内科']);
  await slotsFilter.fill('');
  await expect.poll(() => options.count()).toBeGreaterThan(10);
  // A widget of one department has nothing to search.
  await setAttributes(page, 'overview', { department: 'pediatrics' });
  await widget.locator('[role=tab]', { hasText: '出诊时间' }).click();
  await expect.poll(() => widget.locator('.cc-hours').count()).toBe(1);
  expect(await widget.locator('input[part="filter"]').count()).toBe(0);
});

test('a slot that has begun is never bookable: at 13:40 the morning offers nothing, the afternoon does', async () => {
  // A clock the test moves on (timers included), from 13:40 that day.
  await page.clock.install({ time: new Date('2026-11-23T13:40:00+08:00') });
  await page.goto(`${env.server.url}/pediatrics.html`);
  await ready(page, 'peds-slots');
  await setAttributes(page, 'peds-slots', { date: '2026-11-23' });
  const slots = page.locator('clear-clinic#peds-slots [part="slot"]');
  await expect.poll(() => slots.count()).toBeGreaterThan(10);
  const all = await slots.evaluateAll((els) =>
    els.map((e) => ({
      start: Date.parse(e.getAttribute('data-start')!),
      end: Date.parse(e.getAttribute('data-end')!),
      status: e.getAttribute('data-status'),
      begun: e.getAttribute('data-begun'),
      links: e.querySelectorAll('a, button').length,
      text: e.textContent,
    })),
  );
  const at = Date.parse('2026-11-23T13:40:00+08:00');
  const begun = all.filter((s) => s.start <= at);
  const later = all.filter((s) => s.start > at);
  expect(begun.length).toBeGreaterThan(5);
  for (const s of all) expect(s.end).toBeGreaterThan(s.start);
  // The feed still says some of the morning is free: none of it can be booked now.
  expect(begun.some((s) => s.status === 'free' || s.status === 'limited')).toBe(true);
  for (const s of begun) {
    expect(s.links, s.text ?? '').toBe(0);
    expect(s.begun).toBe('true');
    expect(s.text).toContain('已开始，不可预约');
  }
  expect(later.some((s) => s.links === 1 && (s.status === 'free' || s.status === 'limited'))).toBe(true);
  // A page left open: the widget moves on at each minute, so at 14:31 the 14:00 slots have begun too.
  const now = await page.evaluate(() => Date.now());
  const at2 = Date.parse('2026-11-23T14:31:00+08:00');
  const offered = () =>
    slots.evaluateAll(
      (els, t) => els.filter((e) => Date.parse(e.getAttribute('data-start')!) <= t && e.querySelector('a')).length,
      at2,
    );
  expect(await offered()).toBeGreaterThan(0);
  await page.clock.runFor(at2 - now);
  await expect.poll(offered).toBe(0);
});

describe('slots, waits, guide', () => {
  test('live slots: availability in words and booking links; a department without live slots shows the schedule, not bookable', async () => {
    await recordEvents(page);
    // The sample's day, before the slots of 11-23 begin.
    await page.clock.setFixedTime(new Date('2026-11-20T09:00:00+08:00'));
    await page.goto(`${env.server.url}/pediatrics.html`);
    await ready(page, 'peds-slots');
    await setAttributes(page, 'peds-slots', { date: '2026-11-23' });
    const widget = page.locator('clear-clinic#peds-slots');
    const live = feed.slots!.filter((s) => s.department === 'pediatrics' && s.start.startsWith('2026-11-23'));
    await expect.poll(() => widget.locator('.cc-grid').getAttribute('aria-label')).toBe('小儿内科 11月23日 周一');
    expect(await widget.locator('.cc-slot').count()).toBe(live.length);
    const first = widget.locator('.cc-slot').first();
    expect(await first.locator('.cc-slot-time').textContent()).toBe('08:00–08:15');
    const general = live.find((s) => s.start.slice(11, 16) === '08:00' && s.end.slice(11, 16) === '08:15')!;
    expect(await first.getAttribute('data-status')).toBe(general.status);
    // The expert clinic's slots at the same time say so.
    expect(await widget.locator('.cc-slot', { hasText: '08:00–08:20' }).locator('.cc-slot-type').textContent()).toBe(
      '专家门诊',
    );
    const bookable = widget.locator('.cc-slot[data-status="free"] a.cc-book').first();
    expect(await bookable.getAttribute('href')).toMatch(/^https:\/\/www\.lhfirst\.example\/booking\?dept=pediatrics/);
    expect(await widget.locator('.cc-slot[data-status="full"] a').count()).toBe(0);
    await bookable.click({ modifiers: ['Control'] });
    const selected = (await events(page)).filter((e) => e.type === 'clearclinic:select-slot');
    expect(selected[0]?.detail).toMatchObject({
      department: 'pediatrics',
      bookingUrl: expect.stringContaining('dept=pediatrics'),
    });
    // A day beyond the published slots: the roster's times, labelled as schedule, nothing bookable.
    await setAttributes(page, 'peds-slots', { date: '2026-12-21' });
    await expect.poll(() => widget.locator('.cc-slot[data-status="scheduled"]').count()).toBeGreaterThan(10);
    expect(await widget.locator('a.cc-book').count()).toBe(0);
    expect(await widget.locator('.cc-note').textContent()).toContain('不代表可预约');
  });

  test('waits: the latest figure against the 20-minute target, with the feed’s numbers', async () => {
    await page.goto(`${env.server.url}/guide.html`);
    await ready(page, 'waits');
    const widget = page.locator('clear-clinic#waits');
    const latest = feed
      .waitTimes!.filter((w) => w.department === '*')
      .sort((a, b) => (a.periodEnd < b.periodEnd ? 1 : -1))[0]!;
    const row = widget.locator('.cc-wait[data-department="*"]');
    await expect
      .poll(() => row.locator('.cc-wait-figure').textContent())
      .toBe(`平均${latest.meanMinutes}分钟 · ${latest.meanMinutes > 20 ? '超过目标' : '达到目标'}`);
    expect(await row.locator('.cc-wait-detail').textContent()).toContain(`样本${latest.sampleSize}人次`);
    expect(await row.locator('svg.cc-trend title').textContent()).toMatch(/^近12期走势：/);
    const over = widget.locator('.cc-wait-over');
    expect(await over.count()).toBeGreaterThan(0);
    expect(await widget.locator('.cc-definition').textContent()).toContain('到院签到至进入诊室');
  });

  test('guide: search, expand an item, QR codes of the guide and the item, both lists', async () => {
    await page.goto(`${env.server.url}/guide.html`);
    await ready(page, 'guide');
    const widget = page.locator('clear-clinic#guide');
    await expect.poll(() => widget.locator('.cc-item').count()).toBe(feed.guide!.items.length);
    // Search covers names, materials and steps: 病历 also finds 门诊慢特病认定 (its materials include 病历).
    await widget.locator('input[type=search]').fill('病历');
    await expect.poll(() => widget.locator('.cc-item').count()).toBe(2);
    await widget.locator('input[type=search]').fill('病历复印');
    await expect.poll(() => widget.locator('.cc-item').count()).toBe(1);
    const item = widget.locator('.cc-item[data-item="records-copy"]');
    await item.locator('summary').click();
    await expect.poll(() => item.getAttribute('open')).toBe('');
    expect(await item.textContent()).toContain('复印费0.5元/张');
    await expect.poll(() => item.locator('svg.cc-qr path').count()).toBe(1);
    expect(await item.locator('svg.cc-qr').getAttribute('aria-label')).toBe('本事项二维码: 病历复印');
    await expect.poll(() => widget.locator('.cc-guide-qr svg path').count()).toBe(1);
    // Scannable as drawn: the code decodes to the link its caption shows.
    const qrHref = await item.locator('figcaption a').getAttribute('href');
    expect(await decodeQr(env.browser, await item.locator('svg.cc-qr').screenshot())).toBe(qrHref);
    expect(await widget.locator('[part=prohibited] li').count()).toBe(feed.guide!.prohibited!.length);
    expect(await widget.locator('[part=waivable] li').count()).toBe(feed.guide!.waivable!.length);
  });

  test('guide: an opened item stays open with its item, not at its place, when the search filters the list', async () => {
    await page.goto(`${env.server.url}/guide.html`);
    await ready(page, 'guide');
    const widget = page.locator('clear-clinic#guide');
    const openIds = () =>
      widget.locator('.cc-item[open]').evaluateAll((els) => els.map((e) => e.getAttribute('data-item')));
    // The first item and 病历复印 (far down the list) open.
    await widget.locator('.cc-item').first().locator('summary').click();
    await widget.locator('.cc-item[data-item="records-copy"] summary').click();
    await expect.poll(openIds).toEqual([feed.guide!.items[0]!.id, 'records-copy']);
    // 病历 keeps 门诊慢特病认定 and 病历复印: only 病历复印 shows open, not whichever item took the first place.
    await widget.locator('input[type=search]').fill('病历');
    await expect.poll(() => widget.locator('.cc-item').count()).toBe(2);
    expect(await openIds()).toEqual(['records-copy']);
  });

  test('two widgets on one page work independently from one request', async () => {
    await recordEvents(page);
    const before = env.server.requests.filter((r) => r === '/.well-known/clearclinic.json').length;
    await page.goto(`${env.server.url}/pediatrics.html`);
    await ready(page, 'peds-hours');
    await ready(page, 'peds-slots');
    expect(env.server.requests.filter((r) => r === '/.well-known/clearclinic.json').length - before).toBe(1);
    expect(await page.locator('clear-clinic#peds-hours .cc-dept').count()).toBeGreaterThan(0);
    // A widget added later joins the same feed: still one request.
    await page.evaluate(() => {
      const later = document.createElement('clear-clinic');
      later.id = 'peds-later';
      later.setAttribute('src', '/.well-known/clearclinic.json');
      document.body.append(later);
    });
    await ready(page, 'peds-later');
    expect(env.server.requests.filter((r) => r === '/.well-known/clearclinic.json').length - before).toBe(1);
    const loads = (await events(page)).filter((e) => e.type === 'clearclinic:load');
    expect(new Set(loads.map((e) => e.id))).toEqual(new Set(['peds-hours', 'peds-slots', 'peds-later']));
    expect(loads[0]!.detail).toMatchObject({ hospitalId: feed.hospital.id, updatedAt: feed.updatedAt });
  });
});
