/**
 * The schedule engine: what a hospital's clinics run on a date, resolved exactly as
 * feed-v1.md "How a day is resolved" says: a base from the roster and the holiday calendar,
 * then every notice entry that covers the date laid over it in order, each replacing what
 * lies in its scope (part of the day × clinic types), then the always-open services.
 *
 * What the feed does not decide is never guessed: it resolves as an `unknown` line (未公布).
 * Pure: no DOM, no I/O, and no dependence on the machine's zone (all dates are day numbers,
 * all "now" goes through the feed's `timeZone`).
 */
import { type CalendarDay, type HolidayCalendar, nationalCalendar } from '../calendar/holiday-calendar';
import {
  type DayNumber,
  formatDate,
  formatTime,
  isWeekend,
  parseDate,
  parseTime,
  WEEKDAYS,
  type Weekday,
  weekdayIndex,
  weekdayOf,
  yearOf,
} from '../date/civil';
import { DEFAULT_TIME_ZONE, parseInstant, wallClockAt } from '../date/zone';
import type { ClinicType, DayPartName, Feed, NoticeEntry, ReferTo } from '../feed/schema';
import { CLINIC_TYPE_VALUES } from '../feed/schema';
import type { LocalText } from '../i18n/local-text';

export type DayType = 'workday' | 'weekend' | 'holiday' | 'makeup-workday';
export type Basis =
  | 'regular'
  | `roster:${Weekday}`
  | `notice:${string}`
  | 'holiday-policy'
  | 'always-open'
  | 'not-stated';
export type CalendarStatus = 'published' | 'pending';
export type LineStatus = 'open' | 'unknown' | 'emergency-only' | 'closed';

/** What kind of day a date is, in the feed's calendar. */
export interface DayInfo {
  day: DayNumber;
  date: string;
  weekday: Weekday;
  dayType: DayType;
  calendar: CalendarStatus;
  /** The holiday a day off belongs to (春节 …). */
  holidayName?: LocalText;
  /** The holiday a make-up workday (调休上班) makes up for. */
  makeupFor?: LocalText;
}

interface LineBase {
  date: string;
  department: string;
  start: string;
  end: string;
  dayType: DayType;
  basis: Basis;
  calendar: CalendarStatus;
  holidayName: LocalText | undefined;
  makeupFor: LocalText | undefined;
  /** Minutes since midnight of start and end (end may be 1440). */
  startMinute: number;
  endMinute: number;
  day: DayNumber;
  /** For lines a notice decided: its id (also in `basis`). */
  noticeId: string | undefined;
  referTo: ReferTo | undefined;
  location: LocalText | undefined;
  note: LocalText | undefined;
}

/** An `open` line: a clinic session on one date. */
export interface ResolvedSession extends LineBase {
  status: 'open';
  clinicType: ClinicType;
  slotMinutes: number;
  /** `false` when the clock times were not published: the line spans a day part's usual hours. */
  hoursStated: false | undefined;
  capacityPerSlot: number | undefined;
  doctor: LocalText | undefined;
  /** For `roster` notice entries: the weekday whose roster runs (按星期X排班). */
  rosterOf: Weekday | undefined;
}

/** A span of the day that is not open: not published, emergencies only, or closed with a word for patients. */
export interface ResolvedMark extends LineBase {
  status: 'unknown' | 'emergency-only' | 'closed';
  /** Only these clinic types are concerned. */
  clinicTypes: string[] | undefined;
  /** Every clinic type but these is concerned. */
  exceptClinicTypes: string[] | undefined;
  /**
   * The clinic types concerned, as concrete ids (a built-in type listed in a scope brings the
   * hospital's types of that category): `only` these, or all `except` these; neither = all.
   * What `clinicTypes`/`exceptClinicTypes` say in words; use ScheduleEngine.markConcerns to ask.
   */
  types: TypeSet;
}

/** One resolved line (feed-v1 "Resolved results"). */
export type ResolvedLine = ResolvedSession | ResolvedMark;

export interface DepartmentFilter {
  /** Only these departments; always-open ones are included when named. */
  departments?: Iterable<string>;
  /** With no `departments`: also count always-open services (急诊 …). Default true. */
  includeAlwaysOpen?: boolean;
}

