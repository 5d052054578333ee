/**
 * Civil (calendar) dates and wall-clock times, with no time zone at all.
 *
 * A date is handled as a day number: days since 1970-01-01 in the proleptic Gregorian
 * calendar. Every conversion is integer arithmetic, so nothing here depends on the zone of
 * the machine that runs it.
 */

export type DayNumber = number;
/** Weekdays in ISO order (Monday first): the one list, which the feed's schema takes too. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^(?:([01]\d|2[0-3]):([0-5]\d)|(24):(00))$/;

/** Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's days_from_civil). */
export function dayFromCivil(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The year, month (1–12) and day of a day number (Hinnant's civil_from_days). */
export function civilFromDay(dayNumber: DayNumber): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True for a well-formed `YYYY-MM-DD` that names a real calendar date. */
export function isDateString(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(m[1]), month);
}

/** Day number of a `YYYY-MM-DD` string; `undefined` when it is not a real date. */
export function parseDate(value: string): DayNumber | undefined {
  if (!isDateString(value)) return undefined;
  return dayFromCivil(Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10)));
}

const pad2 = (n: number) => (n < 10 ? '0' : '') + n;

/** The same day of the month `months` away (clamped to the month's end). */
export function addMonths(day: DayNumber, months: number): DayNumber {
  const { year, month, day: d } = civilFromDay(day);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const last = dayFromCivil(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - 1;
  return Math.min(dayFromCivil(y, m, d), last);
}

/** `YYYY-MM-DD` of a day number. */
export function formatDate(dayNumber: DayNumber): string {
  const { year, month, day } = civilFromDay(dayNumber);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** The year of a day number. */
export function yearOf(dayNumber: DayNumber): number {
  return civilFromDay(dayNumber).year;
}

/** Index of the weekday, 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekdayIndex(dayNumber: DayNumber): number {
  return (((dayNumber + 3) % 7) + 7) % 7;
}

export function weekdayOf(dayNumber: DayNumber): Weekday {
  return WEEKDAYS[weekdayIndex(dayNumber)]!;
}

export function isWeekend(dayNumber: DayNumber): boolean {
  return weekdayIndex(dayNumber) >= 5;
}

/** True for `HH:MM` in 24-hour time, `24:00` included (an end of day). */
export function isTimeString(value: string): boolean {
  return TIME_RE.test(value);
}

/** Minutes since midnight of `HH:MM` (`24:00` → 1440); `undefined` when malformed. */
export function parseTime(value: string): number | undefined {
  const m = TIME_RE.exec(value);
  if (!m) return undefined;
  return m[3] ? 1440 : Number(m[1]) * 60 + Number(m[2]);
}

const TIME_STRINGS: string[] = Array.from({ length: 1441 }, (_, i) => `${pad2(Math.floor(i / 60))}:${pad2(i % 60)}`);

/** `HH:MM` of minutes since midnight (0–1440); strings are shared, not rebuilt. */
export function formatTime(minutes: number): string {
  return TIME_STRINGS[minutes] ?? `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}
