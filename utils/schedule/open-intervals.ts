/** When a hospital or department is open: at an instant, its next change, its open intervals. */
import { instantOf, wallClockAt } from '../date/zone';
import type { DepartmentFilter, ScheduleEngine } from './engine';

/** An interval of instants (milliseconds since the epoch), half-open [start, end). */
export interface OpenInterval {
  start: number;
  end: number;
}

/** Whether any of the chosen departments is in session at an instant. */
export function isOpenAt(engine: ScheduleEngine, atMs: number, filter?: DepartmentFilter): boolean {
  const { day, minute } = wallClockAt(engine.timeZone, atMs);
  return engine.resolveDay(day, filter).some((s) => s.startMinute <= minute && minute < s.endMinute);
}

/**
 * The merged intervals during which at least one of the chosen departments is in
 * session, clipped to [fromMs, toMs).
 */
export function openIntervals(
  engine: ScheduleEngine,
  fromMs: number,
  toMs: number,
  filter?: DepartmentFilter,
): OpenInterval[] {
  if (!(toMs > fromMs)) return [];
  const firstDay = wallClockAt(engine.timeZone, fromMs).day;
  const lastDay = wallClockAt(engine.timeZone, toMs).day;
  const out: OpenInterval[] = [];
  for (let day = firstDay; day <= lastDay; day++) {
    const sessions = engine.resolveDay(day, filter);
    // Sessions are sorted by start, so merging needs only the last interval.
    for (const s of sessions) {
      const start = Math.max(fromMs, instantOf(engine.timeZone, day, s.startMinute));
      const end = Math.min(toMs, instantOf(engine.timeZone, day, s.endMinute));
      if (end <= start) continue;
      const last = out[out.length - 1];
      if (last && start <= last.end) last.end = Math.max(last.end, end);
      else out.push({ start, end });
    }
  }
  return out;
}

/**
 * When the chosen departments next open or close after `atMs`, looking up to
 * `horizonDays` ahead; `undefined` when nothing changes in that time.
 */
export function nextChange(
  engine: ScheduleEngine,
  atMs: number,
  filter?: DepartmentFilter,
  horizonDays = 31,
): { at: number; open: boolean } | undefined {
  const horizon = atMs + horizonDays * 86_400_000;
  const intervals = openIntervals(engine, atMs, horizon, filter);
  const first = intervals[0];
  if (!first) return undefined;
  if (first.start <= atMs) return first.end < horizon ? { at: first.end, open: false } : undefined;
  return { at: first.start, open: true };
}
