/**
 * The feed checks that can only warn: control characters in text, slots outside hours, and
 * a time range that reaches a year whose national calendar is pending. Validity never
 * depends on them, so they sit apart from check.ts and the widget's first render skips them.
 */
import type { HolidayCalendar } from '../calendar/holiday-calendar';
import { type DayNumber, formatTime, parseDate, parseTime, WEEKDAYS, yearOf } from '../date/civil';
import { DEFAULT_TIME_ZONE, parseInstant, wallClockAt } from '../date/zone';
import { checkCreditCode } from '../identity/credit-code';
import { isSessionProper, type ResolvedSession, ScheduleEngine } from '../schedule/engine';
import type { AddFinding, Path, SourceText, WarningChecks } from './check';
import { duplicateKeys } from './json-scan';
import { toPointer } from './problem-codes';
import type { Feed } from './schema';

type Json = unknown;
interface Out {
  add: AddFinding;
}

export const warningChecks: WarningChecks = (data, feed, add, calendar, source) => {
  const out: Out = { add };
  if (source) repeatedKeys(source, out);
  hospitalId(data, out);
  scanText(data, [], out);
  overlappingSessions(data, out);
  if (feed) engineChecks(feed, out, calendar);
};

/** Keys an object names twice: JSON.parse keeps the last value without a word, so say it. */
function repeatedKeys(source: SourceText, out: Out) {
  const { found, more } = duplicateKeys(source.text, source.max);
  for (const { path, key } of found) out.add('json.duplicate-key', path, { key });
  if (more > 0) source.unlisted(more);
}

/** The 统一社会信用代码's check characters (a warning: a few real codes fail them). */
function hospitalId(data: Json, out: Out) {
  const hospital = data !== null && typeof data === 'object' ? (data as { hospital?: unknown }).hospital : undefined;
  const id = hospital !== null && typeof hospital === 'object' ? (hospital as { id?: unknown }).id : undefined;
  if (typeof id !== 'string' || id === '') return;
  const check = checkCreditCode(id);
  if (!check.valid) {
    out.add('hospital.id-checksum', '/hospital/id', {
      received: id,
      reason: check.reason,
      expected: check.reason === 'format' ? undefined : check.expected,
    });
  }
}

// C0 controls except tab, line feed and carriage return; DEL; C1 controls; bidi overrides.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function scanText(value: Json, path: Path, out: Out) {
  if (typeof value === 'string') {
    if (CONTROL.test(value)) out.add('text.control-character', path);
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) scanText(value[i], [...path, i], out);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) scanText(item, [...path, key], out);
  }
}

/** A session of the roster or of a notice entry, as far as overlaps go. */
interface Span {
  index: number;
  /** Weekdays, a bit each (Monday = 1); all of them for a notice entry's session, which has its dates. */
  days: number;
  start: number;
  end: number;
  from: number;
  through: number;
}

/** How many earlier sessions of one department and type a session is held against: real rosters have far fewer, and a hostile one stays linear. */
const OVERLAP_LOOKBACK = 256;
const record = (value: Json): Record<string, Json> | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, Json>) : undefined;
const list = (value: Json): Json[] => (Array.isArray(value) ? value : []);

/**
 * Sessions of one department and clinic type (and doctor: two doctors may well see patients
 * side by side) that run at the same time on a weekday, both valid on some date; or sessions
 * of one notice entry that overlap. Identical ones resolve to one line (the engine keeps one),
 * the rest to lines that overlap: either way the feed says something it hardly means.
 * Checked on the raw value, so a feed with errors hears of it too; malformed sessions are left
 * to the errors.
 */
