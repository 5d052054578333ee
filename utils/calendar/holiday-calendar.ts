/**
 * The national holiday calendar: days off (statutory and 调休) and make-up workdays
 * (调休上班). They are set each year by the State Council and cannot be computed, so they
 * are data: the built-in table (utils/calendar/national-days.json, from `chinese-days`)
 * overlaid date by date with the feed's own `holidayCalendar`. A year with no entry in
 * either is *pending*: nothing about its holidays is known yet.
 */
import { formatDate, parseDate, yearOf, type DayNumber } from '../date/civil';
import type { LocalText } from '../i18n/local-text';
import national from './national-days.json';

export type CalendarKind = 'off' | 'makeup-workday';

/** One calendar entry, as in feed-v1 `CalendarDay`. */
export interface CalendarDay {
  date: string;
  kind: CalendarKind;
  name: LocalText;
}

export interface CalendarEntry {
  kind: CalendarKind;
  name: LocalText;
}

/** A run of consecutive days off, e.g. 春节 2026-02-15 – 2026-02-23. */
export interface HolidayPeriod {
  first: DayNumber;
  last: DayNumber;
  /** Names of the holidays in the run, in order (国庆节 and 中秋节 can share one). */
  names: LocalText[];
  /** Make-up workdays that belong to the same holidays. */
  makeupDays: DayNumber[];
}

export class HolidayCalendar {
  readonly #days = new Map<DayNumber, CalendarEntry>();
  readonly #years = new Set<number>();
  /** Where this calendar's built-in part came from (for reports). */
  readonly source: string;

  constructor(builtIn: Iterable<CalendarDay>, source: string) {
    this.source = source;
    for (const day of builtIn) this.#set(day);
  }

  #set(day: CalendarDay) {
    const dn = parseDate(day.date);
    if (dn === undefined) return;
    this.#days.set(dn, { kind: day.kind, name: day.name });
    this.#years.add(yearOf(dn));
  }

  /** A copy with the feed's own statement of holidays laid over it, date by date. */
  withOverrides(days: readonly CalendarDay[] | undefined): HolidayCalendar {
    if (!days || days.length === 0) return this;
    const copy = new HolidayCalendar([], this.source);
    for (const [dn, entry] of this.#days) copy.#days.set(dn, entry);
    for (const year of this.#years) copy.#years.add(year);
    for (const day of days) copy.#set(day);
    return copy;
  }

  /** The entry for a date, if it is a day off or a make-up workday. */
  lookup(day: DayNumber): CalendarEntry | undefined {
    return this.#days.get(day);
  }

  /** True when the calendar holds the year's arrangement; false = pending. */
  isPublished(year: number): boolean {
    return this.#years.has(year);
  }

  /** Years this calendar knows, ascending. */
  publishedYears(): number[] {
    return [...this.#years].sort((a, b) => a - b);
  }

  /**
   * The holiday periods (runs of consecutive days off) that overlap [from, to], whole
   * even where they reach outside it.
   */
  periods(from: DayNumber, to: DayNumber): HolidayPeriod[] {
    const periods: HolidayPeriod[] = [];
    let day = from;
    while (this.#days.get(day - 1)?.kind === 'off') day--;
    for (; day <= to; day++) {
      if (this.#days.get(day)?.kind !== 'off') continue;
      const first = day;
      const names: LocalText[] = [];
      const seen = new Set<string>();
      for (let entry = this.#days.get(day); entry?.kind === 'off'; entry = this.#days.get(++day)) {
        const key = JSON.stringify(entry.name);
        if (!seen.has(key)) names.push(entry.name), seen.add(key);
      }
      const last = day - 1;
      periods.push({ first, last, names, makeupDays: this.#makeupDaysFor(first, last, seen) });
    }
    return periods;
  }

  /** Make-up workdays within three weeks of a period that carry one of its names. */
  #makeupDaysFor(first: DayNumber, last: DayNumber, names: Set<string>): DayNumber[] {
    const out: DayNumber[] = [];
    for (let d = first - 21; d <= last + 21; d++) {
      const entry = this.#days.get(d);
      if (entry?.kind === 'makeup-workday' && names.has(JSON.stringify(entry.name))) out.push(d);
    }
    return out;
  }
}

interface NationalData {
  source: string;
  years: number[];
  names: Record<string, { 'zh-CN': string; en: string }>;
  /** Runs of days off: [holiday, first date, last date]. */
  off: [string, string, string][];
  /** Make-up workdays: [holiday, date]. */
  makeup: [string, string][];
}

/** The built-in data as calendar days, one a date. */
export function nationalDays(data: NationalData = national as unknown as NationalData): CalendarDay[] {
  const name = (key: string) => data.names[key] ?? key;
  const days: CalendarDay[] = [];
  for (const [key, first, last] of data.off) {
    for (let d = parseDate(first)!, end = parseDate(last)!; d <= end; d++) days.push({ date: formatDate(d), kind: 'off', name: name(key) });
  }
  for (const [key, date] of data.makeup) days.push({ date, kind: 'makeup-workday', name: name(key) });
  return days;
}

let builtIn: HolidayCalendar | undefined;

/** The built-in national calendar (State Council arrangements, see national-days.json). */
export function nationalCalendar(): HolidayCalendar {
  builtIn ??= new HolidayCalendar(nationalDays(), (national as unknown as NationalData).source);
  return builtIn;
}