interface CompiledSession {
  department: string;
  start: number;
  end: number;
  clinicType: ClinicType;
  slotMinutes: number;
  capacityPerSlot: number | undefined;
  doctor: LocalText | undefined;
  validFrom: DayNumber;
  validThrough: DayNumber;
}

interface CompiledEntry {
  noticeId: string;
  entry: NoticeEntry;
  /** For `open`: the entry's sessions as they apply (each clinic type and slot length settled), each once. */
  sessions: EntrySession[] | undefined;
  first: DayNumber;
  last: DayNumber;
  /** Order of application: notice rank, then group (all, campuses, named), then feed order. */
  rank: number;
  /** Named departments, or undefined for "*". */
  departments: ReadonlySet<string> | undefined;
  campuses: ReadonlySet<string> | undefined;
  /** Clinic types named (undefined = every type). */
  clinicTypes: readonly string[] | undefined;
  spanStart: number;
  spanEnd: number;
}

interface EntrySession {
  start: number;
  end: number;
  clinicType: ClinicType;
  slotMinutes: number;
  capacityPerSlot: number | undefined;
}

interface DayPartHours {
  part: DayPartName;
  start: number;
  end: number;
  validFrom: DayNumber;
  validThrough: DayNumber;
}

/** What a day is without notices: a weekday's roster, nothing, or not stated. */
type Base = { weekday: number; basis: Basis } | 'closed' | 'unknown';

/** A mark's clinic types as concrete ids: every type, only some, or all but some. */
export interface TypeSet {
  only?: ReadonlySet<string>;
  except?: ReadonlySet<string>;
}

export const DEFAULT_SLOT_MINUTES = 30;
/** Part of the day as a scope (feed-v1 "Part boundaries"): minutes [start, end). */
export const PART_SPANS: Readonly<Record<DayPartName, readonly [number, number]>> = {
  am: [0, 720],
  pm: [720, 1440],
  evening: [1080, 1440],
};
const BUILT_IN_TYPES: ReadonlySet<string> = new Set(CLINIC_TYPE_VALUES);
const NON_OUTPATIENT_CATEGORIES: ReadonlySet<string> = new Set(['emergency', 'fever-clinic']);

const bySessionOrder = (a: CompiledSession, b: CompiledSession) =>
  a.start - b.start || (a.department < b.department ? -1 : a.department > b.department ? 1 : 0) || a.end - b.end;

export interface EngineOptions {
  /** The national calendar to use; default the built-in one. */
  calendar?: HolidayCalendar;
}

/**
 * Resolves one feed's schedule. Build it once per feed (it indexes the roster and the
 * notices) and ask it about any dates. The feed must have passed validation.
 */
export class ScheduleEngine {
  readonly timeZone: string;
  readonly calendar: HolidayCalendar;
  /** Every department id, sorted. */
  readonly departmentIds: readonly string[];
  /** Departments with an `alwaysOpen` entry (on some or every date). */
  readonly alwaysOpen: ReadonlySet<string>;
  /** Departments with at least one session in the weekly roster. */
  readonly #hasRoster = new Set<string>();
  readonly #alwaysOpenSpans = new Map<string, [DayNumber, DayNumber, LocalText | undefined][]>();
  readonly #unboundedAlwaysOpen = new Set<string>();
  readonly #campusOf = new Map<string, string>();
  readonly #categoryOf = new Map<string, string>();
  /** A hospital type's built-in category (著名专家门诊 → expert). */
  readonly #typeCategory = new Map<string, string>();
  readonly #onHoliday: 'closed' | 'weekend-roster' | 'regular' | undefined;
  readonly #makeupRoster: number | undefined;
  /** Per weekday (0 = Monday), the roster sorted by start, department, end. */
  readonly #roster: CompiledSession[][];
  /** Per weekday, the roster by department. */
  readonly #rosterByDepartment: Map<string, CompiledSession[]>[];
  readonly #rosterStartsAtMidnight: boolean[];
  readonly #entriesByDay = new Map<DayNumber, CompiledEntry[]>();
  readonly #dayParts: DayPartHours[] = [];
  readonly #dayInfo = new Map<DayNumber, DayInfo>();

