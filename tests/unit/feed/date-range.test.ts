/**
 * Dates centuries away: `0000-01-01` passed, with one calendar.pending warning per year up
 * to today (a thousand warnings, the cap), and `9999-12-31` kept the checker busy for 14 s
 * looking for undecided holidays year by year.
 */
import { describe, expect, test } from 'vitest';
import type { Feed } from '../../../utils/feed/schema';
import { validateFeed } from '../../../utils/feed/validate';
import { feedWith } from '../../helpers/feed';

// biome-ignore lint/suspicious/noExplicitAny: the cases write deliberately wrong values
type AnyFeed = any;
const codes = (feed: Feed) => {
  const r = validateFeed(feed);
  return [...r.errors, ...r.warnings].map((p) => `${p.code} ${p.path}`);
};
type Notice = NonNullable<Feed['schedule']['notices']>[number];
const notice = (entry: { date: string; through?: string }, publishedAt = '2026-11-20T09:00:00+08:00'): Notice => ({
  id: 'n',
  title: 'n',
  publishedAt,
  entries: [{ status: 'closed', ...entry }],
});

describe('date.range: dates and instants from 1949 to 2100', () => {
  test.each<[string, (f: AnyFeed) => void]>([
    ['/schedule/regular/0/validFrom', (f) => (f.schedule.regular[0].validFrom = '0000-01-01')],
    ['/schedule/regular/0/validThrough', (f) => (f.schedule.regular[0].validThrough = '9999-12-31')],
    ['/schedule/alwaysOpen/0/validThrough', (f) => (f.schedule.alwaysOpen[0].validThrough = '2101-01-01')],
    [
      '/schedule/dayParts/0/validFrom',
      (f) => (f.schedule.dayParts = [{ part: 'am', start: '08:00', end: '12:00', validFrom: '1948-12-31' }]),
    ],
    ['/schedule/notices/0/entries/0/date', (f) => (f.schedule.notices = [notice({ date: '0026-05-01' })])],
    [
      '/schedule/notices/0/entries/0/through',
      (f) => (f.schedule.notices = [notice({ date: '2100-12-01', through: '2101-01-01' })]),
    ],
    [
      '/schedule/notices/0/publishedAt',
      (f) => (f.schedule.notices = [notice({ date: '2026-12-01' }, '1900-01-01T00:00:00+08:00')]),
    ],
    ['/updatedAt', (f) => (f.updatedAt = '0001-01-01T00:00:00Z')],
    [
      '/waitTimes/0/periodStart',
      (f) =>
        (f.waitTimes = [
          { department: '*', periodStart: '1900-01-01', periodEnd: '2026-01-31', meanMinutes: 10, sampleSize: 5 },
        ]),
    ],
    ['/holidayCalendar/0/date', (f) => (f.holidayCalendar = [{ date: '2222-01-01', kind: 'off', name: '元旦' }])],
    [
      '/slots/0/end',
      (f) =>
        (f.slots = [
          { department: 'peds', start: '2026-11-26T08:00:00+08:00', end: '3026-11-26T08:30:00+08:00', status: 'free' },
        ]),
    ],
    [
      '/guide/publishedAt',
      (f) =>
        (f.guide = {
          title: '指南',
          url: 'https://example.cn/guide',
          publishedAt: '1000-01-01T00:00:00+08:00',
          items: [{ id: 'a', name: '挂号', materials: [], noMaterials: true, steps: ['到窗口'] }],
        }),
    ],
  ])('%s', (path, edit) => {
    // The only finding: an error, so no engine ran and no calendar.pending came with it.
    expect(codes(feedWith(edit))).toEqual([`date.range ${path}`]);
  });

  test('the bounds are inclusive: 1949-01-01 and 2100-12-31 are dates, the days either side are not', () => {
    const edit = (from: string, through: string) =>
      feedWith((f) => Object.assign(f.schedule.regular[0]!, { validFrom: from, validThrough: through }));
    expect(codes(edit('1949-01-01', '2100-12-31')).filter((c) => c.startsWith('date.'))).toEqual([]);
    expect(codes(edit('1948-12-31', '2101-01-01'))).toEqual([
      'date.range /schedule/regular/0/validFrom',
      'date.range /schedule/regular/0/validThrough',
    ]);
  });

  test('each slot naming such an instant is reported (a repeated instant is not taken from memory)', () => {
    const slot = { department: 'peds', start: '2226-11-26T08:00:00+08:00', end: '2226-11-26T08:30:00+08:00' };
    const feed = feedWith(
      (f) =>
        (f.slots = [
          { ...slot, status: 'free' },
          { ...slot, status: 'full' },
        ]),
    );
    expect(codes(feed)).toEqual([
      'date.range /slots/0/end',
      'date.range /slots/0/start',
      'date.range /slots/1/end',
      'date.range /slots/1/start',
    ]);
  });

  test('the message names the date and the years allowed, in both languages', () => {
    const feed = feedWith((f) => (f.schedule.regular[0]!.validFrom = '0000-01-01'));
    expect(validateFeed(feed).errors[0]!.message).toBe('日期 0000-01-01 超出允许的范围（1949–2100 年）');
    expect(validateFeed(feed, { lang: 'en' }).errors[0]!.message).toBe(
      'Date 0000-01-01 is outside the years allowed (1949–2100)',
    );
  });
});

describe('calendar.pending: one warning for every pending year in reach', () => {
  test('names the runs of years, at the first date found in the first of them', () => {
    const r = validateFeed(
      feedWith((f) => {
        f.updatedAt = '2020-03-01T09:00:00+08:00';
        f.schedule.regular[0]!.validThrough = '2031-06-30';
      }),
      { lang: 'en' },
    );
    const pending = r.warnings.filter((w) => w.code === 'calendar.pending');
    expect(pending.map((w) => `${w.path} ${w.message}`)).toEqual([
      '/updatedAt The feed reaches 2020–2023, 2027–2031, whose national holiday arrangements are not yet published: holiday hours are unconfirmed',
    ]);
    expect(pending[0]!.params).toMatchObject({ year: 2020, years: '2020–2023, 2027–2031', count: 9 });
  });

  test('from 1949 to 2100, still one warning (it was one a year)', () => {
    const r = validateFeed(
      feedWith((f) => {
        f.updatedAt = '1949-01-01T09:00:00+08:00';
        f.schedule.onHoliday = 'closed';
        f.schedule.makeupRoster = 'mon';
        f.schedule.regular[0]!.validThrough = '2100-12-31';
      }),
    );
    expect(r.valid).toBe(true);
    expect(r.warnings.map((w) => w.code)).toEqual(['calendar.pending']);
    expect(r.warnings[0]!.message).toBe(
      '数据涉及 1949–2023、2027–2100 年，而国务院尚未公布这些年份的放假安排：节假日门诊无法确认',
    );
  });

  test('a single pending year reads as one', () => {
    const r = validateFeed(
      feedWith((f) => (f.schedule.notices = [notice({ date: '2027-01-01' })])),
      { lang: 'en' },
    );
    expect(r.warnings.find((w) => w.code === 'calendar.pending')!.message).toBe(
      'The feed reaches 2027, whose national holiday arrangement is not yet published: holiday hours are unconfirmed',
    );
  });
});
