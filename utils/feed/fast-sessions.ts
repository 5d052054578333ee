/**
 * A fast path for the weekly roster (`schedule.regular`): hundreds of sessions in a large
 * hospital's feed, where zod's generic object parsing was most of the check after the slots.
 * It tests exactly what SessionSchema states and builds the same output (known keys only,
 * arrays copied). It only ever says "all valid, here they are" or "don't know": then zod
 * checks the sessions and reports exactly. A property test holds it to zod.
 */
import { fastArray, isClinicTypeId, isSafeInt } from './fast-path';
import { DATE_PATTERN, feedSchemas, ID_PATTERN, type Session, TIME_PATTERN, WEEKDAY_VALUES } from './schema';

const WEEKDAYS: ReadonlySet<unknown> = new Set(WEEKDAY_VALUES);
const isDate = (v: unknown): v is string => typeof v === 'string' && DATE_PATTERN.test(v);

/** The sessions as SessionSchema would output them, or undefined when any needs zod's judgement. */
export function fastSessions(input: unknown): Session[] | undefined {
  return fastArray(input, (s): Session | undefined => {
    const { department, days, start, end, clinicType, slotMinutes, capacityPerSlot, validFrom, validThrough, doctor } =
      s;
    if (typeof department !== 'string' || !ID_PATTERN.test(department)) return undefined;
    if (!Array.isArray(days) || days.length === 0) return undefined;
    for (const day of days) if (typeof day !== 'string' || !WEEKDAYS.has(day)) return undefined;
    if (typeof start !== 'string' || !TIME_PATTERN.test(start)) return undefined;
    if (typeof end !== 'string' || !TIME_PATTERN.test(end)) return undefined;
    const session: Session = { department, days: days.slice() as Session['days'], start, end };
    if (clinicType !== undefined) {
      if (!isClinicTypeId(clinicType)) return undefined;
      session.clinicType = clinicType as Session['clinicType'];
    }
    if (slotMinutes !== undefined) {
      if (!isSafeInt(slotMinutes, 5, 240)) return undefined;
      session.slotMinutes = slotMinutes;
    }
    if (capacityPerSlot !== undefined) {
      if (!isSafeInt(capacityPerSlot, 0)) return undefined;
      session.capacityPerSlot = capacityPerSlot;
    }
    if (validFrom !== undefined) {
      if (!isDate(validFrom)) return undefined;
      session.validFrom = validFrom;
    }
    if (validThrough !== undefined) {
      if (!isDate(validThrough)) return undefined;
      session.validThrough = validThrough;
    }
    if (doctor !== undefined) {
      // Rare and either a string or a record of strings: zod's own schema decides (and copies).
      const text = feedSchemas().LocalTextSchema.safeParse(doctor);
      if (!text.success) return undefined;
      session.doctor = text.data;
    }
    return session;
  });
}
