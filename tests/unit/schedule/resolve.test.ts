import { describe, expect, test } from 'vitest';
import { parseDate } from '../../../utils/date/civil';
import type { Feed, Notice } from '../../../utils/feed/schema';
import { type ResolvedSession, ScheduleEngine } from '../../../utils/schedule/engine';
import { baseFeed, feedWith } from '../../helpers/feed';

const day = (date: string) => parseDate(date)!;
/** The sessions of one department on a date, as compact tuples. */
function sessions(feed: Feed, date: string, department = 'peds') {
  return new ScheduleEngine(feed)
    .resolveDay(day(date))
    .filter((s) => s.department === department)
    .map((s) => [s.start, s.end, s.basis]);
}
/** Every line (open and not) of one department on a date: status, start, end, basis. */
function lines(feed: Feed, date: string, department = 'peds') {
  return new ScheduleEngine(feed)
    .resolveLines(day(date))
    .filter((s) => s.department === department)
    .map((s) => [s.status, s.start, s.end, s.basis]);
}
const one = (feed: Feed, date: string, department = 'peds'): ResolvedSession =>
  new ScheduleEngine(feed).resolveDay(day(date)).find((s) => s.department === department)!;

const notice = (id: string, publishedAt: string, entries: Notice['entries']): Notice => ({
  id,
  title: id,
  publishedAt,
  entries,
});

describe('regular roster and day types', () => {
  test('a plain workday runs its own weekday roster', () => {
    // 2026-11-26 is a Thursday: the morning session and the Thursday expert session.
    expect(sessions(baseFeed(), '2026-11-26')).toEqual([
      ['08:00', '12:00', 'regular'],
      ['13:30', '17:00', 'regular'],
    ]);
    const s = one(baseFeed(), '2026-11-26');
    expect(s).toMatchObject({ dayType: 'workday', calendar: 'published', clinicType: 'general', slotMinutes: 30 });
    expect(s.holidayName).toBeUndefined();
  });

  test('weekend sessions run on Saturdays and Sundays and are marked weekend', () => {
    expect(sessions(baseFeed(), '2026-11-28')).toEqual([['08:30', '11:30', 'regular']]);
    expect(sessions(baseFeed(), '2026-11-29')).toEqual([['09:00', '11:00', 'regular']]);
    expect(one(baseFeed(), '2026-11-28').dayType).toBe('weekend');
  });
});

describe('holiday days off (step 2)', () => {
  test('without onHoliday a day off is not stated: unknown all day for outpatient departments, never open or closed', () => {
    // 2026-10-05 (Mon) is a National Day day off.
    expect(sessions(baseFeed(), '2026-10-05')).toEqual([]);
    expect(lines(baseFeed(), '2026-10-05')).toEqual([['unknown', '00:00', '24:00', 'not-stated']]);
    const er = one(baseFeed(), '2026-10-05', 'er');
    expect(er).toMatchObject({ dayType: 'holiday', basis: 'always-open', holidayName: { 'zh-CN': '国庆节' } });
  });

  test('onHoliday closed: nothing at all for outpatient departments', () => {
    const feed = feedWith((f) => (f.schedule.onHoliday = 'closed'));
    expect(lines(feed, '2026-10-05')).toEqual([]);
  });

  test('a weekday that is off by 调休 is a holiday too', () => {
    // 2026-02-20 (Fri) and 2026-02-23 (Mon) are in-lieu days off of Spring Festival.
    for (const date of ['2026-02-20', '2026-02-23']) {
      expect(one(baseFeed(), date, 'er')).toMatchObject({ dayType: 'holiday', holidayName: { 'zh-CN': '春节' } });
      expect(sessions(baseFeed(), date)).toEqual([]);
    }
  });

  test('onHoliday weekend-roster: the Saturday roster, or the Sunday roster on a Sunday', () => {
    const feed = feedWith((f) => (f.schedule.onHoliday = 'weekend-roster'));
    expect(sessions(feed, '2026-10-05')).toEqual([['08:30', '11:30', 'holiday-policy']]); // Monday → sat
    expect(sessions(feed, '2026-10-04')).toEqual([['09:00', '11:00', 'holiday-policy']]); // Sunday → sun
    expect(sessions(feed, '2026-10-03')).toEqual([['08:30', '11:30', 'holiday-policy']]); // Saturday → sat
  });

  test("onHoliday regular: the date's own weekday roster", () => {
    const feed = feedWith((f) => (f.schedule.onHoliday = 'regular'));
    expect(sessions(feed, '2026-10-01')).toEqual([
      ['08:00', '12:00', 'holiday-policy'],
      ['13:30', '17:00', 'holiday-policy'],
    ]); // a Thursday
  });
});

