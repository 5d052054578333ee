/** Live slots and wait figures for samples, consistent with the feed's own schedule. */
import { civilFromDay, type DayNumber, dayFromCivil, formatDate } from '../utils/date/civil';
import { formatInstant, instantOf } from '../utils/date/zone';
import type { Feed, Slot, WaitStat } from '../utils/feed/schema';
import { ScheduleEngine } from '../utils/schedule/engine';
import { slotsInRange } from '../utils/schedule/slots';
import type { Random } from './random';

/** Slots for `days` days from `from`, cut from the resolved sessions of the chosen departments. */
export function generateSlots(
  feed: Feed,
  from: DayNumber,
  days: number,
  departments: string[],
  rng: Random,
  bookingBase: string,
): Slot[] {
  const engine = new ScheduleEngine(feed);
  const zone = engine.timeZone;
  const slots: Slot[] = [];
  for (const slot of slotsInRange(engine, from, from + days - 1, { departments })) {
    const capacity = rng.pick([4, 6, 8, 10]);
    // Near days are busier.
    const fill = Math.min(1, rng.next() * 0.6 + (days - (slot.day - from)) / days / 1.5);
    const booked = Math.min(capacity, Math.round(capacity * fill));
    const start = formatInstant(zone, instantOf(zone, slot.day, slot.startMinute));
    slots.push({
      department: slot.department,
      start,
      end: formatInstant(zone, instantOf(zone, slot.day, slot.endMinute)),
      status: booked >= capacity ? 'full' : booked >= capacity * 0.7 ? 'limited' : 'free',
      capacity,
      booked,
      clinicType: slot.clinicType,
      bookingUrl: `${bookingBase}?dept=${slot.department}&start=${encodeURIComponent(start)}`,
    });
  }
  return slots;
}

/** Monthly wait figures for the `months` full months before `asOf`, hospital-wide and per department. */
export function generateWaits(
  asOf: DayNumber,
  months: number,
  departments: { id: string; meanBase: number }[],
  rng: Random,
): WaitStat[] {
  const stats: WaitStat[] = [];
  const { year, month } = civilFromDay(asOf);
  for (let i = months; i >= 1; i--) {
    const m = month - i;
    const y = year + Math.floor((m - 1) / 12);
    const mm = ((((m - 1) % 12) + 12) % 12) + 1;
    const start = dayFromCivil(y, mm, 1);
    const end = dayFromCivil(mm === 12 ? y + 1 : y, mm === 12 ? 1 : mm + 1, 1) - 1;
    let total = 0;
    let weighted = 0;
    // Waits fall slowly over the year, as the policy asks.
    const trend = (i / months) * 4;
    for (const d of departments) {
      const sampleSize = rng.int(300, 4000);
      const mean = Math.max(4, round1(d.meanBase + trend + (rng.next() - 0.5) * 4));
      total += sampleSize;
      weighted += mean * sampleSize;
      stats.push(stat(d.id, start, end, mean, sampleSize, rng));
    }
    stats.push(stat('*', start, end, round1(weighted / total), total, rng));
  }
  return stats;
}

function stat(
  department: string,
  start: DayNumber,
  end: DayNumber,
  mean: number,
  sampleSize: number,
  rng: Random,
): WaitStat {
  return {
    department,
    periodStart: formatDate(start),
    periodEnd: formatDate(end),
    meanMinutes: mean,
    p50Minutes: round1(mean * 0.8),
    p90Minutes: round1(mean * 2.1),
    shareOver20: Math.min(1, round1(Math.max(0, (mean - 8) / 40) * 100) / 100),
    sampleSize,
    appointmentRate: round1((0.62 + rng.next() * 0.3) * 100) / 100,
  };
}

const round1 = (n: number) => Math.round(n * 10) / 10;