  constructor(feed: Feed, options: EngineOptions = {}) {
    this.timeZone = feed.timeZone ?? DEFAULT_TIME_ZONE;
    this.calendar = (options.calendar ?? nationalCalendar()).withOverrides(
      feed.holidayCalendar as CalendarDay[] | undefined,
    );
    this.departmentIds = feed.departments.map((d) => d.id).sort();
    for (const d of feed.departments) {
      if (d.campus !== undefined) this.#campusOf.set(d.id, d.campus);
      if (d.category !== undefined) this.#categoryOf.set(d.id, d.category);
    }
    for (const t of feed.schedule.clinicTypes ?? []) this.#typeCategory.set(t.id, t.category);
    for (const a of feed.schedule.alwaysOpen ?? []) {
      if (a.validFrom === undefined && a.validThrough === undefined) this.#unboundedAlwaysOpen.add(a.department);
      const span: [DayNumber, DayNumber, LocalText | undefined] = [
        a.validFrom ? (parseDate(a.validFrom) ?? -Infinity) : -Infinity,
        a.validThrough ? (parseDate(a.validThrough) ?? Infinity) : Infinity,
        a.note,
      ];
      const spans = this.#alwaysOpenSpans.get(a.department);
      if (spans) spans.push(span);
      else this.#alwaysOpenSpans.set(a.department, [span]);
    }
    this.alwaysOpen = new Set(this.#alwaysOpenSpans.keys());
    this.#onHoliday = feed.schedule.onHoliday;
    this.#makeupRoster =
      feed.schedule.makeupRoster === undefined ? undefined : WEEKDAYS.indexOf(feed.schedule.makeupRoster);
    for (const p of feed.schedule.dayParts ?? []) {
      this.#dayParts.push({
        part: p.part,
        start: parseTime(p.start) ?? 0,
        end: parseTime(p.end) ?? 0,
        validFrom: p.validFrom ? (parseDate(p.validFrom) ?? -Infinity) : -Infinity,
        validThrough: p.validThrough ? (parseDate(p.validThrough) ?? Infinity) : Infinity,
      });
    }