function overlappingSessions(data: Json, out: Out) {
  const schedule = record(record(data)?.schedule);
  const groups = new Map<string, Span[]>();
  list(schedule?.regular).forEach((value, index) => {
    const s = record(value);
    const start = typeof s?.start === 'string' ? parseTime(s.start) : undefined;
    const end = typeof s?.end === 'string' ? parseTime(s.end) : undefined;
    const from =
      s?.validFrom === undefined ? -Infinity : typeof s.validFrom === 'string' ? parseDate(s.validFrom) : undefined;
    const through =
      s?.validThrough === undefined
        ? Infinity
        : typeof s.validThrough === 'string'
          ? parseDate(s.validThrough)
          : undefined;
    let days = 0;
    for (const d of list(s?.days)) days |= 1 << WEEKDAYS.indexOf(d as (typeof WEEKDAYS)[number]);
    const type = s?.clinicType ?? 'general';
    if (typeof s?.department !== 'string' || typeof type !== 'string' || days <= 0) return;
    if (start === undefined || end === undefined || end <= start || from === undefined || through === undefined) return;
    const key = `${s.department} ${type} ${s.doctor === undefined ? '' : JSON.stringify(s.doctor)}`;
    const group = groups.get(key);
    const span = { index, days, start, end, from, through };
    if (group) group.push(span);
    else groups.set(key, [span]);
  });
  for (const group of groups.values()) overlapsIn(group, (i) => ['schedule', 'regular', i], out);

  list(schedule?.notices).forEach((n, i) => {
    list(record(n)?.entries).forEach((e, j) => {
      const entry = record(e);
      const listed = list(entry?.clinicTypes);
      const single = listed.length === 1 ? listed[0] : undefined;
      const byType = new Map<unknown, Span[]>();
      list(entry?.sessions).forEach((value, index) => {
        const s = record(value);
        const start = typeof s?.start === 'string' ? parseTime(s.start) : undefined;
        const end = typeof s?.end === 'string' ? parseTime(s.end) : undefined;
        if (start === undefined || end === undefined || end <= start) return;
        const type = s?.clinicType ?? single ?? 'general';
        const span = { index, days: 0x7f, start, end, from: -Infinity, through: Infinity };
        const group = byType.get(type);
        if (group) group.push(span);
        else byType.set(type, [span]);
      });
      for (const group of byType.values())
        overlapsIn(group, (k) => ['schedule', 'notices', i, 'entries', j, 'sessions', k], out);
    });
  });
}

/** Reports each session that overlaps an earlier one of its group, against the first such. */
function overlapsIn(group: readonly Span[], path: (index: number) => Path, out: Out) {
  for (let k = 1; k < group.length; k++) {
    const b = group[k]!;
    for (let j = Math.max(0, k - OVERLAP_LOOKBACK); j < k; j++) {
      const a = group[j]!;
      const days = a.days & b.days;
      if (days === 0 || a.start >= b.end || b.start >= a.end || a.from > b.through || b.from > a.through) continue;
      out.add('session.overlap', path(b.index), {
        first: toPointer(path(a.index)),
        day: b.days === 0x7f && a.days === 0x7f ? undefined : WEEKDAYS[Math.log2(days & -days)],
        start: formatTime(Math.max(a.start, b.start)),
        end: formatTime(Math.min(a.end, b.end)),
        identical: a.start === b.start && a.end === b.end,
      });
      break;
    }
  }
}

