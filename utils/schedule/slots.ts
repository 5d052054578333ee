/** Appointment slots: sessions cut into `slotMinutes` pieces (feed-v1 "Slots"). */
import type { DayNumber } from '../date/civil';
import { instantOf, wallClockAt } from '../date/zone';
import type { ClinicType } from '../feed/schema';
import {
  type DayType,
  type DepartmentFilter,
  isSessionProper,
  type ResolvedSession,
  type ScheduleEngine,
} from './engine';

/**
 * One appointment slot: a session cut into `slotMinutes` pieces from its start. Its minutes
 * are wall-clock times that exist on its day in the feed's zone (see cutSlots), so
 * `instantOf(zone, day, minute)` gives its instants.
 */
export interface ResolvedSlot {
  date: string;
  department: string;
  clinicType: ClinicType;
  dayType: DayType;
  day: DayNumber;
  startMinute: number;
  endMinute: number;
}

const DAY_MS = 86_400_000;

/** The slots of the sessions of [from, to] whose hours were published, sorted by date, start, department. */
export function slotsInRange(
  engine: ScheduleEngine,
  from: DayNumber,
  to: DayNumber,
  filter?: DepartmentFilter,
): ResolvedSlot[] {
  const out: ResolvedSlot[] = [];
  const day: ResolvedSlot[] = [];
  const counts = new Int32Array(1441);
  const zone = engine.timeZone;
  for (let d = from; d <= to; d++) {
    // Sessions by department (stable: by start within one), so that a stable sort of
    // their slots by start minute leaves slots of one start in department order.
    const sessions = engine.resolveDay(d, filter).sort(byDepartment);
    day.length = 0;
    // On a day of 24 hours (no daylight-saving change) wall minutes go with instants.
    const plain = sessions.length > 0 && instantOf(zone, d, 1440) - instantOf(zone, d, 0) === DAY_MS;
    // Only sessions proper (hours published) are cut into slots.
    for (const session of sessions) {
      if (!isSessionProper(session)) continue;
      if (plain) cutPlain(session, day);
      else cutSlots(session, zone, day);
    }
    countingSortByStart(day, counts, out);
  }
  return out;
}

/**
 * Appends a session's slots to `out`: `slotMinutes` pieces of wall-clock time from its start,
 * the last possibly shorter. On a day a daylight-saving change shifts in `zone`, a wall time
 * the jump skips moves forward by the gap and a repeated one takes its first occurrence; a
 * cut that then does not fall after the one before (it lay in the gap, or just past it), or
 * falls past the session's end, is dropped. So slots never end before they start, never
 * repeat, and tile the session's time from its start to its end.
 */
export function cutSlots(session: ResolvedSession, zone: string, out: ResolvedSlot[] = []): ResolvedSlot[] {
  const { day, startMinute: start, endMinute: end, slotMinutes: step } = session;
  // Each cut goes to its instant (never past the session's end) and back to the wall clock.
  const wallMinute = (at: number) => {
    const clock = wallClockAt(zone, at);
    return clock.day === day ? clock.minute : 1440;
  };
  const endAt = instantOf(zone, day, end);
  let lastAt = instantOf(zone, day, start);
  let last = wallMinute(lastAt);
  for (let m = start + step; m < end + step; m += step) {
    const at = m < end ? Math.min(instantOf(zone, day, m), endAt) : endAt;
    if (at <= lastAt) continue;
    const minute = wallMinute(at);
    out.push(slotOf(session, last, minute));
    lastAt = at;
    last = minute;
  }
  return out;
}

/** cutSlots on a day of 24 hours, where it comes to this: the minutes, with no instants. */
function cutPlain(session: ResolvedSession, out: ResolvedSlot[]) {
  const { startMinute: start, endMinute: end, slotMinutes: step } = session;
  for (let m = start; m < end; m += step) out.push(slotOf(session, m, Math.min(m + step, end)));
}

const slotOf = (session: ResolvedSession, startMinute: number, endMinute: number): ResolvedSlot => ({
  date: session.date,
  department: session.department,
  clinicType: session.clinicType,
  dayType: session.dayType,
  day: session.day,
  startMinute,
  endMinute,
});

const byDepartment = (a: ResolvedSession, b: ResolvedSession) =>
  a.department < b.department ? -1 : a.department > b.department ? 1 : 0;

/** Appends `slots` to `out` ordered by start minute, stably, in O(n + 1440). */
function countingSortByStart(slots: ResolvedSlot[], counts: Int32Array, out: ResolvedSlot[]) {
  if (slots.length === 0) return;
  counts.fill(0);
  for (const slot of slots) counts[slot.startMinute + 1]!++;
  for (let m = 1; m <= 1440; m++) counts[m]! += counts[m - 1]!;
  const base = out.length;
  out.length = base + slots.length;
  for (const slot of slots) out[base + counts[slot.startMinute]!++] = slot;
}
