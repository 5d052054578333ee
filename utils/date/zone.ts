/**
 * Instants and IANA time zones. The feed's `timeZone` decides every "today" and "now";
 * the zone of the machine or browser never does. Only `Intl` knows zone rules, so its
 * answers are cached: one formatter per zone, one offset per quarter hour.
 */
import { type DayNumber, dayFromCivil, daysInMonth, formatDate, formatTime } from './civil';

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

const MINUTE = 60_000;
const DAY = 86_400_000;
const QUARTER = 15 * MINUTE;

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsetCache = new Map<string, Map<number, number>>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/**
 * Mainland China's zone (and its aliases) has been a constant UTC+08:00 since daylight
 * saving ended in September 1991. Nearly every feed uses it, so its offset after 1992 is
 * answered without Intl, whose first zone-aware formatter loads ICU's zone data (tens of
 * milliseconds on a page's first render). Other zones and earlier instants ask Intl.
 */
const CHINA_ZONES = new Set(['Asia/Shanghai', 'Asia/Chongqing', 'Asia/Chungking', 'Asia/Harbin', 'PRC']);
const CHINA_FIXED_SINCE = Date.UTC(1992, 0, 1);

/** True when `zone` is an IANA zone this runtime knows. */
export function isValidTimeZone(zone: string): boolean {
  if (typeof zone !== 'string' || zone === '') return false;
  if (CHINA_ZONES.has(zone)) return true;
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

/** The offset as Intl computes it (exported for the test that holds the fast path to it). */
export function zoneOffsetFromIntl(zone: string, utcMs: number): number {
  const parts = formatterFor(zone).formatToParts(new Date(utcMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  const utcWhole = Math.floor(utcMs / 1000) * 1000;
  return Math.round((local - utcWhole) / MINUTE);
}

/**
 * Offset of `zone` from UTC, in minutes, at an instant. Cached per quarter hour: every
 * zone transition since 1970 falls on a quarter hour of UTC.
 */
export function zoneOffsetMinutes(zone: string, utcMs: number): number {
  if (utcMs >= CHINA_FIXED_SINCE && CHINA_ZONES.has(zone)) return 480;
  let byQuarter = offsetCache.get(zone);
  if (!byQuarter) {
    byQuarter = new Map();
    offsetCache.set(zone, byQuarter);
  }
  const key = Math.floor(utcMs / QUARTER);
  let offset = byQuarter.get(key);
  if (offset === undefined) {
    offset = zoneOffsetFromIntl(zone, key * QUARTER);
    byQuarter.set(key, offset);
  }
  return offset;
}

export interface WallClock {
  day: DayNumber;
  /** minutes since local midnight, 0–1439 */
  minute: number;
}

/** The wall-clock date and minute in `zone` at an instant. */
export function wallClockAt(zone: string, utcMs: number): WallClock {
  const localMs = utcMs + zoneOffsetMinutes(zone, utcMs) * MINUTE;
  const day = Math.floor(localMs / DAY);
  return { day, minute: Math.floor((localMs - day * DAY) / MINUTE) };
}

/** Today's date in `zone` (as `YYYY-MM-DD`) at an instant, by default now. */
export function todayIn(zone: string, nowMs: number = Date.now()): string {
  return formatDate(wallClockAt(zone, nowMs).day);
}

/**
 * The instant of a wall-clock time in `zone`. `minute` may be 1440 (the next midnight).
 * A time skipped by a daylight-saving jump maps to the instant after the jump; a repeated
 * time maps to its first occurrence.
 */
export function instantOf(zone: string, day: DayNumber, minute: number): number {
  const localMs = day * DAY + minute * MINUTE;
  const offsetBefore = zoneOffsetMinutes(zone, localMs - DAY);
  const offsetAfter = zoneOffsetMinutes(zone, localMs + DAY);
  const early = localMs - offsetBefore * MINUTE;
  if (offsetBefore === offsetAfter) return early;
  const late = localMs - offsetAfter * MINUTE;
  const earlyExists = zoneOffsetMinutes(zone, early) === offsetBefore;
  const lateExists = zoneOffsetMinutes(zone, late) === offsetAfter;
  if (earlyExists && lateExists) return Math.min(early, late);
  if (lateExists) return late;
  // Either only the earlier offset holds, or the time falls in a gap: `early` is then the
  // instant just as far past the jump as the wall time was past its start.
  return early;
}

function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  return sign + formatTime(Math.abs(offsetMinutes));
}

/** ISO 8601 with the zone's offset, e.g. `2026-02-14T08:00:00+08:00`. */
export function formatInstant(zone: string, utcMs: number): string {
  const offset = zoneOffsetMinutes(zone, utcMs);
  const local = wallClockAt(zone, utcMs);
  return `${formatDate(local.day)}T${formatTime(local.minute)}:00${formatOffset(offset)}`;
}

const INSTANT_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const LOCAL_DATETIME_RE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?$/;

/** Milliseconds since the epoch of an ISO 8601 instant with an explicit offset. */
export function parseInstant(value: string): number | undefined {
  const m = INSTANT_RE.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, frac, off] = m;
  const month = Number(mo);
  const hour = Number(h);
  const minute = Number(mi);
  const second = s ? Number(s) : 0;
  const dayOfMonth = Number(d);
  if (
    month < 1 ||
    month > 12 ||
    hour > 23 ||
    minute > 59 ||
    second > 59 ||
    dayOfMonth < 1 ||
    dayOfMonth > daysInMonth(Number(y), month)
  )
    return undefined;
  const day = dayFromCivil(Number(y), month, dayOfMonth);
  let offset = 0;
  if (off !== 'Z') {
    const oh = Number(off!.slice(1, 3));
    const om = Number(off!.slice(4, 6));
    if (oh > 18 || om > 59) return undefined;
    offset = (off![0] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  const ms = frac ? Math.round(Number(frac) * 1000) : 0;
  return day * DAY + (hour * 60 + minute - offset) * MINUTE + second * 1000 + ms;
}

/** True for a date-time that lacks the offset an instant needs (`2026-02-14T08:00:00`). */
export function isLocalDateTime(value: string): boolean {
  return LOCAL_DATETIME_RE.test(value);
}
