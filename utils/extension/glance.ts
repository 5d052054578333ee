/**
 * The popup's one-glance summary of a hospital (extension.md, Popup): open now or closed now
 * (clinics, not the always-open 急诊), today, this weekend, and the next holiday period, each
 * with how many departments hold clinics. Times are the feed's, whatever the browser's zone.
 */
import type { HolidayPeriod } from '../calendar/holiday-calendar';
import { type DayNumber, formatTime, weekdayIndex, yearOf } from '../date/civil';
import type { DayInfo, ScheduleEngine } from '../schedule/engine';
import { isOpenAt, nextChange } from '../schedule/open-intervals';
import { nextWeekendDay } from './open-when';

export interface DayGlance {
  info: DayInfo;
  /** Departments with at least one clinic session that day. */
  departments: number;
  /** Departments with nothing open and some of the day not announced (未公布). */
  unknown: number;
  /** Departments with nothing open and emergencies only. */
  emergencyOnly: number;
  /** Earliest start and latest end of the day's clinics ("08:00", "17:30"). */
  first?: string;
  last?: string;
}

export interface Glance {
  openNow: boolean;
  /** When clinics next open or close (ms since the epoch), within a month. */
  nextChange?: { at: number; open: boolean };
  today: DayGlance;
  /** The days of this weekend still to come (Saturday and Sunday; from Saturday on, the rest). */
  weekend: DayGlance[];
  /** The current or next holiday period within a year, with its days' clinics. */
  holiday?: { period: HolidayPeriod; days: DayGlance[] };
  /** With no holiday period ahead: the first year whose national arrangement is not published. */
  pendingYear?: number;
}

const CLINICS = { includeAlwaysOpen: false } as const;

export function dayGlance(engine: ScheduleEngine, day: DayNumber): DayGlance {
  const lines = engine.resolveLines(day, CLINICS);
  const sessions = lines.filter((l) => l.status === 'open');
  const open = new Set(sessions.map((s) => s.department));
  const apart = (status: 'unknown' | 'emergency-only') =>
    new Set(lines.filter((l) => l.status === status && !open.has(l.department)).map((l) => l.department)).size;
  const glance: DayGlance = {
    info: engine.dayInfo(day),
    departments: open.size,
    unknown: apart('unknown'),
    emergencyOnly: apart('emergency-only'),
  };
  if (sessions.length) {
    glance.first = formatTime(Math.min(...sessions.map((s) => s.startMinute)));
    glance.last = formatTime(Math.max(...sessions.map((s) => s.endMinute)));
  }
  return glance;
}

/** The glances of the days first..last. */
function daysGlance(engine: ScheduleEngine, first: DayNumber, last: DayNumber): DayGlance[] {
  const days: DayGlance[] = [];
  for (let d = first; d <= last; d++) days.push(dayGlance(engine, d));
  return days;
}

export function glance(engine: ScheduleEngine, nowMs: number): Glance {
  const today = engine.today(nowMs);
  const sunday = today + 6 - weekdayIndex(today);
  const period = engine.calendar.periods(today, today + 366).find((p) => p.last >= today);
  const change = nextChange(engine, nowMs, CLINICS);
  const out: Glance = {
    openNow: isOpenAt(engine, nowMs, CLINICS),
    today: dayGlance(engine, today),
    weekend: daysGlance(engine, nextWeekendDay(today), sunday),
  };
  if (change) out.nextChange = change;
  if (period) out.holiday = { period, days: daysGlance(engine, Math.max(period.first, today), period.last) };
  else {
    for (let d = today; d <= today + 366; d++) {
      const info = engine.dayInfo(d);
      if (info.calendar === 'pending') {
        out.pendingYear = yearOf(d);
        break;
      }
    }
  }
  return out;
}
