import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  addMonths,
  civilFromDay,
  dayFromCivil,
  formatDate,
  formatTime,
  isDateString,
  parseDate,
  parseTime,
  weekdayOf,
} from '../../../utils/date/civil';
import {
  formatInstant,
  instantOf,
  isValidTimeZone,
  parseInstant,
  todayIn,
  wallClockAt,
  zoneOffsetFromIntl,
  zoneOffsetMinutes,
} from '../../../utils/date/zone';

describe('civil dates', () => {
  test('day numbers round-trip for every date from 1900 to 2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayFromCivil(1900, 1, 1), max: dayFromCivil(2200, 12, 31) }), (dn) => {
        const { year, month, day } = civilFromDay(dn);
        expect(dayFromCivil(year, month, day)).toBe(dn);
        expect(parseDate(formatDate(dn))).toBe(dn);
      }),
    );
  });
  test('agree with Date.UTC and its weekday', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(Date.UTC(1901, 0, 1)), max: new Date(Date.UTC(2199, 0, 1)), noInvalidDate: true }),
        (d) => {
          const dn = Math.floor(d.getTime() / 86_400_000);
          const { year, month, day } = civilFromDay(dn);
          expect([year, month, day]).toEqual([d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]);
          expect(weekdayOf(dn)).toBe(['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'][d.getUTCDay()]);
        },
      ),
    );
  });
  test('known weekdays', () => {
    expect(weekdayOf(parseDate('2026-02-14')!)).toBe('sat');
    expect(weekdayOf(parseDate('2026-01-04')!)).toBe('sun');
    expect(weekdayOf(parseDate('1970-01-01')!)).toBe('thu');
  });
  test('months are added on the calendar, clamped to the month’s end', () => {
    const plus = (date: string, n: number) => formatDate(addMonths(parseDate(date)!, n));
    expect(plus('2026-11-20', 12)).toBe('2027-11-20');
    expect(plus('2026-11-20', -12)).toBe('2025-11-20');
    expect(plus('2026-01-31', 1)).toBe('2026-02-28');
    expect(plus('2024-03-31', -1)).toBe('2024-02-29');
    expect(plus('2026-12-15', 1)).toBe('2027-01-15');
  });

  test('only real dates are dates', () => {
    expect(isDateString('2024-02-29')).toBe(true);
    for (const bad of [
      '2026-02-29',
      '2026-02-30',
      '2026-13-01',
      '2026-00-10',
      '2026-1-1',
      '2026-01-01T00:00',
      ' 2026-01-01',
      '2100-02-29',
    ]) {
      expect(isDateString(bad), bad).toBe(false);
      expect(parseDate(bad)).toBeUndefined();
    }
  });
  test('times: HH:MM in 24 hours, 24:00 as an end', () => {
    expect(parseTime('00:00')).toBe(0);
    expect(parseTime('08:30')).toBe(510);
    expect(parseTime('24:00')).toBe(1440);
    for (const bad of ['8:30', '24:01', '25:00', '12:60', '12:5', '1230', '12:30:00', ''])
      expect(parseTime(bad), bad).toBeUndefined();
    expect(formatTime(510)).toBe('08:30');
    expect(formatTime(1440)).toBe('24:00');
  });
});

describe('zones and instants', () => {
  test('instants need an explicit offset and a real time', () => {
    expect(parseInstant('2026-02-14T08:00:00+08:00')).toBe(Date.UTC(2026, 1, 14, 0, 0));
    expect(parseInstant('2026-02-14T08:00+08:00')).toBe(Date.UTC(2026, 1, 14, 0, 0));
    expect(parseInstant('2026-02-14T00:00:00Z')).toBe(Date.UTC(2026, 1, 14));
    expect(parseInstant('2026-02-13T19:00:00.5-05:00')).toBe(Date.UTC(2026, 1, 14, 0, 0, 0, 500));
    for (const bad of [
      '2026-02-14T08:00:00',
      '2026-02-30T08:00:00+08:00',
      '2026-02-14T24:00:00+08:00',
      '2026-02-14 08:00+08:00',
      'tomorrow',
    ]) {
      expect(parseInstant(bad), bad).toBeUndefined();
    }
  });
  test('wall clock in Shanghai whatever the process zone', () => {
    // 2026-02-13T16:30Z is 00:30 on the 14th in Shanghai.
    const at = Date.UTC(2026, 1, 13, 16, 30);
    expect(wallClockAt('Asia/Shanghai', at)).toEqual({ day: parseDate('2026-02-14'), minute: 30 });
    expect(todayIn('Asia/Shanghai', at)).toBe('2026-02-14');
    expect(todayIn('America/Los_Angeles', at)).toBe('2026-02-13');
    expect(formatInstant('Asia/Shanghai', at)).toBe('2026-02-14T00:30:00+08:00');
  });
  test('instantOf is the inverse of wallClockAt, across daylight-saving changes', () => {
    for (const zone of [
      'Asia/Shanghai',
      'America/New_York',
      'Europe/Berlin',
      'Australia/Lord_Howe',
      'Pacific/Kiritimati',
    ]) {
      fc.assert(
        fc.property(
          fc.integer({ min: dayFromCivil(2020, 1, 1), max: dayFromCivil(2030, 12, 31) }),
          fc.integer({ min: 0, max: 1439 }),
          (day, minute) => {
            const ms = instantOf(zone, day, minute);
            const back = wallClockAt(zone, ms);
            // A time skipped by a spring-forward jump maps to later the same day.
            if (back.day !== day || back.minute !== minute) {
              expect(back.day).toBe(day);
              expect(back.minute).toBeGreaterThan(minute);
              expect(back.minute - minute).toBeLessThanOrEqual(60);
            }
          },
        ),
        { numRuns: 300 },
      );
    }
  });
  test('a skipped time moves forward, a repeated time takes its first occurrence', () => {
    // New York 2026-03-08: 02:00 → 03:00. 2026-11-01: 02:00 → 01:00.
    const gap = instantOf('America/New_York', parseDate('2026-03-08')!, 150);
    expect(formatInstant('America/New_York', gap)).toBe('2026-03-08T03:30:00-04:00');
    const twice = instantOf('America/New_York', parseDate('2026-11-01')!, 90);
    expect(formatInstant('America/New_York', twice)).toBe('2026-11-01T01:30:00-04:00');
    expect(instantOf('Asia/Shanghai', parseDate('2026-02-14')!, 1440)).toBe(Date.UTC(2026, 1, 14, 16));
  });
  test('the China zone fast path agrees with Intl at every instant since 1992, aliases included', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1992, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.constantFrom('Asia/Shanghai', 'Asia/Chongqing', 'Asia/Harbin', 'PRC'),
        (ms, zone) => {
          expect(zoneOffsetMinutes(zone, ms)).toBe(zoneOffsetFromIntl(zone, ms));
        },
      ),
      { numRuns: 2000 },
    );
    // Before 1992 China observed DST (1986–1991): Intl answers, and the answer differs in summer.
    expect(zoneOffsetMinutes('Asia/Shanghai', Date.UTC(1990, 6, 1))).toBe(540);
  });

  test('knows real zones only', () => {
    expect(isValidTimeZone('Asia/Shanghai')).toBe(true);
    expect(isValidTimeZone('Asia/Beijing')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });
});
