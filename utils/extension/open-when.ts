/**
 * "What is open when": one date and a department query across every saved hospital
 * (extension.md, Dashboard › Open when). The query finds departments as the widget's filter
 * does (feed/department-search.ts): 儿科, "pediatrics" and 小儿 all find 小儿内科 of category
 * pediatrics, and 小儿内科 finds it alone; empty matches every department.
 */
import { type DayNumber, weekdayIndex } from '../date/civil';
import { searchDepartments } from '../feed/department-search';
import { noticesById } from '../feed/notices-by-id';
import type { Department, Feed, Notice } from '../feed/schema';
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
