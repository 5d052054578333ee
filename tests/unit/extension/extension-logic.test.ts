import { describe, expect, test } from 'vitest';
import { nationalCalendar } from '../../../utils/calendar/holiday-calendar';
import { formatDate, parseDate } from '../../../utils/date/civil';
import { clearclinicLinks, discoverFeed } from '../../../utils/extension/adapters/discover-feed';
import { nextWeekendDay, openWhen, quickDates } from '../../../utils/extension/open-when';
import { scheduleChanges } from '../../../utils/extension/schedule-changes';
import { categoryName } from '../../../utils/feed/category-names';
import { searchDepartments } from '../../../utils/feed/department-search';
import { textIn } from '../../../utils/i18n/local-text';
import { ScheduleEngine } from '../../../utils/schedule/engine';
import { baseFeed, feedWith } from '../../helpers/feed';

const day = (s: string) => parseDate(s)!;

describe('open when', () => {
  test('儿科, "pediatrics" and 小儿 all find 小儿内科 of category pediatrics; other words do not', () => {
    const peds = baseFeed().departments[0]!;
    for (const q of ['儿科', 'pediatrics', 'Pediatrics', '小儿', '小儿内科', '', 'children'])
      expect(searchDepartments([peds], q), q).toEqual([peds]);
    for (const q of ['眼科', 'dental', 'xyz']) expect(searchDepartments([peds], q), q).toEqual([]);
    expect(categoryName('pediatrics', 'zh-CN')).toBe('儿科');
    expect(categoryName('unknown-thing', 'en')).toBe('unknown-thing');
  });

  test('one date across hospitals: open departments with sessions and the notice that decided them', () => {
    const open = feedWith((f) => {
      f.hospital.id = 'b';
      f.schedule.notices = [
        {
          id: 'spring',
          title: '春节门诊安排',
          publishedAt: '2026-02-01T10:00:00+08:00',
          entries: [
            { date: '2026-02-18', status: 'open', departments: ['peds'], sessions: [{ start: '09:00', end: '11:00' }] },
          ],
        },
      ];
    });
    const hospitals = [baseFeed(), open].map((feed) => ({ feed, engine: new ScheduleEngine(feed) }));
    const [a, b] = openWhen(hospitals, day('2026-02-18'), '儿科');
    expect(a!.day).toMatchObject({ dayType: 'holiday', holidayName: { 'zh-CN': '春节' } });
    expect(a!.departments).toEqual([]);
    expect(
      b!.departments.map((d) => [
        d.department.id,
        d.sessions.map((s) => `${s.start}-${s.end}`),
        d.notices.map((n) => n.id),
      ]),
    ).toEqual([['peds', ['09:00-11:00'], ['spring']]]);
    // The base feed says nothing of make-up days: pediatrics is listed apart as not announced, never as open.
    const [silent] = openWhen(hospitals.slice(0, 1), day('2026-02-14'), '');
    expect(silent!.departments.map((d) => d.department.id)).toEqual(['er']);
    expect(silent!.unknown.map((d) => [d.department.id, d.lines[0]!.basis])).toEqual([['peds', 'not-stated']]);
    // With makeupRoster, a make-up Saturday runs Monday's roster; departments come in the hospital's own order.
    const monday = feedWith((f) => (f.schedule.makeupRoster = 'mon'));
    const [makeup] = openWhen([{ feed: monday, engine: new ScheduleEngine(monday) }], day('2026-02-14'), '');
    expect(makeup!.departments.map((d) => [d.department.id, d.sessions[0]!.basis])).toEqual([
      ['peds', 'roster:mon'],
      ['er', 'always-open'],
    ]);
    expect(makeup!.unknown).toEqual([]);
  });

  test('emergency-only departments are listed apart, with where to go', () => {
    const feed = feedWith((f) => {
      f.schedule.notices = [
        {
          id: 'n',
          title: '国庆',
          publishedAt: '2026-09-01T10:00:00+08:00',
          entries: [
            { date: '2026-10-02', status: 'emergency-only', departments: ['peds'], referTo: { department: 'er' } },
          ],
        },
      ];
    });
    const [r] = openWhen([{ feed, engine: new ScheduleEngine(feed) }], day('2026-10-02'), '');
    expect(r!.departments.map((d) => d.department.id)).toEqual(['er']);
    expect(r!.emergencyOnly.map((d) => [d.department.id, d.lines[0]!.referTo])).toEqual([
      ['peds', { department: 'er' }],
    ]);
    expect(r!.unknown).toEqual([]);
  });

  test('the default date is the next weekend day', () => {
    expect(formatDate(nextWeekendDay(day('2026-11-25')))).toBe('2026-11-28');
    expect(formatDate(nextWeekendDay(day('2026-11-29')))).toBe('2026-11-29');
  });

  const quick = (today: string) =>
    quickDates(day(today), nationalCalendar()).map((q) =>
      `${formatDate(q.day)} ${q.kind} ${q.name ? textIn(q.name, 'zh-CN') : ''}${q.pending ? ' pending' : ''}`.trim(),
    );

  test('quick dates: the coming weekend, then the next holiday’s days off and make-up workdays by name', () => {
    // Before 春节 2026: the weekend, then the nine days off and both make-up Saturdays.
    expect(quick('2026-02-04')).toEqual([
      '2026-02-07 weekend',
      '2026-02-08 weekend',
      '2026-02-14 makeup-workday 春节',
      ...['15', '16', '17', '18', '19', '20', '21', '22', '23'].map((d) => `2026-02-${d} off 春节`),
      '2026-02-28 makeup-workday 春节',
    ]);
    // Inside a holiday: only what is still ahead, and the weekend days it covers are offered once, by name.
    expect(quick('2026-10-03')).toEqual([
      ...['03', '04', '05', '06', '07'].map((d) => `2026-10-${d} off 国庆节`),
      '2026-10-10 makeup-workday 国庆节',
    ]);
  });

  test('quick dates: a pending year’s statutory days, marked, with no make-up day guessed', () => {
    // 2027's arrangement is not in the built-in table: 元旦 is the law's one day.
    expect(quick('2026-12-02')).toEqual(['2026-12-05 weekend', '2026-12-06 weekend', '2027-01-01 off 元旦 pending']);
    // A Sunday: today is the weekend's last day.
    expect(quick('2026-11-29')[0]).toBe('2026-11-29 weekend');
    expect(quick('2026-11-29')[1]).toBe('2027-01-01 off 元旦 pending');
  });
});

