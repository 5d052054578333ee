import { describe, expect, test } from 'vitest';
import { parseDate } from '../../../utils/date/civil';
import { formatInstant } from '../../../utils/date/zone';
import { ScheduleEngine } from '../../../utils/schedule/engine';
import { isOpenAt, nextChange, openIntervals } from '../../../utils/schedule/open-intervals';
import { cutSlots, slotsInRange } from '../../../utils/schedule/slots';
import { baseFeed, feedWith } from '../../helpers/feed';

const day = (s: string) => parseDate(s)!;
const at = (iso: string) => Date.parse(iso);

describe('slots', () => {
  test('a session is cut into slotMinutes pieces from its start; a shorter last piece is kept', () => {
    const feed = feedWith((f) => {
      f.schedule.regular = [{ department: 'peds', days: ['mon'], start: '08:00', end: '09:45', slotMinutes: 30 }];
      f.schedule.alwaysOpen = [];
    });
    const engine = new ScheduleEngine(feed);
    const [session] = engine.resolveDay(day('2026-11-30'));
    const slots = cutSlots(session!, engine.timeZone).map((s) => [s.startMinute, s.endMinute]);
    expect(slots).toEqual([
      [480, 510],
      [510, 540],
      [540, 570],
      [570, 585],
    ]);
  });
  test('slots of several departments are ordered by start, then department', () => {
    const feed = feedWith((f) => {
      f.departments.push({ id: 'ent', name: '耳鼻喉科' });
      f.schedule.regular = [
        { department: 'peds', days: ['mon'], start: '08:00', end: '09:00' },
        { department: 'ent', days: ['mon'], start: '08:30', end: '09:30', slotMinutes: 20 },
      ];
      f.schedule.alwaysOpen = [];
    });
    const slots = slotsInRange(new ScheduleEngine(feed), day('2026-11-30'), day('2026-11-30'));
    expect(slots.map((s) => `${s.startMinute} ${s.department}`)).toEqual([
      '480 peds',
      '510 ent',
      '510 peds',
      '530 ent',
      '550 ent',
    ]);
  });
});

describe('open now, next change, open intervals (in the feed zone, whatever the process zone)', () => {
  const engine = new ScheduleEngine(baseFeed());
  const outpatient = { includeAlwaysOpen: false };

  test('open at 09:00 Shanghai on a Thursday, closed at 12:30 and at night', () => {
    expect(isOpenAt(engine, at('2026-11-26T09:00:00+08:00'), outpatient)).toBe(true);
    expect(isOpenAt(engine, at('2026-11-26T12:30:00+08:00'), outpatient)).toBe(false);
    expect(isOpenAt(engine, at('2026-11-26T01:00:00Z'), outpatient)).toBe(true); // 09:00 in Shanghai
    expect(isOpenAt(engine, at('2026-11-26T23:00:00+08:00'), outpatient)).toBe(false);
    // 急诊 is always open, and counts when asked for.
    expect(isOpenAt(engine, at('2026-11-26T23:00:00+08:00'))).toBe(true);
    expect(isOpenAt(engine, at('2026-11-26T23:00:00+08:00'), { departments: ['er'] })).toBe(true);
  });

  test('an end at 12:00 is closed at 12:00 (half-open)', () => {
    expect(isOpenAt(engine, at('2026-11-26T11:59:00+08:00'), outpatient)).toBe(true);
    expect(isOpenAt(engine, at('2026-11-26T12:00:00+08:00'), outpatient)).toBe(false);
  });

  test('next change: the close of the current session, or the next opening', () => {
    const whileOpen = nextChange(engine, at('2026-11-26T09:00:00+08:00'), outpatient)!;
    expect(whileOpen.open).toBe(false);
    expect(formatInstant('Asia/Shanghai', whileOpen.at)).toBe('2026-11-26T12:00:00+08:00');
    const atLunch = nextChange(engine, at('2026-11-26T12:30:00+08:00'), outpatient)!;
    expect(atLunch).toEqual({ at: at('2026-11-26T13:30:00+08:00'), open: true });
    // Over National Day (closed 10-01 – 10-07), the next opening is 10-08.
    const holiday = nextChange(engine, at('2026-09-30T18:00:00+08:00'), outpatient)!;
    expect(formatInstant('Asia/Shanghai', holiday.at)).toBe('2026-10-08T08:00:00+08:00');
    // Always open: nothing ever changes.
    expect(nextChange(engine, at('2026-11-26T09:00:00+08:00'), { departments: ['er'] })).toBeUndefined();
  });

  test('open intervals are merged, clipped, and continuous across midnight for 24-hour services', () => {
    const er = openIntervals(engine, at('2026-11-26T10:00:00+08:00'), at('2026-11-29T10:00:00+08:00'), {
      departments: ['er'],
    });
    expect(er).toEqual([{ start: at('2026-11-26T10:00:00+08:00'), end: at('2026-11-29T10:00:00+08:00') }]);
    const peds = openIntervals(engine, at('2026-11-26T00:00:00+08:00'), at('2026-11-28T00:00:00+08:00'), outpatient);
    expect(peds.map((i) => [formatInstant('Asia/Shanghai', i.start), formatInstant('Asia/Shanghai', i.end)])).toEqual([
      ['2026-11-26T08:00:00+08:00', '2026-11-26T12:00:00+08:00'],
      ['2026-11-26T13:30:00+08:00', '2026-11-26T17:00:00+08:00'],
      ['2026-11-27T08:00:00+08:00', '2026-11-27T12:00:00+08:00'],
    ]);
    expect(openIntervals(engine, at('2026-11-27T00:00:00Z'), at('2026-11-26T00:00:00Z'))).toEqual([]);
  });

  test('another feed zone moves every answer with it', () => {
    const urumqi = new ScheduleEngine(feedWith((f) => (f.timeZone = 'Asia/Urumqi'))); // UTC+6
    // 09:00 in Shanghai is 07:00 in Urumqi: not yet open there.
    expect(isOpenAt(urumqi, at('2026-11-26T09:00:00+08:00'), outpatient)).toBe(false);
    expect(isOpenAt(urumqi, at('2026-11-26T08:30:00+06:00'), outpatient)).toBe(true);
    // 23:30 UTC on the 25th is already the 26th in Shanghai, still the 26th 05:30 in Urumqi.
    expect(engine.today(at('2026-11-25T23:30:00Z'))).toBe(day('2026-11-26'));
    expect(urumqi.today(at('2026-11-25T17:30:00Z'))).toBe(day('2026-11-25'));
  });
});
