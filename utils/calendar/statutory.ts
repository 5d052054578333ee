/**
 * The statutory holidays (法定节假日) fixed by 《全国年节及纪念日放假办法》, known for any year
 * 2008–2100 before the State Council publishes that year's 调休 arrangement (feed-v1 "Pending
 * years"). Only the law's own days off: never the bridging days or make-up workdays, which are
 * data (see holiday-calendar.ts).
 *
 * The law in force in the Gregorian year of the date:
 * - 2008–2013: 元旦 1/1; 春节 除夕, 初一, 初二; 清明; 劳动节 5/1; 端午; 中秋; 国庆 10/1–10/3 (11 days)
 * - 2014–2024: 元旦; 春节 初一–初三; 清明; 劳动节 5/1; 端午; 中秋; 国庆 10/1–10/3 (11 days)
 * - 2025 on:   元旦; 春节 除夕 + 初一–初三; 清明; 劳动节 5/1–5/2; 端午; 中秋; 国庆 10/1–10/3 (13 days)
 * Years before 2008 (older laws) and after 2100 (no table) have none here.
 *
 * The lunar dates and the Qingming solar-term day come from statutory-days.json, written by
 * `npm run calendar:statutory` from the `tyme4ts` package (a devDependency only). 除夕 is the
 * day before 正月初一 (腊月廿九 in a year whose 腊月 has 29 days).
 *
 * A date that is two holidays (中秋 on 10/1–10/3, as in 2020 and 2028) is listed once for each,
 * 中秋 first (the law's order, and the State Council's "中秋节、国庆节"); a year's count of
 * distinct dates is then one less. All arithmetic is on day numbers: nothing depends on the
 * machine's time zone.
 */
import { type DayNumber, dayFromCivil, formatDate } from '../date/civil';
// Named imports, so a bundler leaves out the table's note and source strings.
import { first, last, rows } from './statutory-days.json';

/** The holiday keys of national-days.json's `names` (清明 is `tomb-sweeping-day` there). */
export type StatutoryKey =
  | 'new-years-day'
  | 'spring-festival'
  | 'tomb-sweeping-day'
  | 'labour-day'
  | 'dragon-boat-festival'
  | 'mid-autumn-festival'
  | 'national-day';

export interface StatutoryDay {
  /** YYYY-MM-DD */
  date: string;
  key: StatutoryKey;
}

/** The years this module knows: the 2008 law is the oldest supported, the table ends at 2100. */
export const STATUTORY_YEARS: { readonly first: number; readonly last: number } = Object.freeze({ first, last });

/** The holidays in the law's order (also the State Council's when two share a period: 中秋节、国庆节). */
export const LAW_ORDER: readonly StatutoryKey[] = [
  'new-years-day',
  'spring-festival',
  'tomb-sweeping-day',
  'labour-day',
  'dragon-boat-festival',
  'mid-autumn-festival',
  'national-day',
];

interface YearDays {
  days: readonly StatutoryDay[];
  byDate: ReadonlyMap<string, readonly StatutoryKey[]>;
}

const NO_KEYS: readonly StatutoryKey[] = Object.freeze([]);
const NONE: YearDays = { days: Object.freeze([]), byDate: new Map() };
const memo = new Map<number, YearDays>();

/** The days of a year within STATUTORY_YEARS. */
function build(year: number): YearDays {
  const row = rows[year - first];
  if (row?.length !== 4) throw new Error(`statutory-days.json: no row for ${year}`);
  const [newYear, qingming, dragonBoat, midAutumn] = row as [number, number, number, number];
  const md = (monthDay: number) => dayFromCivil(year, Math.floor(monthDay / 100), monthDay % 100);
  const springEve = year < 2014 || year >= 2025;
  const springDays = year < 2014 ? 2 : 3; // from 初一
  const labourDays = year >= 2025 ? 2 : 1;

  const out: [DayNumber, StatutoryKey][] = [];
  const run = (first: DayNumber, count: number, key: StatutoryKey) => {
    for (let i = 0; i < count; i++) out.push([first + i, key]);
  };
  run(dayFromCivil(year, 1, 1), 1, 'new-years-day');
  run(md(newYear) - (springEve ? 1 : 0), springDays + (springEve ? 1 : 0), 'spring-festival');
  run(md(qingming), 1, 'tomb-sweeping-day');
  run(dayFromCivil(year, 5, 1), labourDays, 'labour-day');
  run(md(dragonBoat), 1, 'dragon-boat-festival');
  run(md(midAutumn), 1, 'mid-autumn-festival');
  run(dayFromCivil(year, 10, 1), 3, 'national-day');
  out.sort((a, b) => a[0] - b[0] || LAW_ORDER.indexOf(a[1]) - LAW_ORDER.indexOf(b[1]));

  const days: StatutoryDay[] = [];
  const byDate = new Map<string, StatutoryKey[]>();
  for (const [day, key] of out) {
    const date = formatDate(day);
    days.push(Object.freeze({ date, key }));
    const keys = byDate.get(date);
    if (keys) keys.push(key);
    else byDate.set(date, [key]);
  }
  for (const keys of byDate.values()) Object.freeze(keys);
  return { days: Object.freeze(days), byDate };
}

function yearDays(year: number): YearDays {
  let found = memo.get(year);
  if (!found) {
    found = Number.isInteger(year) && year >= first && year <= last ? build(year) : NONE;
    if (found !== NONE) memo.set(year, found);
  }
  return found;
}

/** Every statutory day off of a Gregorian year under the law in force that year, sorted by date; [] outside 2008–2100. */
export function statutoryDays(year: number): StatutoryDay[] {
  return yearDays(year).days.slice();
}

/** Every statutory holiday on a `YYYY-MM-DD` date (two when 中秋 falls on 10/1–10/3), in the law's order. */
export function statutoryHolidaysOn(date: string): readonly StatutoryKey[] {
  return yearDays(Number(date.slice(0, 4))).byDate.get(date) ?? NO_KEYS;
}

/** The statutory holiday on a `YYYY-MM-DD` date, if any (中秋 where 中秋 and 国庆 share it). */
export function statutoryHolidayOn(date: string): StatutoryKey | undefined {
  return yearDays(Number(date.slice(0, 4))).byDate.get(date)?.[0];
}

/** 正月初一 (the Spring Festival) of a Gregorian year within STATUTORY_YEARS: 除夕 is the day before. */
export function lunarNewYear(year: number): DayNumber | undefined {
  if (!Number.isInteger(year) || year < first || year > last) return undefined;
  const monthDay = (rows[year - first] as number[] | undefined)?.[0];
  return monthDay === undefined ? undefined : dayFromCivil(year, Math.floor(monthDay / 100), monthDay % 100);
}