    this.#roster = WEEKDAYS.map(() => []);
    // A session repeated in the roster (pasted twice) would give every line twice: on each
    // weekday a session only adds the dates no identical session before it covers.
    const covered = WEEKDAYS.map(() => new Map<string, [DayNumber, DayNumber][]>());
    for (const s of feed.schedule.regular) {
      this.#hasRoster.add(s.department);
      // A department open 24 h on every date never needs its roster.
      if (this.#unboundedAlwaysOpen.has(s.department)) continue;
      const compiled: CompiledSession = {
        department: s.department,
        start: parseTime(s.start) ?? 0,
        end: parseTime(s.end) ?? 0,
        clinicType: s.clinicType ?? 'general',
        slotMinutes: s.slotMinutes ?? DEFAULT_SLOT_MINUTES,
        capacityPerSlot: s.capacityPerSlot,
        doctor: s.doctor,
        validFrom: s.validFrom ? (parseDate(s.validFrom) ?? -Infinity) : -Infinity,
        validThrough: s.validThrough ? (parseDate(s.validThrough) ?? Infinity) : Infinity,
      };
      // Ids hold no space, so only the doctor's text, last and quoted, may: the key is unambiguous.
      const doctor = s.doctor === undefined ? '' : JSON.stringify(s.doctor);
      const identity = `${s.department} ${compiled.start} ${compiled.end} ${compiled.clinicType} ${compiled.slotMinutes} ${s.capacityPerSlot} ${doctor}`;
      for (const d of new Set(s.days)) {
        const weekday = WEEKDAYS.indexOf(d);
        const taken = covered[weekday]!.get(identity);
        const span: [DayNumber, DayNumber] = [compiled.validFrom, compiled.validThrough];
        const roster = this.#roster[weekday]!;
        if (!taken) {
          covered[weekday]!.set(identity, [span]);
          roster.push(compiled);
          continue;
        }
        for (const [from, through] of claim(taken, span))
          roster.push({ ...compiled, validFrom: from, validThrough: through });
      }
    }
    this.#rosterByDepartment = this.#roster.map((sessions) => {
      sessions.sort(bySessionOrder);
      const map = new Map<string, CompiledSession[]>();
      for (const s of sessions) {
        const list = map.get(s.department);
        if (list) list.push(s);
        else map.set(s.department, [s]);
      }
      return map;
    });
    this.#rosterStartsAtMidnight = this.#roster.map((sessions) => sessions.some((s) => s.start === 0));
    this.#indexNotices(feed);
  }

  #indexNotices(feed: Feed) {
    const notices = feed.schedule.notices ?? [];
    const superseded = new Set<string>();
    for (const n of notices) for (const id of n.supersedes ?? []) if (id !== n.id) superseded.add(id);
    const live = notices
      .map((n, order) => ({ n, order, published: parseInstant(n.publishedAt) ?? 0 }))
      .filter(({ n }) => !superseded.has(n.id))
      .sort((a, b) => a.published - b.published || a.order - b.order);
    let rank = 0;
    for (const { n } of live) {
      const groups: CompiledEntry[][] = [[], [], []];
      for (const entry of n.entries) {
        const first = parseDate(entry.date);
        if (first === undefined) continue;
        const last = entry.through ? (parseDate(entry.through) ?? first) : first;
        const named = entry.departments !== undefined && entry.departments !== '*';
        const group = named ? 2 : entry.campuses !== undefined ? 1 : 0;
        const span = entry.part ? PART_SPANS[entry.part] : ([0, 1440] as const);
        // A type listed twice would open its hours twice.
        const clinicTypes =
          entry.clinicTypes && entry.clinicTypes.length > 0 ? [...new Set(entry.clinicTypes)] : undefined;
        groups[group]!.push({
          noticeId: n.id,
          entry,
          sessions: entry.sessions && entrySessions(entry.sessions, clinicTypes),
          first,
          last,
          rank: 0,
          departments: named ? new Set(entry.departments as string[]) : undefined,
          campuses: entry.campuses ? new Set(entry.campuses) : undefined,
          clinicTypes,
          spanStart: span[0],
          spanEnd: span[1],
        });
      }
      for (const group of groups) {
        for (const compiled of group) {
          compiled.rank = rank++;
          for (let day = compiled.first; day <= compiled.last; day++) {
            const list = this.#entriesByDay.get(day);
            if (list) list.push(compiled);
            else this.#entriesByDay.set(day, [compiled]);
          }
        }
      }
    }
  }

  /** What kind of day a date is. */
  dayInfo(day: DayNumber): DayInfo {
    let info = this.#dayInfo.get(day);
    if (info) return info;
    const date = formatDate(day);
    const weekday = weekdayOf(day);
    const published = this.calendar.isPublished(yearOf(day));
    // A statutory holiday is a day off in a pending year too (the calendar knows them by law).
    const entry = this.calendar.lookup(day);
    info = {
      day,
      date,
      weekday,
      dayType:
        entry?.kind === 'off'
          ? 'holiday'
          : entry?.kind === 'makeup-workday'
            ? 'makeup-workday'
            : isWeekend(day)
              ? 'weekend'
              : 'workday',
      calendar: published ? 'published' : 'pending',
    };
    if (entry?.kind === 'off') info.holidayName = entry.name;
    if (entry?.kind === 'makeup-workday') info.makeupFor = entry.name;
    this.#dayInfo.set(day, info);
    return info;
  }

  /** Today's date in the feed's time zone. */
  today(nowMs: number = Date.now()): DayNumber {
    return wallClockAt(this.timeZone, nowMs).day;
  }

  /** Whether a department is open 24 h on a date (an `alwaysOpen` entry covers it). */
  isAlwaysOpenOn(department: string, day: DayNumber): boolean {
    return this.#alwaysOpenEntry(department, day) !== undefined;
  }

  /** The `alwaysOpen` entry covering a department on a date, if any. */
  #alwaysOpenEntry(department: string, day: DayNumber): [DayNumber, DayNumber, LocalText | undefined] | undefined {
    return this.#alwaysOpenSpans.get(department)?.find(([a, b]) => a <= day && day <= b);
  }

  /** An always-open line, carrying its entry's note (挂号后到急诊楼一层). */
  #alwaysOpenLine(info: DayInfo, department: string): ResolvedSession {
    const line = this.#open(info, department, 0, 1440, 'general', DEFAULT_SLOT_MINUTES, 'always-open');
    line.note = this.#alwaysOpenEntry(department, info.day)?.[2];
    return line;
  }

  /** Whether a department is an outpatient one on a date: it has a roster and is not open 24 h then. */
  isOutpatientOn(department: string, day: DayNumber): boolean {
    return this.#hasRoster.has(department) && !this.isAlwaysOpenOn(department, day);
  }

  /** The built-in type a clinic type counts as (a hospital's own type → its category). */
  categoryOfType(type: string): string {
    return BUILT_IN_TYPES.has(type) ? type : (this.#typeCategory.get(type) ?? type);
  }

  /**
   * The weekday whose regular roster runs on a day no notice decides, with its basis;
   * `closed` = nothing (a holiday under `onHoliday: "closed"`); `unknown` = the feed does not say.
   */
  #base(info: DayInfo): Base {
    const own = weekdayIndex(info.day);
    if (info.dayType === 'holiday') {
      if (this.#onHoliday === undefined) return 'unknown';
      if (this.#onHoliday === 'closed') return 'closed';
      if (this.#onHoliday === 'regular') return { weekday: own, basis: 'holiday-policy' };
      return { weekday: own === 6 ? 6 : 5, basis: 'holiday-policy' };
    }
    if (info.dayType === 'makeup-workday') {
      if (this.#makeupRoster === undefined) return 'unknown';
      return { weekday: this.#makeupRoster, basis: `roster:${WEEKDAYS[this.#makeupRoster]!}` };
    }
    return { weekday: own, basis: 'regular' };
  }

  #open(
    info: DayInfo,
    department: string,
    start: number,
    end: number,
    clinicType: ClinicType,
    slotMinutes: number,
    basis: Basis,
    capacityPerSlot?: number,
    doctor?: LocalText,
  ): ResolvedSession {
    // Every line object has the same fields in the same order (absent ones undefined),
    // so the hundreds of thousands a year makes share one hidden class.
    return {
      date: info.date,
      department,
      status: 'open',
      start: formatTime(start),
      end: formatTime(end),
      clinicType,
      slotMinutes,
      dayType: info.dayType,
      basis,
      calendar: info.calendar,
      holidayName: info.holidayName,
      makeupFor: info.makeupFor,
      startMinute: start,
      endMinute: end,
      day: info.day,
      hoursStated: undefined,
      capacityPerSlot,
      doctor,
      rosterOf: undefined,
      noticeId: undefined,
      referTo: undefined,
      location: undefined,
      note: undefined,
    };
  }

  #mark(
    info: DayInfo,
    department: string,
    status: ResolvedMark['status'],
    start: number,
    end: number,
    listed: readonly string[] | undefined,
    basis: Basis,
  ): ResolvedMark {
    return {
      date: info.date,
      department,
      status,
      start: formatTime(start),
      end: formatTime(end),
      dayType: info.dayType,
      basis,
      calendar: info.calendar,
      holidayName: info.holidayName,
      makeupFor: info.makeupFor,
      startMinute: start,
      endMinute: end,
      day: info.day,
      clinicTypes: listed ? [...listed] : undefined,
      exceptClinicTypes: undefined,
      types: listed ? { only: this.#expand(listed) } : {},
      noticeId: undefined,
      referTo: undefined,
      location: undefined,
      note: undefined,
    };
  }

  #fromRoster(info: DayInfo, sessions: readonly CompiledSession[] | undefined, basis: Basis, out: ResolvedLine[]) {
    if (!sessions) return;
    for (const s of sessions) {
      if (info.day < s.validFrom || info.day > s.validThrough) continue;
      out.push(
        this.#open(info, s.department, s.start, s.end, s.clinicType, s.slotMinutes, basis, s.capacityPerSlot, s.doctor),
      );
    }
  }

  /** Whether a clinic type lies in an entry's scope of types (a hospital type counts by its category too). */
  #typeInScope(type: string, scope: readonly string[] | undefined): boolean {
    if (!scope) return true;
    return scope.includes(type) || scope.includes(this.categoryOfType(type));
  }

  /** Whether an entry reaches a department on a date. */
  #applies(entry: CompiledEntry, department: string, day: DayNumber): boolean {
    if (entry.departments) {
      if (!entry.departments.has(department)) return false;
    } else {
      if (!this.isOutpatientOn(department, day)) return false;
      const category = this.#categoryOf.get(department);
      if (category !== undefined && NON_OUTPATIENT_CATEGORIES.has(category)) return false;
    }
    if (entry.campuses) {
      const campus = this.#campusOf.get(department);
      if (campus === undefined || !entry.campuses.has(campus)) return false;
    }
    return true;
  }

  /** The usual hours of a part of the day on a date (dayParts), or the part itself. */
  #partHours(part: DayPartName, day: DayNumber): [number, number] {
    for (const p of this.#dayParts) {
      if (p.part === part && p.validFrom <= day && day <= p.validThrough) return [p.start, p.end];
    }
    return [PART_SPANS[part][0], PART_SPANS[part][1]];
  }

  /** Lays one entry over a department's running result: removes what lies in its scope, then adds what its status puts there. */
  #apply(info: DayInfo, department: string, compiled: CompiledEntry, lines: ResolvedLine[]): ResolvedLine[] {
    const { entry, sessions, spanStart: ps, spanEnd: pe, clinicTypes: scope } = compiled;
    const kept: ResolvedLine[] = [];
    for (const line of lines) {
      if (line.endMinute <= ps || line.startMinute >= pe) {
        kept.push(line);
        continue;
      }
      if (line.status === 'open') {
        if (!this.#typeInScope(line.clinicType, scope)) {
          kept.push(line);
          continue;
        }
        if (line.startMinute < ps) kept.push(retime(line, line.startMinute, ps));
        if (line.endMinute > pe) kept.push(retime(line, pe, line.endMinute));
        continue;
      }
      // A mark: outside the span it stays; inside, only the types the scope does not cover.
      if (line.startMinute < ps) kept.push(retime(line, line.startMinute, ps));
      const rest = this.#markMinus(line, scope);
      if (rest) kept.push(retime(rest, Math.max(line.startMinute, ps), Math.min(line.endMinute, pe)));
      if (line.endMinute > pe) kept.push(retime(line, pe, line.endMinute));
    }

    const basis: Basis = `notice:${compiled.noticeId}`;
    const added: ResolvedLine[] = [];
    switch (entry.status) {
      case 'closed':
        if (entry.referTo !== undefined || entry.location !== undefined || entry.note !== undefined) {
          added.push(this.#mark(info, department, 'closed', ps, pe, scope, basis));
        }
        break;
      case 'emergency-only':
        added.push(this.#mark(info, department, 'emergency-only', ps, pe, scope, basis));
        break;
      case 'unannounced':
        added.push(this.#mark(info, department, 'unknown', ps, pe, scope, basis));
        break;
      case 'open':
        if (sessions) {
          for (const s of sessions) {
            const start = Math.max(ps, s.start);
            const end = Math.min(pe, s.end);
            if (end <= start) continue;
            added.push(this.#open(info, department, start, end, s.clinicType, s.slotMinutes, basis, s.capacityPerSlot));
          }
        } else {
          const halves: DayPartName[] =
            entry.part === 'evening'
              ? ['evening']
              : entry.part === 'am'
                ? ['am']
                : entry.part === 'pm'
                  ? ['pm']
                  : ['am', 'pm'];
          for (const half of halves) {
            const [hs, he] = this.#partHours(half, info.day);
            const start = Math.max(ps, hs);
            const end = Math.min(pe, he);
            if (end <= start) continue;
            for (const type of scope ?? ['general']) {
              const line = this.#open(info, department, start, end, type, DEFAULT_SLOT_MINUTES, basis);
              line.hoursStated = false;
              added.push(line);
            }
          }
        }
        break;
      case 'roster':
      case 'regular': {
        const weekday = entry.status === 'roster' ? WEEKDAYS.indexOf(entry.rosterOf ?? 'mon') : weekdayIndex(info.day);
        for (const s of this.#rosterByDepartment[weekday]!.get(department) ?? []) {
          if (info.day < s.validFrom || info.day > s.validThrough || !this.#typeInScope(s.clinicType, scope)) continue;
          const start = Math.max(ps, s.start);
          const end = Math.min(pe, s.end);
          if (end <= start) continue;
          const line = this.#open(
            info,
            department,
            start,
            end,
            s.clinicType,
            s.slotMinutes,
            basis,
            s.capacityPerSlot,
            s.doctor,
          );
          if (entry.status === 'roster') line.rosterOf = entry.rosterOf;
          added.push(line);
        }
        break;
      }
    }
    for (const line of added) {
      line.noticeId = compiled.noticeId;
      if (entry.location !== undefined) line.location = entry.location;
      if (entry.note !== undefined) line.note = entry.note;
      if (entry.referTo !== undefined) line.referTo = entry.referTo;
      kept.push(line);
    }
    return kept;
  }

  /** Clinic types as concrete ids: a built-in type brings the hospital's types of that category. */
  #expand(types: readonly string[]): Set<string> {
    const out = new Set<string>();
    for (const t of types) {
      out.add(t);
      if (BUILT_IN_TYPES.has(t)) for (const [own, category] of this.#typeCategory) if (category === t) out.add(own);
    }
    return out;
  }

  /** Whether a mark concerns sessions of a clinic type. */
  markConcerns(mark: ResolvedMark, type: string): boolean {
    if (mark.types.only) return mark.types.only.has(type);
    return !mark.types.except?.has(type);
  }

  /** A mark less an entry's scope of types (its span is cut by the caller); undefined when nothing is left. */
  #markMinus(mark: ResolvedMark, scope: readonly string[] | undefined): ResolvedMark | undefined {
    if (!scope) return undefined;
    const removed = this.#expand(scope);
    if (mark.types.only) {
      const only = new Set([...mark.types.only].filter((t) => !removed.has(t)));
      if (only.size === 0) return undefined;
      if (only.size === mark.types.only.size) return mark;
      return { ...mark, clinicTypes: [...only], types: { only } };
    }
    const except = new Set([...(mark.types.except ?? []), ...removed]);
    const listed = [...(mark.exceptClinicTypes ?? [])];
    for (const t of scope) if (!listed.includes(t)) listed.push(t);
    return { ...mark, exceptClinicTypes: listed, types: { except } };
  }

  /** Every line of one department on one day, unsorted. */
  #departmentDay(
    info: DayInfo,
    department: string,
    entries: readonly CompiledEntry[] | undefined,
    base: Base,
    out: ResolvedLine[],
  ) {
    if (this.isAlwaysOpenOn(department, info.day)) {
      out.push(this.#alwaysOpenLine(info, department));
      return;
    }
    let lines: ResolvedLine[] = [];
    if (base === 'unknown') {
      if (this.isOutpatientOn(department, info.day))
        lines.push(this.#mark(info, department, 'unknown', 0, 1440, undefined, 'not-stated'));
    } else if (base !== 'closed') {
      this.#fromRoster(info, this.#rosterByDepartment[base.weekday]!.get(department), base.basis, lines);
    }
    if (entries) {
      for (const entry of entries)
        if (this.#applies(entry, department, info.day)) lines = this.#apply(info, department, entry, lines);
    }
    for (const line of lines) out.push(line);
  }

  /**
   * Every line of one day (open, unknown, emergency-only, closed), sorted by start, then
   * department, then end.
   */
  resolveLines(day: DayNumber, filter?: DepartmentFilter): ResolvedLine[] {
    const info = this.dayInfo(day);
    const wanted = filter?.departments ? new Set(filter.departments) : undefined;
    const includeAlwaysOpen = wanted !== undefined || filter?.includeAlwaysOpen !== false;
    const entries = this.#entriesByDay.get(day);
    const base = this.#base(info);
    const out: ResolvedLine[] = [];

    if (
      !entries &&
      typeof base === 'object' &&
      this.#alwaysOpenSpans.size === this.#unboundedAlwaysOpen.size &&
      !wanted
    ) {
      // No notice touches this day and no always-open service is bounded: one rule for every
      // department, straight from the sorted roster.
      if (includeAlwaysOpen && this.#unboundedAlwaysOpen.size > 0) {
        for (const dept of this.departmentIds) {
          if (this.#unboundedAlwaysOpen.has(dept)) out.push(this.#alwaysOpenLine(info, dept));
        }
      }
      const alwaysOpenCount = out.length;
      this.#fromRoster(info, this.#roster[base.weekday]!, base.basis, out);
      // Always-open lines start at 00:00, in department order: already sorted unless a session starts at midnight too.
      return alwaysOpenCount > 0 && this.#rosterStartsAtMidnight[base.weekday] ? sortLines(out) : out;
    }

    for (const dept of wanted ?? this.departmentIds) {
      if (!includeAlwaysOpen && this.isAlwaysOpenOn(dept, day)) continue;
      this.#departmentDay(info, dept, entries, base, out);
    }
    return sortLines(out);
  }

  /** The `open` lines of one day (sessions, including those whose hours were not published), sorted. */
  resolveDay(day: DayNumber, filter?: DepartmentFilter): ResolvedSession[] {
    const lines = this.resolveLines(day, filter);
    let allOpen = true;
    for (let i = 0; i < lines.length; i++) {
      if (lines[i]!.status !== 'open') {
        allOpen = false;
        break;
      }
    }
    return allOpen ? (lines as ResolvedSession[]) : lines.filter((l): l is ResolvedSession => l.status === 'open');
  }

  /** Every open line from `from` to `to` inclusive, sorted by date, start, department. */
  resolveRange(from: DayNumber, to: DayNumber, filter?: DepartmentFilter): ResolvedSession[] {
    const out: ResolvedSession[] = [];
    for (let day = from; day <= to; day++) {
      const sessions = this.resolveDay(day, filter);
      for (let i = 0; i < sessions.length; i++) out.push(sessions[i]!);
    }
    return out;
  }
}

/**
 * Adds `span` (days, inclusive) to `taken` (sorted, disjoint spans, merged as they touch) and
 * returns the parts of it that were not taken yet. A binary search and one splice: a roster
 * of thousands of copies of one session stays fast.
 */
function claim(taken: [DayNumber, DayNumber][], span: [DayNumber, DayNumber]): [DayNumber, DayNumber][] {
  const [from, through] = span;
  let lo = 0;
  let hi = taken.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (taken[mid]![1] < from - 1) lo = mid + 1;
    else hi = mid;
  }
  const pieces: [DayNumber, DayNumber][] = [];
  let cursor = from;
  let merged: [DayNumber, DayNumber] = [from, through];
  let k = lo;
  for (; k < taken.length && taken[k]![0] <= through + 1; k++) {
    const [a, b] = taken[k]!;
    if (a > cursor && cursor <= through) pieces.push([cursor, Math.min(a - 1, through)]);
    cursor = Math.max(cursor, b + 1);
    merged = [Math.min(merged[0], a), Math.max(merged[1], b)];
  }
  // An open end (Infinity) taken already leaves nothing after it.
  if (cursor <= through && cursor !== Infinity) pieces.push([cursor, through]);
  taken.splice(lo, k - lo, merged);
  return pieces;
}

/**
 * A notice entry's sessions as they apply: a session without a type takes the entry's one
 * listed type (else general), without a slot length the default; one repeated (the same
 * hours, type, slot length and capacity) would give its lines twice, so it is kept once.
 */
function entrySessions(sessions: NonNullable<NoticeEntry['sessions']>, scope: readonly string[] | undefined) {
  const single = scope?.length === 1 ? scope[0]! : undefined;
  const seen = new Set<string>();
  const out: EntrySession[] = [];
  for (const s of sessions) {
    const session: EntrySession = {
      start: parseTime(s.start) ?? 0,
      end: parseTime(s.end) ?? 0,
      clinicType: s.clinicType ?? single ?? 'general',
      slotMinutes: s.slotMinutes ?? DEFAULT_SLOT_MINUTES,
      capacityPerSlot: s.capacityPerSlot,
    };
    const key = `${session.start} ${session.end} ${session.clinicType} ${session.slotMinutes} ${session.capacityPerSlot}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(session);
  }
  return out;
}

/** A copy of a line over another span of the same day. */
function retime<T extends ResolvedLine>(line: T, start: number, end: number): T {
  return { ...line, start: formatTime(start), end: formatTime(end), startMinute: start, endMinute: end };
}

const STATUS_ORDER: Record<LineStatus, number> = { open: 0, 'emergency-only': 1, unknown: 2, closed: 3 };

function sortLines<T extends ResolvedLine>(lines: T[]): T[] {
  return lines.sort(
    (a, b) =>
      a.startMinute - b.startMinute ||
      (a.department < b.department ? -1 : a.department > b.department ? 1 : 0) ||
      a.endMinute - b.endMinute ||
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status],
  );
}

/** Whether a line is a session proper: open, with its hours published (cut into slots, exported as hours). */
export function isSessionProper(line: ResolvedLine): line is ResolvedSession {
  return line.status === 'open' && line.hoursStated !== false;
}
