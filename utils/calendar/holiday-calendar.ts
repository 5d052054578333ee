/**
 * The national holiday calendar: days off (statutory and 调休) and make-up workdays
 * (调休上班). The State Council sets each year's arrangement, which cannot be computed, so
 * it is data: the built-in table (utils/calendar/national-days.json, from `chinese-days`)
 * overlaid date by date with the feed's own `holidayCalendar`. A year with no entry in
 * either is *pending*: its 调休 is unknown, but its statutory holidays are known by law
 * (statutory.ts) and are days off all the same.
 *
 * When two holidays share one run of days off (中秋 and 国庆), every day of the run and its
 * make-up workdays carry both names, in the law's order: "中秋节、国庆节".
 */
import { type DayNumber, formatDate, parseDate, yearOf } from '../date/civil';
import type { LocalText } from '../i18n/local-text';
// Named imports, so a bundler leaves out the file's note.
import { makeup, names, off, source } from './national-days.json';

const national = { source, names, off, makeup };

import { LAW_ORDER, type StatutoryKey, statutoryHolidaysOn } from './statutory';

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
  /** Entries with their period's names joined, built on first use. */
  #named: Map<DayNumber, CalendarEntry> | undefined;
  /** A pending year's statutory days off, by year, built on first use. */
  readonly #statutory = new Map<number, Map<DayNumber, CalendarEntry>>();
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
    this.#named = undefined;
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

  /**
   * The entry for a date, if it is a day off or a make-up workday: the published
   * arrangement's, else (in any year) a statutory holiday's, which the law makes a day off.
   */
  lookup(day: DayNumber): CalendarEntry | undefined {
    this.#named ??= withPeriodNames(this.#days);
    return this.#named.get(day) ?? this.#statutoryEntry(day);
  }

  #statutoryEntry(day: DayNumber): CalendarEntry | undefined {
    const year = yearOf(day);
    let entries = this.#statutory.get(year);
    if (!entries) {
      // Runs of consecutive statutory days, each named by all of its holidays in the law's order.
      entries = new Map<DayNumber, CalendarEntry>();
      let run: { days: DayNumber[]; keys: Set<StatutoryKey> } | undefined;
      const close = () => {
        if (!run) return;
        const name = joinNames([...run.keys].map(holidayName));
        for (const d of run.days) entries!.set(d, { kind: 'off', name });
        run = undefined;
      };
      for (let d = parseDate(`${year}-01-01`)!, end = parseDate(`${year}-12-31`)!; d <= end; d++) {
        const keys = statutoryHolidaysOn(formatDate(d));
        if (keys.length === 0) {
          close();
          continue;
        }
        run ??= { days: [], keys: new Set() };
        run.days.push(d);
        for (const k of keys) run.keys.add(k);
      }
      close();
      this.#statutory.set(year, entries);
    }
    return entries.get(day);
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
   * The holiday periods (runs of consecutive days off, a pending year's statutory ones
   * included) that overlap [from, to], whole even where they reach outside it.
   */
  periods(from: DayNumber, to: DayNumber): HolidayPeriod[] {
    const periods: HolidayPeriod[] = [];
    let day = from;
    while (this.lookup(day - 1)?.kind === 'off') day--;
    for (; day <= to; day++) {
      if (this.lookup(day)?.kind !== 'off') continue;
      const first = day;
      const names: LocalText[] = [];
      const seen = new Set<string>();
      for (let entry = this.lookup(day); entry?.kind === 'off'; entry = this.lookup(++day)) {
        const key = nameKey(entry.name);
        if (!seen.has(key)) {
          names.push(entry.name);
          seen.add(key);
        }
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
      const entry = this.lookup(d);
      if (entry?.kind === 'makeup-workday' && names.has(nameKey(entry.name))) out.push(d);
    }
    return out;
  }
}

function holidayName(key: StatutoryKey): LocalText {
  return (national as unknown as NationalData).names[key] ?? key;
}

/** Two names are the same holiday when their Chinese reads the same ("春节" and {zh-CN: "春节", en: …}). */
const nameKey = (name: LocalText) => zhOf(name);
const zhOf = (name: LocalText) => (typeof name === 'string' ? name : (name['zh-CN'] ?? Object.values(name)[0] ?? ''));
const lawRank = (name: LocalText) => {
  const i = LAW_ORDER.findIndex((k) => zhOf(holidayName(k)) === zhOf(name));
  return i < 0 ? LAW_ORDER.length : i;
};

/** Several holidays' names as one: "中秋节、国庆节" / "Mid-Autumn Festival and National Day". */
function joinNames(names: readonly LocalText[]): LocalText {
  const unique: LocalText[] = [];
  for (const n of names) if (!unique.some((u) => nameKey(u) === nameKey(n))) unique.push(n);
  if (unique.length === 1) return unique[0]!;
  const sorted = unique
    .map((n, i) => ({ n, i }))
    .sort((a, b) => lawRank(a.n) - lawRank(b.n) || a.i - b.i)
    .map((x) => x.n);
  const langs = new Set<string>(['zh-CN']);
  for (const n of sorted) if (typeof n !== 'string') for (const k of Object.keys(n)) langs.add(k);
  const out: Record<string, string> = {};
  for (const lang of langs) {
    const parts = sorted.map((n) => (typeof n === 'string' ? n : (n[lang] ?? zhOf(n))));
    out[lang] = lang.startsWith('zh') ? parts.join('、') : parts.join(' and ');
  }
  return out;
}

/**
 * The entries with each run of days off named by all of its holidays, and each make-up
 * workday by the run it belongs to (one of whose holidays it names, within three weeks).
 */
function withPeriodNames(days: ReadonlyMap<DayNumber, CalendarEntry>): Map<DayNumber, CalendarEntry> {
  const out = new Map(days);
  const runs: { first: DayNumber; last: DayNumber; parts: Map<string, LocalText>; name: LocalText }[] = [];
  for (const day of [...days.keys()].sort((a, b) => a - b)) {
    const entry = days.get(day)!;
    if (entry.kind !== 'off') continue;
    const run = runs.at(-1);
    if (run && run.last === day - 1) {
      run.last = day;
      if (!run.parts.has(nameKey(entry.name))) run.parts.set(nameKey(entry.name), entry.name);
    } else runs.push({ first: day, last: day, parts: new Map([[nameKey(entry.name), entry.name]]), name: entry.name });
  }
  for (const run of runs) {
    if (run.parts.size < 2) continue;
    run.name = joinNames([...run.parts.values()]);
    for (let d = run.first; d <= run.last; d++) out.set(d, { kind: 'off', name: run.name });
  }
  for (const [day, entry] of days) {
    if (entry.kind !== 'makeup-workday') continue;
    const key = nameKey(entry.name);
    const run = runs.find((r) => r.parts.size > 1 && r.parts.has(key) && day >= r.first - 21 && day <= r.last + 21);
    if (run) out.set(day, { kind: 'makeup-workday', name: run.name });
  }
  return out;
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
    for (let d = parseDate(first)!, end = parseDate(last)!; d <= end; d++)
      days.push({ date: formatDate(d), kind: 'off', name: name(key) });
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