describe('make-up workdays (调休上班)', () => {
  test.each([
    ['2026-01-04', 'sun', '元旦'],
    ['2026-02-14', 'sat', '春节'],
    ['2026-02-28', 'sat', '春节'],
    ['2026-05-09', 'sat', '劳动节'],
    ['2026-09-20', 'sun', '国庆节'],
    ['2026-10-10', 'sat', '国庆节'],
  ])(
    '%s (%s) is not stated without makeupRoster (no default), and never runs its weekend roster',
    (date, _weekday, holiday) => {
      expect(sessions(baseFeed(), date)).toEqual([]);
      expect(lines(baseFeed(), date)).toEqual([['unknown', '00:00', '24:00', 'not-stated']]);
      const monday = feedWith((f) => (f.schedule.makeupRoster = 'mon'));
      expect(sessions(monday, date)).toEqual([['08:00', '12:00', 'roster:mon']]);
      const s = one(monday, date);
      expect(s.dayType).toBe('makeup-workday');
      expect(s.holidayName).toBeUndefined();
      expect(s.makeupFor).toMatchObject({ 'zh-CN': holiday });
      const info = new ScheduleEngine(baseFeed()).dayInfo(day(date));
      expect(info.makeupFor).toMatchObject({ 'zh-CN': holiday });
    },
  );

  test('makeupRoster names the weekday whose roster runs', () => {
    const feed = feedWith((f) => (f.schedule.makeupRoster = 'thu'));
    expect(sessions(feed, '2026-02-14')).toEqual([
      ['08:00', '12:00', 'roster:thu'],
      ['13:30', '17:00', 'roster:thu'],
    ]);
  });
});

