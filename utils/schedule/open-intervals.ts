/** When a hospital or department is open: at an instant, its next change, its open intervals. */
import { instantOf, wallClockAt } from '../date/zone';
import type { DepartmentFilter, ScheduleEngine } from './engine';

/** An interval of instants (milliseconds since the epoch), half-open [start, end). */
export interface OpenInterval {
  start: number;
  end: number;
}

/**
 * Whether any of the chosen departments is in session at an instant: inside one of the open
 * intervals, so that "open now" and the next change never disagree (on a daylight-saving
 * day the wall clock alone would).
 */
export function isOpenAt(engine: ScheduleEngine, atMs: number, filter?: DepartmentFilter): boolean {
  return openIntervals(engine, atMs, atMs + 1, filter).length > 0;
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
  const spans: OpenInterval[] = [];
  for (let day = firstDay; day <= lastDay; day++) {
    for (const s of engine.resolveDay(day, filter)) {
      // A wall time a daylight-saving jump skips moves forward by the gap, a repeated one
      // takes its first occurrence (instantOf); a session left with no time is no interval.
      const start = Math.max(fromMs, instantOf(engine.timeZone, day, s.startMinute));
      const end = Math.min(toMs, instantOf(engine.timeZone, day, s.endMinute));
      if (end > start) spans.push({ start, end });
    }
  }
  // Sessions come sorted by wall-clock start, which a jump can put out of order: a start in
  // the gap moves past one just after it.
  spans.sort((a, b) => a.start - b.start);
  const out: OpenInterval[] = [];
  for (const span of spans) {
    const last = out[out.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else out.push(span);
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
