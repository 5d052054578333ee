/**
 * "What is open when": one date and a department query across every saved hospital
 * (extension.md, Dashboard › Open when). The query finds departments as the widget's filter
 * does (feed/department-search.ts): 儿科, "pediatrics" and 小儿 all find 小儿内科 of category
 * pediatrics, and 小儿内科 finds it alone; empty matches every department.
 */
import type { HolidayCalendar } from '../calendar/holiday-calendar';
import { type DayNumber, weekdayIndex, yearOf } from '../date/civil';
import { searchDepartments } from '../feed/department-search';
import { noticesById } from '../feed/notices-by-id';
import type { Department, Feed, Notice } from '../feed/schema';
import type { LocalText } from '../i18n/local-text';
import type { DayInfo, ResolvedLine, ResolvedSession, ScheduleEngine } from '../schedule/engine';

export interface OpenDepartment {
  department: Department;
  /** The open lines (sessions, including those whose times were not published). */
  sessions: ResolvedSession[];
  /** Every line of the day: the open ones and any span not announced, emergencies only or closed with a word. */
  lines: ResolvedLine[];
  /** The notices that decided these sessions, if any. */
  notices: Notice[];
}

export interface OpenAtHospital {
  hospitalId: string;
  feed: Feed;
  day: DayInfo;
  departments: OpenDepartment[];
  /** Matching departments with nothing open and some of the day not announced (未公布): never among the open ones. */
  unknown: OpenDepartment[];
  /** Matching departments with nothing open and emergencies only (仅急诊). */
  emergencyOnly: OpenDepartment[];
  /** The feed's notices by id (what a session's `notice:<id>` basis names). */
  noticesById: ReadonlyMap<string, Notice>;
}

export function openWhen(
  hospitals: readonly { feed: Feed; engine: ScheduleEngine }[],
  day: DayNumber,
  query: string,
): OpenAtHospital[] {
  return hospitals.map(({ feed, engine }) => {
    const wanted = searchDepartments(feed.departments, query, feed.hospital.campuses);
    const ids = new Set(wanted.map((d) => d.id));
    const lines = ids.size ? engine.resolveLines(day, { departments: ids }) : [];
    const notices = noticesById(feed);
    const all = wanted.map((department) => {
      const own = lines.filter((s) => s.department === department.id);
      const decided = [...new Set(own.map((s) => s.noticeId).filter((id): id is string => id !== undefined))]
        .map((id) => notices.get(id)!)
        .filter(Boolean);
      return {
        department,
        sessions: own.filter((l): l is ResolvedSession => l.status === 'open'),
        lines: own,
        notices: decided,
      };
    });
    const departments = all.filter((d) => d.sessions.length > 0);
    const unknown = all.filter((d) => d.sessions.length === 0 && d.lines.some((l) => l.status === 'unknown'));
    const emergencyOnly = all.filter(
      (d) =>
        d.sessions.length === 0 &&
        !d.lines.some((l) => l.status === 'unknown') &&
        d.lines.some((l) => l.status === 'emergency-only'),
    );
    return {
      hospitalId: feed.hospital.id,
      feed,
      day: engine.dayInfo(day),
      departments,
      unknown,
      emergencyOnly,
      noticesById: notices,
    };
  });
}

/** The next Saturday or Sunday on or after `today` (the open-when form's default date). */
export function nextWeekendDay(today: DayNumber): DayNumber {
  let day = today;
  while (weekdayIndex(day) < 5) day++;
  return day;
}

/** One of the open-when form's one-click dates. */
export interface QuickDate {
  day: DayNumber;
  kind: 'weekend' | 'off' | 'makeup-workday';
  /** The holiday's name (元旦, 春节, 中秋节、国庆节 …) for a day off or a make-up workday. */
  name?: LocalText;
  /** The year's arrangement is not out yet: only the law's statutory days are known. */
  pending: boolean;
}

/**
 * The one-click dates (extension.md, Open when): the coming weekend (from today on), then each
 * day off and make-up workday of the next holiday period not over yet, in date order. A
 * pending year's statutory days count as a period of their own; its 调休 is unknown, so it
 * has no make-up days. A weekend day that belongs to the holiday is offered once, by its name.
 */
export function quickDates(today: DayNumber, calendar: HolidayCalendar): QuickDate[] {
  const out: QuickDate[] = [];
  const saturday = nextWeekendDay(today);
  for (const day of [saturday, saturday + 1])
    if (day >= today && weekdayIndex(day) >= 5)
      out.push({ day, kind: 'weekend', pending: !calendar.isPublished(yearOf(day)) });
  const period = calendar.periods(today, today + 400).find((p) => p.last >= today);
  if (!period) return out;
  const days: QuickDate[] = [];
  for (let day = Math.max(period.first, today); day <= period.last; day++)
    days.push({ day, kind: 'off', name: calendar.lookup(day)?.name, pending: !calendar.isPublished(yearOf(day)) });
  for (const day of period.makeupDays)
    if (day >= today)
      days.push({
        day,
        kind: 'makeup-workday',
        name: calendar.lookup(day)?.name,
        pending: !calendar.isPublished(yearOf(day)),
      });
  // A weekend day that belongs to the holiday is offered once, by the holiday's name.
  const named = new Set(days.map((d) => d.day));
  return [...out.filter((d) => !named.has(d.day)), ...days.sort((a, b) => a.day - b.day)];
}
