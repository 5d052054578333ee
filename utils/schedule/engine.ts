/**
 * The schedule engine: what a hospital's outpatient clinics run on a date, resolved exactly
 * as feed-v1.md "How a day is resolved" says. Pure: no DOM, no I/O, and no dependence on
 * the zone of the machine (all dates are day numbers, all "now" goes through the feed's
 * `timeZone`).
 */
import { nationalCalendar, type HolidayCalendar, type CalendarDay } from '../calendar/holiday-calendar';
import {
  formatDate,
  formatTime,
  isWeekend,
  parseDate,
  parseTime,
  weekdayIndex,
  weekdayOf,
  yearOf,
  WEEKDAYS,
  type DayNumber,
  type Weekday,
} from '../date/civil';
import { DEFAULT_TIME_ZONE, parseInstant, wallClockAt } from '../date/zone';
import type { LocalText } from '../i18n/local-text';
import type { ClinicType, Feed, Notice, NoticeEntry } from '../feed/schema';

export type DayType = 'workday' | 'weekend' | 'holiday' | 'makeup-workday';
export type Basis = 'regular' | `roster:${Weekday}` | `notice:${string}` | 'holiday-policy' | 'always-open';
export type CalendarStatus = 'published' | 'pending';

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

/** One clinic session on one date. */
export interface ResolvedSession {
  date: string;
  department: string;
  start: string;
  end: string;
  clinicType: ClinicType;
  slotMinutes: number;
  dayType: DayType;
  basis: Basis;
  calendar: CalendarStatus;
  holidayName?: LocalText;
  /** Minutes since midnight of start and end (end may be 1440). */
  startMinute: number;
  endMinute: number;
  day: DayNumber;
  capacityPerSlot?: number;
  doctor?: LocalText;
  /** For `roster` notice entries: the weekday whose roster runs (按星期X排班). */
  rosterOf?: Weekday;
  /** For sessions decided by a notice: its id (also in `basis`). */
  noticeId?: string;
}

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

interface CompiledNotice {
  id: string;
  published: number;
  order: number;
}

interface NoticeChoice {
  notice: CompiledNotice;
  entry: NoticeEntry;
}

interface DateNotices {
  star?: NoticeChoice;
  byDepartment: Map<string, NoticeChoice>;
}

export const DEFAULT_SLOT_MINUTES = 30;