/** Checks that need the resolved schedule (only on a structurally sound feed). */
function engineChecks(feed: Feed, out: Out, calendar: HolidayCalendar | undefined) {
  const engine = new ScheduleEngine(feed, { calendar });
  const zone = feed.timeZone ?? DEFAULT_TIME_ZONE;
  const byDay = new Map<DayNumber, Map<string, ResolvedSession[]>>();
  const sessionsOf = (day: DayNumber, department: string) => {
    let map = byDay.get(day);
    if (!map) {
      map = new Map();
      // Only sessions whose hours were published are hours a slot can fall in.
      for (const s of engine.resolveDay(day).filter(isSessionProper)) {
        const list = map.get(s.department);
        if (list) list.push(s);
        else map.set(s.department, [s]);
      }
      byDay.set(day, map);
    }
    return map.get(department) ?? [];
  };

  // The feed's time range: from its update to the farthest date it names.
  const reach = new Map<number, string>();
  let farthest = -Infinity;
  const reachYear = (day: DayNumber | undefined, path: Path) => {
    if (day === undefined) return;
    farthest = Math.max(farthest, day);
    const year = yearOf(day);
    if (!reach.has(year)) reach.set(year, toPointer(path));
  };
  const updated = parseInstant(feed.updatedAt);
  if (updated !== undefined) reachYear(wallClockAt(zone, updated).day, ['updatedAt']);

  feed.slots?.forEach((slot, i) => {
    const start = parseInstant(slot.start)!;
    const end = parseInstant(slot.end)!;
    const a = wallClockAt(zone, start);
    const b = wallClockAt(zone, end);
    reachYear(a.day, ['slots', i, 'start']);
    const endMinute = b.day === a.day ? b.minute : b.day === a.day + 1 && b.minute === 0 ? 1440 : Infinity;
    const inside = sessionsOf(a.day, slot.department).some(
      (s) => s.startMinute <= a.minute && endMinute <= s.endMinute,
    );
    if (!inside) out.add('slot.outside-hours', ['slots', i], { start: slot.start, department: slot.department });
  });
  feed.schedule.notices?.forEach((n, i) => {
    n.entries.forEach((e, j) => {
      reachYear(parseDate(e.date), ['schedule', 'notices', i, 'entries', j, 'date']);
      if (e.through) reachYear(parseDate(e.through), ['schedule', 'notices', i, 'entries', j, 'through']);
    });
  });
  feed.schedule.regular.forEach((s, i) => {
    if (s.validFrom) reachYear(parseDate(s.validFrom), ['schedule', 'regular', i, 'validFrom']);
    if (s.validThrough) reachYear(parseDate(s.validThrough), ['schedule', 'regular', i, 'validThrough']);
  });

  if (updated !== undefined) notStated(engine, wallClockAt(zone, updated).day, farthest, out);

  const years = [...reach.keys()];
  if (years.length === 0) return;
  // One warning for every pending year in the range, at the first date found in the first of
  // them (or the farthest date, whose reach spans it): a year each was a flood over decades.
  const last = Math.max(...years);
  const runs: [number, number][] = [];
  for (let year = Math.min(...years); year <= last; year++) {
    if (engine.calendar.isPublished(year)) continue;
    const run = runs.at(-1);
    if (run && run[1] === year - 1) run[1] = year;
    else runs.push([year, year]);
  }
  if (runs.length === 0) return;
  const first = runs[0]![0];
  out.add('calendar.pending', reach.get(first) ?? reach.get(last)!, {
    year: first,
    years: runs.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(', '),
    count: runs.reduce((n, [a, b]) => n + b - a + 1, 0),
  });
}

/** How far past the feed's update `schedule.not-stated` looks at least: the audit's horizon for a coming holiday. */
export const NOT_STATED_HORIZON_DAYS = 30;

/**
 * Days off and make-up workdays from the feed's update to the farthest date it names (at
 * least the next 30 days) that the feed leaves undecided for some outpatient department:
 * neither a notice nor `onHoliday`/`makeupRoster` says what runs.
 */
function notStated(engine: ScheduleEngine, from: DayNumber, farthest: number, out: Out) {
  const to = Math.max(farthest, from + NOT_STATED_HORIZON_DAYS);
  const dates = { holiday: [] as string[], makeup: [] as string[] };
  for (let day = from; day <= to; day++) {
    const info = engine.dayInfo(day);
    if (info.dayType !== 'holiday' && info.dayType !== 'makeup-workday') continue;
    if (!engine.resolveLines(day).some((l) => l.basis === 'not-stated')) continue;
    (info.dayType === 'holiday' ? dates.holiday : dates.makeup).push(info.date);
  }
  // Every date is named (the range is the feed's own, so the list stays as long as what it covers).
  const list = (days: string[]) => days.join(', ');
  if (dates.holiday.length > 0)
    out.add('schedule.not-stated', '/schedule/onHoliday', {
      kind: 'holiday',
      dates: list(dates.holiday),
      count: dates.holiday.length,
    });
  if (dates.makeup.length > 0)
    out.add('schedule.not-stated', '/schedule/makeupRoster', {
      kind: 'makeup',
      dates: list(dates.makeup),
      count: dates.makeup.length,
    });
}
