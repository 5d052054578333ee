import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { LunarDay, type SolarDay, SolarTerm } from 'tyme4ts';
import { describe, expect, test, vi } from 'vitest';
import { deriveStatutoryTable, formatStatutoryTable, TARGET } from '../../../scripts/statutory-update';
import national from '../../../utils/calendar/national-days.json';
import {
  STATUTORY_YEARS,
  type StatutoryKey,
  statutoryDays,
  statutoryHolidayOn,
  statutoryHolidaysOn,
} from '../../../utils/calendar/statutory';
import table from '../../../utils/calendar/statutory-days.json';
import { dayFromCivil, formatDate, parseDate } from '../../../utils/date/civil';

const KEYS = [
  'new-years-day',
  'spring-festival',
  'tomb-sweeping-day',
  'labour-day',
  'dragon-boat-festival',
  'mid-autumn-festival',
  'national-day',
] as const satisfies readonly StatutoryKey[];
const { first: FIRST, last: LAST } = STATUTORY_YEARS;
const allYears = () => Array.from({ length: LAST - FIRST + 1 }, (_, i) => FIRST + i);
const lines = (year: number) => statutoryDays(year).map(({ date, key }) => `${date} ${key}`);
const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: SolarDay) => `${d.getYear()}-${pad(d.getMonth())}-${pad(d.getDay())}`;
const range = (from: string, to: string) => {
  const out: string[] = [];
  for (let d = parseDate(from)!; d <= parseDate(to)!; d++) out.push(formatDate(d));
  return out;
};
/** The days of each holiday of a year, from the module. */
const byKey = (year: number) => {
  const out: Partial<Record<StatutoryKey, string[]>> = {};
  for (const { date, key } of statutoryDays(year)) {
    out[key] ??= [];
    out[key].push(date);
  }
  return out;
};

/**
 * The statutory days of a year straight from tyme4ts and the law as the brief states it,
 * without the table: what the module must answer.
 */
function fromPackage(year: number): string[] {
  const law =
    year <= 2013
      ? { eve: true, fromNewYear: 2, labour: 1 }
      : year <= 2024
        ? { eve: false, fromNewYear: 3, labour: 1 }
        : { eve: true, fromNewYear: 3, labour: 2 };
  const newYear = LunarDay.fromYmd(year, 1, 1).getSolarDay();
  const out: [string, StatutoryKey][] = [[`${year}-01-01`, 'new-years-day']];
  if (law.eve) out.push([iso(newYear.next(-1)), 'spring-festival']);
  for (let i = 0; i < law.fromNewYear; i++) out.push([iso(newYear.next(i)), 'spring-festival']);
  out.push([iso(SolarTerm.fromName(year, '清明').getSolarDay()), 'tomb-sweeping-day']);
  for (let i = 1; i <= law.labour; i++) out.push([`${year}-05-0${i}`, 'labour-day']);
  out.push([iso(LunarDay.fromYmd(year, 5, 5).getSolarDay()), 'dragon-boat-festival']);
  out.push([iso(LunarDay.fromYmd(year, 8, 15).getSolarDay()), 'mid-autumn-festival']);
  for (let i = 1; i <= 3; i++) out.push([`${year}-10-0${i}`, 'national-day']);
  out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : KEYS.indexOf(a[1]) - KEYS.indexOf(b[1])));
  return out.map(([date, key]) => `${date} ${key}`);
}

/** date → holiday key of the published days off in national-days.json. */
const publishedOff = new Map<string, string>();
for (const [key, from, to] of (national as unknown as { off: [string, string, string][] }).off)
  for (const date of range(from, to)) publishedOff.set(date, key);