const later = (a: CompiledNotice, b: CompiledNotice) =>
  a.published > b.published || (a.published === b.published && a.order > b.order);

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
  /** Departments open 24 h every day (急诊, 发热门诊 …). */
  readonly alwaysOpen: ReadonlySet<string>;
  readonly #outpatient: readonly string[];
  readonly #onHoliday: 'closed' | 'weekend-roster' | 'regular';
  readonly #makeupRoster: number;
  /** Per weekday (0 = Monday), the roster sorted by start, department, end. */
  readonly #roster: CompiledSession[][];
  /** Per weekday, the roster by department. */
  readonly #rosterByDepartment: Map<string, CompiledSession[]>[];
  readonly #rosterStartsAtMidnight: boolean[];
  readonly #notices = new Map<DayNumber, DateNotices>();
  readonly #dayInfo = new Map<DayNumber, DayInfo>();

  constructor(feed: Feed, options: EngineOptions = {}) {
    this.timeZone = feed.timeZone ?? DEFAULT_TIME_ZONE;
    this.calendar = (options.calendar ?? nationalCalendar()).withOverrides(
      feed.holidayCalendar as CalendarDay[] | undefined,
    );
    this.departmentIds = feed.departments.map((d) => d.id).sort();
    this.alwaysOpen = new Set((feed.schedule.alwaysOpen ?? []).map((a) => a.department));
    this.#outpatient = this.departmentIds.filter((id) => !this.alwaysOpen.has(id));
    this.#onHoliday = feed.schedule.onHoliday ?? 'closed';
    this.#makeupRoster = WEEKDAYS.indexOf(feed.schedule.makeupRoster ?? 'mon');

    this.#roster = WEEKDAYS.map(() => []);
    for (const s of feed.schedule.regular) {
      if (this.alwaysOpen.has(s.department)) continue;
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
      for (const d of new Set(s.days)) this.#roster[WEEKDAYS.indexOf(d)]!.push(compiled);
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
    this.#indexNotices(feed.schedule.notices ?? []);
  }

  #indexNotices(notices: readonly Notice[]) {
    notices.forEach((n, order) => {
      const notice: CompiledNotice = { id: n.id, published: parseInstant(n.publishedAt) ?? 0, order };
      for (const entry of n.entries) {
        const day = parseDate(entry.date);
        if (day === undefined) continue;
        let slot = this.#notices.get(day);
        if (!slot) this.#notices.set(day, (slot = { byDepartment: new Map() }));
        const choice = { notice, entry };
        // Within one notice the first entry for a date and department applies.
        const better = (current: NoticeChoice | undefined) =>
          !current || (current.notice !== notice && later(notice, current.notice));
        if (entry.departments === undefined || entry.departments === '*') {
          if (better(slot.star)) slot.star = choice;
        } else {
          for (const dept of entry.departments) {
            if (better(slot.byDepartment.get(dept))) slot.byDepartment.set(dept, choice);
          }
        }
      }
    });
  }

  /** The notice entry that decides a department's day, if any. */
  #noticeFor(notices: DateNotices | undefined, department: string): NoticeChoice | undefined {
    if (!notices) return undefined;
    const own = notices.byDepartment.get(department);
    const star = notices.star;
    if (!own) return star;
    if (!star || own.notice === star.notice) return own;
    return later(star.notice, own.notice) ? star : own;
  }

  /** What kind of day a date is. */
  dayInfo(day: DayNumber): DayInfo {
    let info = this.#dayInfo.get(day);
    if (info) return info;
    const date = formatDate(day);
    const weekday = weekdayOf(day);
    const published = this.calendar.isPublished(yearOf(day));
    const entry = published ? this.calendar.lookup(day) : undefined;
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

  /**
   * The weekday whose regular roster runs on a day no notice decides, with its basis;
   * `undefined` = closed (a holiday under `onHoliday: "closed"`).
   */
  #defaultRoster(info: DayInfo): { weekday: number; basis: Basis } | undefined {
    const own = weekdayIndex(info.day);
    if (info.dayType === 'holiday') {
      if (this.#onHoliday === 'closed') return undefined;
      if (this.#onHoliday === 'regular') return { weekday: own, basis: 'holiday-policy' };
      return { weekday: own === 6 ? 6 : 5, basis: 'holiday-policy' };
    }
    if (info.dayType === 'makeup-workday') {
      return { weekday: this.#makeupRoster, basis: `roster:${WEEKDAYS[this.#makeupRoster]!}` };
    }
    return { weekday: own, basis: 'regular' };
  }

  #session(
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
    // Every session object has the same fields in the same order (absent ones undefined),
    // so the hundreds of thousands a year makes share one hidden class.
    return {
      date: info.date,
      department,
      start: formatTime(start),
      end: formatTime(end),
      clinicType,
      slotMinutes,
      dayType: info.dayType,
      basis,
      calendar: info.calendar,
      holidayName: info.holidayName,
      startMinute: start,
      endMinute: end,
      day: info.day,
      capacityPerSlot,
      doctor,
      rosterOf: undefined,
      noticeId: undefined,
    };
  }

  #fromRoster(info: DayInfo, sessions: readonly CompiledSession[] | undefined, basis: Basis, out: ResolvedSession[]) {
    if (!sessions) return;
    for (const s of sessions) {
      if (info.day < s.validFrom || info.day > s.validThrough) continue;
      out.push(
        this.#session(info, s.department, s.start, s.end, s.clinicType, s.slotMinutes, basis, s.capacityPerSlot, s.doctor),
      );
    }
  }

  #fromNotice(info: DayInfo, department: string, choice: NoticeChoice, out: ResolvedSession[]) {
    const { entry, notice } = choice;
    const basis: Basis = `notice:${notice.id}`;
    const first = out.length;
    if (entry.status === 'open') {
      for (const s of entry.sessions ?? []) {
        out.push(
          this.#session(
            info,
            department,
            parseTime(s.start) ?? 0,
            parseTime(s.end) ?? 0,
            s.clinicType ?? 'general',
            s.slotMinutes ?? DEFAULT_SLOT_MINUTES,
            basis,
            s.capacityPerSlot,
          ),
        );
      }
    } else if (entry.status === 'roster' && entry.rosterOf) {
      const weekday = WEEKDAYS.indexOf(entry.rosterOf);
      this.#fromRoster(info, this.#rosterByDepartment[weekday]!.get(department), basis, out);
      for (let i = first; i < out.length; i++) out[i]!.rosterOf = entry.rosterOf;
    }
    for (let i = first; i < out.length; i++) out[i]!.noticeId = notice.id;
  }

  /** Every session on one day, sorted by start, then department, then end. */
  resolveDay(day: DayNumber, filter?: DepartmentFilter): ResolvedSession[] {
    const info = this.dayInfo(day);
    const wanted = filter?.departments ? new Set(filter.departments) : undefined;
    const out: ResolvedSession[] = [];
    const includeAlwaysOpen = wanted !== undefined || filter?.includeAlwaysOpen !== false;
    if (includeAlwaysOpen) {
      for (const dept of this.departmentIds) {
        if (this.alwaysOpen.has(dept) && (!wanted || wanted.has(dept))) {
          out.push(this.#session(info, dept, 0, 1440, 'general', DEFAULT_SLOT_MINUTES, 'always-open'));
        }
      }
    }
    const alwaysOpenCount = out.length;
    const notices = this.#notices.get(day);
    // A pending year's days are never holidays or make-up days, so this is their own roster.
    const fallback = this.#defaultRoster(info);

    if (!notices) {
      // No notice touches this day: one rule for every department, from the sorted roster.
      if (fallback) {
        const roster = this.#roster[fallback.weekday]!;
        if (wanted) {
          for (const dept of wanted) this.#fromRoster(info, this.#rosterByDepartment[fallback.weekday]!.get(dept), fallback.basis, out);
          return sortSessions(out);
        }
        this.#fromRoster(info, roster, fallback.basis, out);
        if (alwaysOpenCount > 0 && this.#rosterStartsAtMidnight[fallback.weekday]) return sortSessions(out);
      }
      return out;
    }

    for (const dept of wanted ?? this.#outpatient) {
      if (this.alwaysOpen.has(dept)) continue;
      const choice = this.#noticeFor(notices, dept);
      if (choice) this.#fromNotice(info, dept, choice, out);
      else if (fallback) this.#fromRoster(info, this.#rosterByDepartment[fallback.weekday]!.get(dept), fallback.basis, out);
    }
    return sortSessions(out);
  }

  /** Every session from `from` to `to` inclusive, sorted by date, start, department. */
  resolveRange(from: DayNumber, to: DayNumber, filter?: DepartmentFilter): ResolvedSession[] {
    const out: ResolvedSession[] = [];
    for (let day = from; day <= to; day++) {
      const sessions = this.resolveDay(day, filter);
      for (let i = 0; i < sessions.length; i++) out.push(sessions[i]!);
    }
    return out;
  }
}

function sortSessions(sessions: ResolvedSession[]): ResolvedSession[] {
  return sessions.sort(
    (a, b) =>
      a.startMinute - b.startMinute ||
      (a.department < b.department ? -1 : a.department > b.department ? 1 : 0) ||
      a.endMinute - b.endMinute,
  );
}
