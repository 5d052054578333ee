import { describe, expect, test } from 'vitest';
import { nationalCalendar, nationalDays } from '../../../utils/calendar/holiday-calendar';
import national from '../../../utils/calendar/national-days.json';
import { formatDate, parseDate } from '../../../utils/date/civil';

const cal = nationalCalendar();
const d = (s: string) => parseDate(s)!;
const kind = (s: string) => cal.lookup(d(s))?.kind;

describe('the built-in national calendar', () => {
  test('2024 to 2026 are published; 2027 is pending until the State Council publishes it', () => {
    for (const year of [2024, 2025, 2026]) expect(cal.isPublished(year)).toBe(true);
    expect(cal.isPublished(2027)).toBe(false);
  });

  test('2026 matches the State Council notice of 2025-11-04', () => {
    const offs: [string, string][] = [
      ['2026-01-01', '2026-01-03'],
      ['2026-02-15', '2026-02-23'],
      ['2026-04-04', '2026-04-06'],
      ['2026-05-01', '2026-05-05'],
      ['2026-06-19', '2026-06-21'],
      ['2026-09-25', '2026-09-27'],
      ['2026-10-01', '2026-10-07'],
    ];
    const expectedOff = new Set<string>();
    for (const [a, b] of offs) for (let x = d(a); x <= d(b); x++) expectedOff.add(formatDate(x));
    const expectedMakeup = ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'];
    for (let x = d('2026-01-01'); x <= d('2026-12-31'); x++) {
      const date = formatDate(x);
      const want = expectedOff.has(date) ? 'off' : expectedMakeup.includes(date) ? 'makeup-workday' : undefined;
      expect(kind(date), date).toBe(want);
    }
  });

  test('2025: 春节 from 01-28, make-up days 01-26 and 02-08; 国庆 and 中秋 share 10-01 – 10-08', () => {
    expect(kind('2025-01-27')).toBeUndefined();
    expect(kind('2025-01-28')).toBe('off');
    expect(kind('2025-01-26')).toBe('makeup-workday');
    expect(kind('2025-02-08')).toBe('makeup-workday');
    const [period] = cal.periods(d('2025-10-03'), d('2025-10-03'));
    expect(formatDate(period!.first)).toBe('2025-10-01');
    expect(formatDate(period!.last)).toBe('2025-10-08');
    // Two holidays in one period: every day and its make-up days carry both names, in the State Council's order.
    expect(period!.names).toEqual([{ 'zh-CN': '中秋节、国庆节', en: 'Mid-Autumn Festival and National Day' }]);
    expect(cal.lookup(d('2025-10-06'))!.name).toEqual(period!.names[0]);
    expect(cal.lookup(d('2025-10-02'))!.name).toEqual(period!.names[0]);
    expect(cal.lookup(d('2025-09-28'))).toEqual({ kind: 'makeup-workday', name: period!.names[0] });
    expect(period!.makeupDays.map(formatDate)).toEqual(['2025-09-28', '2025-10-11']);
  });

  test('a pending year: its statutory holidays are days off by law, its 调休 unknown', () => {
    expect(cal.isPublished(2027)).toBe(false);
    const off = (date: string) => {
      const e = cal.lookup(d(date));
      return e && `${e.kind} ${typeof e.name === 'string' ? e.name : e.name['zh-CN']}`;
    };
    expect(off('2027-01-01')).toBe('off 元旦');
    expect(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08'].map(off)).toEqual(Array(4).fill('off 春节'));
    expect(off('2027-02-09')).toBeUndefined(); // 初四: off only if the State Council says so
    expect(off('2027-04-05')).toBe('off 清明节');
    expect(['2027-05-01', '2027-05-02'].map(off)).toEqual(['off 劳动节', 'off 劳动节']);
    expect(off('2027-06-09')).toBe('off 端午节');
    expect(off('2027-09-15')).toBe('off 中秋节');
    expect(['2027-10-01', '2027-10-03'].map(off)).toEqual(['off 国庆节', 'off 国庆节']);
    expect(off('2027-10-04')).toBeUndefined();
    // 2028: 中秋 falls on 10-03, inside 国庆: one period named by both.
    expect(off('2028-10-01')).toBe('off 中秋节、国庆节');
    const periods = cal.periods(d('2027-01-01'), d('2027-12-31'));
    expect(periods.map((p) => `${formatDate(p.first)}/${formatDate(p.last)}`)).toEqual([
      '2027-01-01/2027-01-01',
      '2027-02-05/2027-02-08',
      '2027-04-05/2027-04-05',
      '2027-05-01/2027-05-02',
      '2027-06-09/2027-06-09',
      '2027-09-15/2027-09-15',
      '2027-10-01/2027-10-03',
    ]);
  });

  test('holiday periods are whole runs of days off, even where they start before the range', () => {
    const periods = cal.periods(d('2026-02-20'), d('2026-05-31'));
    expect(periods.map((p) => `${formatDate(p.first)}/${formatDate(p.last)}`)).toEqual([
      '2026-02-15/2026-02-23',
      '2026-04-04/2026-04-06',
      '2026-05-01/2026-05-05',
    ]);
    expect(periods[0]!.makeupDays.map(formatDate)).toEqual(['2026-02-14', '2026-02-28']);
  });

  test('names are given in Chinese and English', () => {
    expect(cal.lookup(d('2026-06-19'))?.name).toEqual({ 'zh-CN': '端午节', en: 'Dragon Boat Festival' });
  });

  test('the data file is what calendar:update writes from chinese-days, no hand edits', async () => {
    const { readFileSync } = await import('node:fs');
    const { createRequire } = await import('node:module');
    const require = createRequire(import.meta.url);
    const source = JSON.parse(readFileSync(require.resolve('chinese-days/dist/chinese-days.json'), 'utf8')) as {
      holidays: Record<string, string>;
      workdays: Record<string, string>;
    };
    const first = Math.min(...(national as unknown as { years: number[] }).years);
    const fromSource = [
      ...Object.keys(source.holidays)
        .filter((k) => Number(k.slice(0, 4)) >= first)
        .map((k) => `${k} off`),
      ...Object.keys(source.workdays)
        .filter((k) => Number(k.slice(0, 4)) >= first)
        .map((k) => `${k} makeup-workday`),
    ].sort();
    expect(
      nationalDays()
        .map(({ date, kind }) => `${date} ${kind}`)
        .sort(),
    ).toEqual(fromSource);
  });
});