describe('discovery', () => {
  const feed = JSON.stringify(baseFeed());
  const site = (pages: Record<string, { body: string; type?: string; status?: number }>) =>
    (async (url: string) => {
      const page = pages[url];
      if (!page) return new Response('no', { status: 404 });
      return new Response(page.body, {
        status: page.status ?? 200,
        headers: { 'content-type': page.type ?? 'application/json' },
      });
    }) as unknown as typeof fetch;

  test('reads only link rel~=clearclinic, resolved against the page, http(s) only', () => {
    const html = `<link rel="stylesheet" href="/a.css"><LINK REL='alternate clearclinic' HREF='/feeds/x.json'><link rel=clearclinic href="javascript:alert(1)"><link href="https://other.example/f.json" rel="clearclinic">`;
    expect(clearclinicLinks(html, 'https://h.example/dept/page.html')).toEqual([
      'https://h.example/feeds/x.json',
      'https://other.example/f.json',
    ]);
  });

  test('a feed URL, a page naming its feed, or the origin’s well-known feed', async () => {
    expect(
      await discoverFeed('https://h.example/f.json', site({ 'https://h.example/f.json': { body: feed } })),
    ).toMatchObject({ ok: true, via: 'feed', feedUrl: 'https://h.example/f.json' });
    const page = {
      body: '<html><head><link rel="clearclinic" href="/data/feed.json"></head></html>',
      type: 'text/html; charset=utf-8',
    };
    expect(
      await discoverFeed(
        'https://h.example/',
        site({ 'https://h.example/': page, 'https://h.example/data/feed.json': { body: feed } }),
      ),
    ).toMatchObject({ ok: true, via: 'link', feedUrl: 'https://h.example/data/feed.json' });
    const plain = { body: '<html>no link</html>', type: 'text/html' };
    expect(
      await discoverFeed(
        'https://h.example/about',
        site({ 'https://h.example/about': plain, 'https://h.example/.well-known/clearclinic.json': { body: feed } }),
      ),
    ).toMatchObject({ ok: true, via: 'well-known' });
    expect(await discoverFeed('https://h.example/about', site({ 'https://h.example/about': plain }))).toEqual({
      ok: false,
      reason: 'not-found',
    });
    expect(await discoverFeed('javascript:alert(1)')).toEqual({ ok: false, reason: 'url' });
    expect(await discoverFeed('not a url')).toEqual({ ok: false, reason: 'url' });
    const down = (async () => {
      throw new TypeError('offline');
    }) as unknown as typeof fetch;
    expect(await discoverFeed('https://h.example/', down)).toMatchObject({ ok: false, reason: 'network' });
  });
});

describe('schedule changes in the next 14 days', () => {
  test('new and changed notices, weekend and holiday sessions added or removed; weekday-only changes are not news', () => {
    const from = day('2026-11-23');
    const before = baseFeed();
    const after = feedWith((f) => {
      f.schedule.regular = f.schedule.regular.filter((s) => !s.days.includes('sun'));
      f.schedule.regular[0]!.end = '11:00'; // weekdays only
      f.schedule.notices = [
        {
          id: 'stop',
          title: '停诊通知',
          publishedAt: '2026-11-22T10:00:00+08:00',
          entries: [{ date: '2026-11-28', status: 'closed', departments: ['peds'] }],
        },
      ];
    });
    const changes = scheduleChanges(before, after, from);
    expect(changes.filter((c) => c.kind === 'notice-added')).toEqual([
      { kind: 'notice-added', noticeId: 'stop', title: '停诊通知' },
    ]);
    // Saturday 11-28 closed by the notice; the Sundays dropped from the roster. Other Saturdays are unchanged.
    expect(changes.filter((c) => c.kind === 'session-removed').map((c) => 'date' in c && c.date)).toEqual([
      '2026-11-28',
      '2026-11-29',
      '2026-12-06',
    ]);
    expect(changes.some((c) => c.kind === 'session-added')).toBe(false);
    expect(scheduleChanges(before, structuredClone(before), from)).toEqual([]);
    const changedNotice = structuredClone(after);
    changedNotice.schedule.notices![0]!.entries[0]!.status = 'open';
    changedNotice.schedule.notices![0]!.entries[0]!.sessions = [{ start: '08:00', end: '09:00' }];
    expect(scheduleChanges(after, changedNotice, from).map((c) => c.kind)).toEqual(['notice-changed', 'session-added']);
  });
});
