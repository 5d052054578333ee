/** Appointment slots: sessions cut into `slotMinutes` pieces (feed-v1 "Slots"). */
import type { DayNumber } from '../date/civil';
import type { ClinicType } from '../feed/schema';
import {
  type DayType,
  type DepartmentFilter,
  isSessionProper,
  type ResolvedSession,
  type ScheduleEngine,
} from './engine';

/** One appointment slot: a session cut into `slotMinutes` pieces from its start. */
export interface ResolvedSlot {
  date: string;
  department: string;
  clinicType: ClinicType;
  dayType: DayType;
  day: DayNumber;
  startMinute: number;
  endMinute: number;
}

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
  for (let d = from; d <= to; d++) {
    // Sessions by department (stable: by start within one), so that a stable sort of
    // their slots by start minute leaves slots of one start in department order.
    const sessions = engine.resolveDay(d, filter).sort(byDepartment);
    day.length = 0;
    // Only sessions proper (hours published) are cut into slots.
    for (const session of sessions) if (isSessionProper(session)) cutSlots(session, day);
    countingSortByStart(day, counts, out);
  }
  return out;
}

/** Appends a session's slots to `out`: `slotMinutes` pieces from its start, the last possibly shorter. */
export function cutSlots(session: ResolvedSession, out: ResolvedSlot[] = []): ResolvedSlot[] {
  const step = session.slotMinutes;
  for (let m = session.startMinute; m < session.endMinute; m += step) {
    out.push({
      date: session.date,
      department: session.department,
      clinicType: session.clinicType,
      dayType: session.dayType,
      day: session.day,
      startMinute: m,
      endMinute: Math.min(m + step, session.endMinute),
    });
  }
  return out;
}

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