describe('notices (step 1)', () => {
  test('a notice beats the calendar: open on a holiday that would be closed', () => {
    const feed = feedWith((f) => {
      f.schedule.notices = [
        notice('spring', '2026-02-01T10:00:00+08:00', [
          {
            date: '2026-02-18',
            status: 'open',
            departments: ['peds'],
            sessions: [{ start: '08:00', end: '12:00', clinicType: 'expert', slotMinutes: 15 }],
          },
        ]),
      ];
    });
    expect(sessions(feed, '2026-02-18')).toEqual([['08:00', '12:00', 'notice:spring']]);
    expect(one(feed, '2026-02-18')).toMatchObject({
      clinicType: 'expert',
      slotMinutes: 15,
      dayType: 'holiday',
      noticeId: 'spring',
    });
    // The neighbouring holiday days stay closed.
    expect(sessions(feed, '2026-02-17')).toEqual([]);
  });

  test('a notice beats the roster: closed on a normal workday', () => {
    const feed = feedWith((f) => {
      f.schedule.notices = [notice('stop', '2026-11-20T10:00:00+08:00', [{ date: '2026-11-26', status: 'closed' }])];
    });
    expect(sessions(feed, '2026-11-26')).toEqual([]);
    // "*" never touches always-open departments.
    expect(sessions(feed, '2026-11-26', 'er')).toEqual([['00:00', '24:00', 'always-open']]);
  });

  test('a roster entry (按星期X排班) runs that weekday’s roster', () => {
    const feed = feedWith((f) => {
      f.schedule.notices = [
        notice('n', '2026-02-01T10:00:00+08:00', [{ date: '2026-02-14', status: 'roster', rosterOf: 'thu' }]),
      ];
    });
    expect(sessions(feed, '2026-02-14')).toEqual([
      ['08:00', '12:00', 'notice:n'],
      ['13:30', '17:00', 'notice:n'],
    ]);
    expect(one(feed, '2026-02-14').rosterOf).toBe('thu');
  });

  test('the later notice wins, compared as instants whatever their offsets', () => {
    const feed = feedWith((f) => {
      f.schedule.notices = [
        // 03:00Z = 11:00 in Shanghai: later than the 10:00+08:00 notice listed after it.
        notice('later', '2026-02-01T03:00:00Z', [
          { date: '2026-02-18', status: 'open', sessions: [{ start: '09:00', end: '11:00' }] },
        ]),
        notice('earlier', '2026-02-01T10:00:00+08:00', [
          { date: '2026-02-18', status: 'open', sessions: [{ start: '08:00', end: '12:00' }] },
        ]),
      ];
    });
    expect(sessions(feed, '2026-02-18')).toEqual([['09:00', '11:00', 'notice:later']]);
  });

  test('equal publishedAt: the notice listed later in the feed wins', () => {
    const feed = feedWith((f) => {
      f.schedule.notices = [
        notice('a', '2026-02-01T10:00:00+08:00', [{ date: '2026-02-18', status: 'closed' }]),
        notice('b', '2026-02-01T10:00:00+08:00', [
          { date: '2026-02-18', status: 'open', sessions: [{ start: '08:00', end: '09:00' }] },
        ]),
      ];
    });
    expect(sessions(feed, '2026-02-18')).toEqual([['08:00', '09:00', 'notice:b']]);
  });

  test('within one notice an entry naming the department beats "*"', () => {
    const feed = feedWith((f) => {
      f.departments.push({ id: 'ent', name: '耳鼻喉科' });
      f.schedule.regular.push({
        department: 'ent',
        days: ['mon', 'tue', 'wed', 'thu', 'fri'],
        start: '08:00',
        end: '11:00',
      });
      f.schedule.notices = [
        notice('n', '2026-02-01T10:00:00+08:00', [
          { date: '2026-02-18', status: 'closed', departments: '*' },
          { date: '2026-02-18', status: 'open', departments: ['peds'], sessions: [{ start: '08:00', end: '10:00' }] },
        ]),
      ];
    });
    expect(sessions(feed, '2026-02-18', 'peds')).toEqual([['08:00', '10:00', 'notice:n']]);
    expect(sessions(feed, '2026-02-18', 'ent')).toEqual([]);
  });

  test('a later "*" notice beats an earlier one naming the department', () => {
    const feed = feedWith((f) => {
      f.schedule.notices = [
        notice('old', '2026-02-01T10:00:00+08:00', [
          { date: '2026-11-26', status: 'open', departments: ['peds'], sessions: [{ start: '08:00', end: '10:00' }] },
        ]),
        notice('new', '2026-02-02T10:00:00+08:00', [{ date: '2026-11-26', status: 'closed', departments: '*' }]),
      ];
    });
    expect(sessions(feed, '2026-11-26')).toEqual([]);
  });

  test('a notice naming another department leaves this one to the calendar', () => {
    const feed = feedWith((f) => {
      f.departments.push({ id: 'ent', name: '耳鼻喉科' });
      f.schedule.notices = [
        notice('n', '2026-02-01T10:00:00+08:00', [{ date: '2026-02-14', status: 'closed', departments: ['ent'] }]),
      ];
      f.schedule.makeupRoster = 'mon';
    });
    expect(sessions(feed, '2026-02-14')).toEqual([['08:00', '12:00', 'roster:mon']]);
  });

  test('always-open departments are open whatever a notice says about them', () => {
    const feed = feedWith((f) => {
      f.schedule.notices = [
        notice('n', '2026-02-01T10:00:00+08:00', [{ date: '2026-02-18', status: 'closed', departments: ['er'] }]),
      ];
    });
    expect(sessions(feed, '2026-02-18', 'er')).toEqual([['00:00', '24:00', 'always-open']]);
  });
});