describe('the table', () => {
  test('is exactly what calendar:statutory derives from tyme4ts, byte for byte', () => {
    const derived = deriveStatutoryTable();
    expect(readFileSync(TARGET, 'utf8')).toBe(formatStatutoryTable(derived));
    expect(table).toEqual(JSON.parse(JSON.stringify(derived)));
    expect(table.source).toMatch(/^tyme4ts@\d+\.\d+\.\d+/);
  });

  test('covers 2008–2100, one row a year', () => {
    expect(STATUTORY_YEARS).toEqual({ first: 2008, last: 2100 });
    expect(table.rows).toHaveLength(2100 - 2008 + 1);
  });

  test('stays small: the widget ships it', () => {
    expect(readFileSync(TARGET).byteLength).toBeLessThan(3000);
  });
});

describe('statutory days by the law in force', () => {
  test('every year 2008–2100 is what tyme4ts and the law give', () => {
    for (const year of allYears()) expect(lines(year), String(year)).toEqual(fromPackage(year));
  });

  test('除夕 is the last day of the lunar year, 腊月廿九 when 腊月 is short', () => {
    const short: number[] = [];
    for (const year of allYears()) {
      const newYear = LunarDay.fromYmd(year, 1, 1).getSolarDay();
      const eve = newYear.next(-1).getLunarDay();
      expect(eve.getYear(), String(year)).toBe(year - 1);
      expect(eve.getLunarMonth().getMonth(), String(year)).toBe(12);
      expect(eve.getDay(), String(year)).toBe(eve.getLunarMonth().getDayCount());
      if (eve.getDay() === 29) short.push(year);
    }
    // Known 廿九 eves: 2025-01-28, 2026-02-16, 2027-02-05, 2028-01-25.
    expect(short).toEqual(expect.arrayContaining([2025, 2026, 2027, 2028]));
    for (const [year, eve] of [
      [2025, '2025-01-28'],
      [2026, '2026-02-16'],
      [2027, '2027-02-05'],
    ] as const) {
      expect(statutoryDays(year).find((d) => d.key === 'spring-festival')?.date).toBe(eve);
    }
  });

  test('2024 (law of 2014–2024) as published: 春节 初一–初三 without 除夕, 劳动节 5/1 only', () => {
    expect(byKey(2024)).toEqual({
      'new-years-day': ['2024-01-01'],
      'spring-festival': ['2024-02-10', '2024-02-11', '2024-02-12'],
      'tomb-sweeping-day': ['2024-04-04'],
      'labour-day': ['2024-05-01'],
      'dragon-boat-festival': ['2024-06-10'],
      'mid-autumn-festival': ['2024-09-17'],
      'national-day': ['2024-10-01', '2024-10-02', '2024-10-03'],
    });
    expect(statutoryHolidayOn('2024-02-09')).toBeUndefined(); // 除夕 2024: not statutory before 2025
    expect(statutoryHolidayOn('2024-05-02')).toBeUndefined();
  });

  test('2025 (law of 2025): 13 days, 除夕 on 腊月廿九, 中秋 10-06 apart from 国庆', () => {
    expect(byKey(2025)).toEqual({
      'new-years-day': ['2025-01-01'],
      'spring-festival': ['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'],
      'tomb-sweeping-day': ['2025-04-04'],
      'labour-day': ['2025-05-01', '2025-05-02'],
      'dragon-boat-festival': ['2025-05-31'],
      'mid-autumn-festival': ['2025-10-06'],
      'national-day': ['2025-10-01', '2025-10-02', '2025-10-03'],
    });
  });

  test('2026: 除夕 02-16, 清明 04-05, 端午 06-19, 中秋 09-25', () => {
    expect(byKey(2026)).toEqual({
      'new-years-day': ['2026-01-01'],
      'spring-festival': ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19'],
      'tomb-sweeping-day': ['2026-04-05'],
      'labour-day': ['2026-05-01', '2026-05-02'],
      'dragon-boat-festival': ['2026-06-19'],
      'mid-autumn-festival': ['2026-09-25'],
      'national-day': ['2026-10-01', '2026-10-02', '2026-10-03'],
    });
  });

  test('every statutory day of 2024–2026 is a day off of the State Council calendar, under the same holiday', () => {
    for (const year of [2024, 2025, 2026]) {
      expect((national as unknown as { years: number[] }).years).toContain(year);
      for (const { date, key } of statutoryDays(year)) expect(publishedOff.get(date), date).toBe(key);
    }
  });

  test('every statutory day of 2008–2023 is a day off in chinese-days (the source of the published calendar)', () => {
    const require = createRequire(import.meta.url);
    const source = JSON.parse(readFileSync(require.resolve('chinese-days/dist/chinese-days.json'), 'utf8')) as {
      holidays: Record<string, string>;
    };
    const keyOf = (label: string) =>
      label
        .split(',')[0]!
        .toLowerCase()
        .replace(/'/g, '')
        .replace(/[^a-z]+/g, '-')
        .replace(/^-|-$/g, '');
    // chinese-days lacks 2012-06-23 (端午, a Saturday; the notice gave 06-22 – 06-24 off).
    const gaps = new Set(['2012-06-23']);
    for (let year = 2008; year <= 2023; year++) {
      for (const { date } of statutoryDays(year)) {
        if (gaps.has(date)) continue;
        const label = source.holidays[date];
        expect(label, date).toBeDefined();
        // A date that is 中秋 and 国庆 carries one of the two names there.
        expect(statutoryHolidaysOn(date), date).toContain(keyOf(label!));
      }
    }
  });

  test('2027, pending today: exactly the law of 2025 on the lunar dates', () => {
    expect(lines(2027)).toEqual([
      '2027-01-01 new-years-day',
      '2027-02-05 spring-festival',
      '2027-02-06 spring-festival',
      '2027-02-07 spring-festival',
      '2027-02-08 spring-festival',
      '2027-04-05 tomb-sweeping-day',
      '2027-05-01 labour-day',
      '2027-05-02 labour-day',
      '2027-06-09 dragon-boat-festival',
      '2027-09-15 mid-autumn-festival',
      '2027-10-01 national-day',
      '2027-10-02 national-day',
      '2027-10-03 national-day',
    ]);
  });

  test('2008–2013: 春节 is 除夕, 初一 and 初二', () => {
    expect(byKey(2008)['spring-festival']).toEqual(['2008-02-06', '2008-02-07', '2008-02-08']);
    expect(byKey(2013)['spring-festival']).toEqual(['2013-02-09', '2013-02-10', '2013-02-11']);
    expect(byKey(2014)['spring-festival']).toEqual(['2014-01-31', '2014-02-01', '2014-02-02']);
  });

  test('中秋 on 国庆 (2020, 2028): the date is listed for both, 中秋 first', () => {
    expect(lines(2020).filter((l) => l.startsWith('2020-10-01'))).toEqual([
      '2020-10-01 mid-autumn-festival',
      '2020-10-01 national-day',
    ]);
    expect(statutoryHolidaysOn('2028-10-03')).toEqual(['mid-autumn-festival', 'national-day']);
    expect(statutoryHolidayOn('2028-10-03')).toBe('mid-autumn-festival');
    expect(statutoryHolidayOn('2028-10-02')).toBe('national-day');
  });

  test('nothing before 2008 or after 2100', () => {
    expect(statutoryDays(2007)).toEqual([]);
    expect(statutoryDays(2101)).toEqual([]);
    expect(statutoryHolidayOn('2007-10-01')).toBeUndefined();
    expect(statutoryHolidayOn('2101-01-01')).toBeUndefined();
  });

  test('keys are the holiday keys of national-days.json', () => {
    expect(Object.keys(national.names).sort()).toEqual([...KEYS].sort());
  });
});

describe('properties', () => {
  test('every year: the law’s count, each holiday in its months, 清明 on 4–6 April, sorted, all in the year', () => {
    for (const year of allYears()) {
      const days = statutoryDays(year);
      const count = year <= 2024 ? 11 : 13;
      expect(days, String(year)).toHaveLength(count);
      const dates = days.map((d) => d.date);
      const midAutumn = days.find((d) => d.key === 'mid-autumn-festival')!.date;
      const shared = midAutumn >= `${year}-10-01` && midAutumn <= `${year}-10-03`;
      expect(new Set(dates).size, String(year)).toBe(count - (shared ? 1 : 0));
      expect(dates, String(year)).toEqual([...dates].sort());
      for (const { date, key } of days) {
        expect(date.slice(0, 4), date).toBe(String(year));
        const md = date.slice(5);
        const within: Record<StatutoryKey, [string, string]> = {
          'new-years-day': ['01-01', '01-01'],
          'spring-festival': ['01-20', '02-21'],
          'tomb-sweeping-day': ['04-04', '04-06'],
          'labour-day': ['05-01', '05-02'],
          'dragon-boat-festival': ['05-27', '06-25'],
          'mid-autumn-festival': ['09-07', '10-08'],
          'national-day': ['10-01', '10-03'],
        };
        const [from, to] = within[key];
        expect(md >= from && md <= to, `${date} ${key}`).toBe(true);
      }
      // 春节 is one run of consecutive days.
      const spring = days.filter((d) => d.key === 'spring-festival').map((d) => parseDate(d.date)!);
      expect(spring.at(-1)! - spring[0]!, String(year)).toBe(spring.length - 1);
    }
  });

  test('a lookup by date agrees with the year’s list', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayFromCivil(2000, 1, 1), max: dayFromCivil(2110, 12, 31) }), (day) => {
        const date = formatDate(day);
        const expected = statutoryDays(Number(date.slice(0, 4)))
          .filter((d) => d.date === date)
          .map((d) => d.key);
        expect([...statutoryHolidaysOn(date)]).toEqual(expected);
        expect(statutoryHolidayOn(date)).toBe(expected[0]);
      }),
      { numRuns: 2000 },
    );
  });

  test('no years but whole ones in range, no dates but YYYY-MM-DD ones', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ max: 2007 }), fc.integer({ min: 2101 }), fc.double({ noInteger: true })),
        (year) => {
          expect(statutoryDays(year)).toEqual([]);
        },
      ),
    );
    fc.assert(
      fc.property(fc.string(), (s) => {
        if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return;
        expect(statutoryHolidayOn(s)).toBeUndefined();
        expect(statutoryHolidaysOn(s)).toEqual([]);
      }),
    );
    expect(statutoryHolidayOn('2027-1-1')).toBeUndefined();
  });

  test('memoized: repeated lookups share one answer, and callers cannot change it', () => {
    expect(statutoryHolidaysOn('2026-02-17')).toBe(statutoryHolidaysOn('2026-02-17'));
    const list = statutoryDays(2026);
    list.pop();
    expect(() => {
      (list[0] as { key: string }).key = 'national-day';
    }).toThrow();
    expect(statutoryDays(2026)).toHaveLength(13);
    expect(statutoryHolidayOn('2026-01-01')).toBe('new-years-day');
  });

  test('the same answers in every time zone, Beijing and both sides of the date line included', async () => {
    const baseline = JSON.stringify(allYears().map(lines));
    const offsets: Record<string, number> = {
      'Asia/Shanghai': 480,
      'Pacific/Kiritimati': 840,
      'Pacific/Pago_Pago': -660,
      'America/Los_Angeles': -480,
      UTC: 0,
    };
    const saved = process.env.TZ;
    try {
      for (const [zone, offset] of Object.entries(offsets)) {
        process.env.TZ = zone;
        expect(0 - new Date(2026, 0, 1).getTimezoneOffset(), zone).toBe(offset);
        vi.resetModules();
        const fresh = await import('../../../utils/calendar/statutory');
        expect(
          JSON.stringify(allYears().map((y) => fresh.statutoryDays(y).map(({ date, key }) => `${date} ${key}`))),
          zone,
        ).toBe(baseline);
        const generator = await import('../../../scripts/statutory-update');
        expect(generator.deriveStatutoryTable().rows, zone).toEqual(table.rows);
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
    expect(process.env.TZ).toBe(saved);
  });
});
