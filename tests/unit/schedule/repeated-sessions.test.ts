/**
 * A session written twice (a roster line pasted again, a notice session repeated, a clinic
 * type listed twice) resolved to every line twice: the hours view, `schedule`, the slots
 * and the calendar export all showed each clinic double.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatDate, parseDate } from '../../../utils/date/civil';
import type { Feed, Notice } from '../../../utils/feed/schema';
import { ScheduleEngine } from '../../../utils/schedule/engine';
import { slotsInRange } from '../../../utils/schedule/slots';
import { feedWith } from '../../helpers/feed';

const day = (date: string) => parseDate(date)!;
const lines = (feed: Feed, date: string) =>
  new ScheduleEngine(feed)
    .resolveLines(day(date), { departments: ['peds'] })
    .map((l) => `${l.status} ${l.start}-${l.end}${l.status === 'open' ? ` ${l.clinicType}` : ''}`);
const notice = (entries: Notice['entries']): Notice => ({
  id: 'n',
  title: 'n',
  publishedAt: '2026-11-20T09:00:00+08:00',
  entries,
});

describe('the roster', () => {
  test('an identical session gives its line once, its slots once', () => {
    const feed = feedWith((f) => f.schedule.regular.push({ ...f.schedule.regular[0]!, days: ['thu', 'fri'] }));
    // 2026-11-26 is a Thursday.
    expect(lines(feed, '2026-11-26')).toEqual(['open 08:00-12:00 general', 'open 13:30-17:00 expert']);
    const slots = slotsInRange(new ScheduleEngine(feed), day('2026-11-26'), day('2026-11-27'), {
      departments: ['peds'],
    });
    expect(slots.filter((s) => s.startMinute === 8 * 60)).toHaveLength(2); // Thursday and Friday
  });

  test('identical but for their dates: once where both run, each alone where only it runs', () => {
    const feed = feedWith((f) =>
      f.schedule.regular.push({ ...f.schedule.regular[0]!, validFrom: '2026-11-20', validThrough: '2026-11-30' }),
    );
    expect(lines(feed, '2026-11-26')).toEqual(['open 08:00-12:00 general', 'open 13:30-17:00 expert']);
    const seasonalFirst = feedWith((f) => {
      f.schedule.regular[0]!.validThrough = '2026-11-25';
      f.schedule.regular.push({ ...f.schedule.regular[0]!, validFrom: '2026-11-24', validThrough: undefined });
      f.schedule.regular.push({ ...f.schedule.regular[0]!, validFrom: '2026-11-20', validThrough: '2026-11-30' });
    });
    for (const date of ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-12-01'])
      expect(
        lines(seasonalFirst, date).filter((l) => l.startsWith('open 08:00')),
        date,
      ).toEqual(['open 08:00-12:00 general']);
  });

  test('any number of copies with any dates: one line on each date some copy covers, none elsewhere', () => {
    const first = day('2026-11-02'); // a Monday
    const window = fc
      .tuple(fc.option(fc.integer({ min: 0, max: 60 })), fc.option(fc.integer({ min: 0, max: 60 })))
      .map(([a, b]) => (a !== null && b !== null && b < a ? [b, a] : [a, b]) as [number | null, number | null]);
    fc.assert(
      fc.property(fc.array(window, { minLength: 1, maxLength: 12 }), (windows) => {
        const feed = feedWith((f) => {
          f.schedule.regular = windows.map(([a, b]) => ({
            department: 'peds',
            days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
            start: '08:00',
            end: '12:00',
            ...(a === null ? {} : { validFrom: formatDate(first + a) }),
            ...(b === null ? {} : { validThrough: formatDate(first + b) }),
          }));
          f.schedule.onHoliday = 'regular';
          f.schedule.makeupRoster = 'mon';
        });
        const engine = new ScheduleEngine(feed);
        for (let d = -2; d <= 62; d++) {
          const covered = windows.some(([a, b]) => (a === null || a <= d) && (b === null || d <= b));
          const open = engine.resolveDay(first + d, { departments: ['peds'] });
          expect(open.length, formatDate(first + d)).toBe(covered ? 1 : 0);
        }
      }),
      { numRuns: process.env.CI ? 100 : 300 },
    );
  });

  test('twenty thousand copies of one session build the engine at once', () => {
    const feed = feedWith((f) => {
      for (let i = 0; i < 20_000; i++)
        f.schedule.regular.push({ ...f.schedule.regular[0]!, validFrom: formatDate(day('2026-01-01') + (i % 400)) });
    });
    expect(lines(feed, '2026-11-26')).toEqual(['open 08:00-12:00 general', 'open 13:30-17:00 expert']);
  });

  test('sessions that differ in anything a line shows are both kept', () => {
    for (const change of [
      { end: '11:00' },
      { clinicType: 'expert' },
      { slotMinutes: 15 },
      { capacityPerSlot: 4 },
      { doctor: '王医生' },
    ]) {
      const feed = feedWith((f) => f.schedule.regular.push({ ...f.schedule.regular[0]!, ...change }));
      expect(
        lines(feed, '2026-11-27').filter((l) => l.startsWith('open 08:00')),
        JSON.stringify(change),
      ).toHaveLength(2);
    }
  });
});

describe('notices', () => {
  test('a session repeated in an open entry, or one written with the type it takes anyway, opens once', () => {
    const feed = feedWith(
      (f) =>
        (f.schedule.notices = [
          notice([
            {
              date: '2026-11-26',
              status: 'open',
              departments: ['peds'],
              sessions: [
                { start: '09:00', end: '11:00' },
                { start: '09:00', end: '11:00', clinicType: 'general' },
                { start: '09:00', end: '11:00', slotMinutes: 30 },
                { start: '14:00', end: '16:00' },
              ],
            },
          ]),
        ]),
    );
    expect(lines(feed, '2026-11-26')).toEqual(['open 09:00-11:00 general', 'open 14:00-16:00 general']);
  });

  test('a clinic type listed twice opens its hours once', () => {
    const feed = feedWith(
      (f) =>
        (f.schedule.notices = [
          notice([{ date: '2026-11-26', status: 'open', part: 'am', clinicTypes: ['expert', 'expert'] }]),
        ]),
    );
    expect(lines(feed, '2026-11-26')).toEqual([
      'open 00:00-12:00 expert',
      'open 08:00-12:00 general',
      'open 13:30-17:00 expert',
    ]);
  });
});