describe('seasonal rosters (validFrom / validThrough)', () => {
  const seasonal = () =>
    feedWith((f) => {
      f.schedule.regular = [
        { department: 'peds', days: ['mon'], start: '08:00', end: '12:00' },
        {
          department: 'peds',
          days: ['mon'],
          start: '14:30',
          end: '17:30',
          validFrom: '2026-05-01',
          validThrough: '2026-09-30',
        },
        { department: 'peds', days: ['mon'], start: '14:00', end: '17:00', validFrom: '2026-10-01' },
        { department: 'peds', days: ['mon'], start: '14:00', end: '17:00', validThrough: '2026-04-30' },
      ];
    });
  test('summer hours from the first to the last day inclusive, winter hours outside', () => {
    expect(sessions(seasonal(), '2026-04-27')).toEqual([
      ['08:00', '12:00', 'regular'],
      ['14:00', '17:00', 'regular'],
    ]);
    expect(sessions(seasonal(), '2026-05-11')).toEqual([
      ['08:00', '12:00', 'regular'],
      ['14:30', '17:30', 'regular'],
    ]);
    expect(sessions(seasonal(), '2026-09-28')).toEqual([
      ['08:00', '12:00', 'regular'],
      ['14:30', '17:30', 'regular'],
    ]);
    expect(sessions(seasonal(), '2026-10-12')).toEqual([
      ['08:00', '12:00', 'regular'],
      ['14:00', '17:00', 'regular'],
    ]);
  });
  test('boundary days are inclusive', () => {
    const feed = feedWith((f) => {
      f.schedule.regular = [
        {
          department: 'peds',
          days: ['fri'],
          start: '08:00',
          end: '09:00',
          validFrom: '2026-05-01',
          validThrough: '2026-05-01',
        },
      ];
    });
    expect(sessions(feed, '2026-05-01')).toEqual([]); // a holiday: closed by default
    const open = feedWith((f) => {
      f.schedule.regular = [
        {
          department: 'peds',
          days: ['fri'],
          start: '08:00',
          end: '09:00',
          validFrom: '2026-11-27',
          validThrough: '2026-11-27',
        },
      ];
    });
    expect(sessions(open, '2026-11-27')).toEqual([['08:00', '09:00', 'regular']]);
    expect(sessions(open, '2026-12-04')).toEqual([]);
    expect(sessions(open, '2026-11-20')).toEqual([]);
  });
  test('a roster notice uses the seasonal sessions valid on the date itself', () => {
    const feed = seasonal();
    feed.schedule.notices = [
      notice('n', '2026-01-01T00:00:00+08:00', [{ date: '2026-07-04', status: 'roster', rosterOf: 'mon' }]),
    ];
    expect(sessions(feed, '2026-07-04')).toEqual([
      ['08:00', '12:00', 'notice:n'],
      ['14:30', '17:30', 'notice:n'],
    ]);
  });
});

