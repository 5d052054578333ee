/**
 * A fast path for the part of a feed that is most of its size: live slots (thousands of
 * small objects, where zod's generic object parsing dominates the check). For each slot it
 * tests exactly what SlotSchema states (ids and instants by the same patterns, the same
 * enums, safe non-negative integers, and zod's own URL schema for the booking link) and
 * builds the same output. It only ever says "all valid, here they are" or "don't know":
 * then zod checks the slots and reports exactly. A property test holds it to zod.
 */
import * as z from 'zod/mini';
import { ID_PATTERN, INSTANT_PATTERN, type Slot } from './schema';

const STATUS = new Set(['free', 'limited', 'full', 'closed']);
const CLINIC_TYPES = new Set(['general', 'specialist', 'expert', 'special-needs']);
const BookingUrl = z.url({ protocol: /^https?$/ });

const count = (v: unknown) => v === undefined || (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0);

/** The slots as SlotSchema would output them, or undefined when any needs zod's judgement. */
export function fastSlots(input: unknown): Slot[] | undefined {
  if (!Array.isArray(input)) return undefined;
  const out: Slot[] = new Array(input.length);
  for (let i = 0; i < input.length; i++) {
    const s = input[i] as Record<string, unknown> | null;
    if (s === null || typeof s !== 'object' || Array.isArray(s)) return undefined;
    const { department, start, end, status, capacity, booked, clinicType, bookingUrl } = s;
    if (typeof department !== 'string' || !ID_PATTERN.test(department)) return undefined;
    if (typeof start !== 'string' || !INSTANT_PATTERN.test(start)) return undefined;
    if (typeof end !== 'string' || !INSTANT_PATTERN.test(end)) return undefined;
    if (typeof status !== 'string' || !STATUS.has(status)) return undefined;
    if (!count(capacity) || !count(booked)) return undefined;
    if (clinicType !== undefined && (typeof clinicType !== 'string' || !CLINIC_TYPES.has(clinicType))) return undefined;
    const slot: Slot = { department, start, end, status: status as Slot['status'] };
    if (capacity !== undefined) slot.capacity = capacity as number;
    if (booked !== undefined) slot.booked = booked as number;
    if (clinicType !== undefined) slot.clinicType = clinicType as Slot['clinicType'];
    if (bookingUrl !== undefined) {
      const url = BookingUrl.safeParse(bookingUrl);
      if (!url.success) return undefined;
      slot.bookingUrl = url.data;
    }
    out[i] = slot;
  }
  return out;
}