describe('pending years (step 4)', () => {
  test("a pending year's statutory holiday is a day off by law; its other dates follow their weekday and say pending", () => {
    // 2027-01-01 is 元旦 whatever the State Council's 2027 arrangement turns out to be.
    expect(sessions(baseFeed(), '2027-01-01')).toEqual([]);
    expect(lines(baseFeed(), '2027-01-01')).toEqual([['unknown', '00:00', '24:00', 'not-stated']]);
    const er = one(baseFeed(), '2027-01-01', 'er');
    expect(er).toMatchObject({ dayType: 'holiday', calendar: 'pending', holidayName: { 'zh-CN': '元旦' } });
    const closed = feedWith((f) => (f.schedule.onHoliday = 'closed'));
    expect(lines(closed, '2027-02-05')).toEqual([]); // 除夕
    // 2027-01-04 (Mon) is an ordinary date of a pending year: its own roster, marked pending.
    expect(one(baseFeed(), '2027-01-04')).toMatchObject({
      start: '08:00',
      basis: 'regular',
      dayType: 'workday',
      calendar: 'pending',
    });
    // 2027-02-09 (初四) may or may not be off by 调休: its weekday roster, still pending.
    expect(one(baseFeed(), '2027-02-09')).toMatchObject({ basis: 'regular', dayType: 'workday', calendar: 'pending' });
  });
  test('a notice still decides in a pending year, and the result still says pending', () => {
    const feed = feedWith((f) => {
      f.schedule.notices = [notice('ny', '2026-12-20T10:00:00+08:00', [{ date: '2027-01-01', status: 'closed' }])];
    });
    expect(sessions(feed, '2027-01-01')).toEqual([]);
    expect(one(feed, '2027-01-01', 'er').calendar).toBe('pending');
  });
});

describe("the feed's own holidayCalendar", () => {
  test('overrides the national calendar date by date', () => {
    const feed = feedWith((f) => {
      f.holidayCalendar = [
        { date: '2026-11-26', kind: 'off', name: '院庆' },
        { date: '2026-10-05', kind: 'makeup-workday', name: '调整' },
      ];
      f.schedule.makeupRoster = 'mon';
    });
    expect(sessions(feed, '2026-11-26')).toEqual([]);
    expect(one(feed, '2026-11-26', 'er').holidayName).toBe('院庆');
    expect(sessions(feed, '2026-10-05')).toEqual([['08:00', '12:00', 'roster:mon']]);
    // Other national days are untouched.
    expect(sessions(feed, '2026-10-06')).toEqual([]);
  });
  test('publishes a year the built-in calendar lacks', () => {
    const feed = feedWith((f) => {
      f.holidayCalendar = [{ date: '2027-01-01', kind: 'off', name: { 'zh-CN': '元旦', en: "New Year's Day" } }];
    });
    expect(sessions(feed, '2027-01-01')).toEqual([]);
    expect(one(feed, '2027-01-01', 'er')).toMatchObject({ calendar: 'published', dayType: 'holiday' });
    expect(one(feed, '2027-01-04')).toMatchObject({ calendar: 'published', dayType: 'workday' });
  });
});

describe('output order and filters', () => {
  test('sessions are sorted by date, start, then department', () => {
    const feed = feedWith((f) => {
      f.departments.push({ id: 'aaa', name: 'A' }, { id: 'zzz', name: 'Z' });
      f.schedule.regular.push(
        { department: 'zzz', days: ['mon'], start: '07:00', end: '08:00' },
        { department: 'aaa', days: ['mon'], start: '08:00', end: '09:00' },
        { department: 'aaa', days: ['mon'], start: '00:00', end: '01:00' },
      );
    });
    const out = new ScheduleEngine(feed).resolveRange(day('2026-11-30'), day('2026-12-01'));
    const keys = out.map((s) => `${s.date} ${s.start} ${s.department}`);
    expect(keys).toEqual([...keys].sort());
    expect(keys.slice(0, 5)).toEqual([
      '2026-11-30 00:00 aaa',
      '2026-11-30 00:00 er',
      '2026-11-30 07:00 zzz',
      '2026-11-30 08:00 aaa',
      '2026-11-30 08:00 peds',
    ]);
  });
  test('a department filter gives exactly those departments', () => {
    const engine = new ScheduleEngine(baseFeed());
    const all = engine.resolveRange(day('2026-09-28'), day('2026-10-11'));
    const peds = engine.resolveRange(day('2026-09-28'), day('2026-10-11'), { departments: ['peds'] });
    expect(peds).toEqual(all.filter((s) => s.department === 'peds'));
    const noEr = engine.resolveDay(day('2026-09-28'), { includeAlwaysOpen: false });
    expect(noEr.map((s) => s.department)).toEqual(['peds']);
  });
});
