/**
 * A fast path for the part of a feed that is most of its size: live slots (thousands of
 * small objects, where zod's generic object parsing dominates the check). For each slot it
 * tests exactly what SlotSchema states (ids and instants by the same patterns, the same
 * enums, safe non-negative integers, and SlotSchema's own rule for the booking link) and
 * builds the same output. It only ever says "all valid, here they are" or "don't know":
 * then zod checks the slots and reports exactly. A property test holds it to zod.
 *
 * Booking links share their scheme and authority (`https://booking.example`), and only that
 * part of a URL can make parsing fail: past the authority, the URL Standard's path, query
 * and fragment states report validation errors but never fail. So zod judges each link
 * whose scheme and authority it has not yet passed in this feed; the others are taken as
 * they are, provided nothing in them would make zod's output differ (zod trims white space
 * and drops tabs and newlines).
 */
import { fastArray, isClinicTypeId, isSafeInt } from './fast-path';
import { feedSchemas, ID_PATTERN, INSTANT_PATTERN, SLOT_STATUS_VALUES, type Slot } from './schema';

const STATUS: ReadonlySet<unknown> = new Set(SLOT_STATUS_VALUES);

/** Scheme and a non-empty authority, up to the first / ? # or \ (for http(s) a backslash ends it too). `https:///x` has none here: the URL Standard skips the extra slash, so zod judges it. */
const AUTHORITY = /^https?:\/\/[^/?#\\]+/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: a URL's authority never holds a control character or space
const SPACE_OR_CONTROL = /[\u0000-\u0020]/;

/** zod's verdict on a booking link, asked once per scheme and authority (see above). */
function bookingUrlChecker() {
  const passed = new Set<string>();
  return (value: unknown): string | undefined => {
    if (typeof value !== 'string') return undefined;
    const authority = SPACE_OR_CONTROL.test(value) ? undefined : AUTHORITY.exec(value)?.[0];
    if (authority !== undefined && passed.has(authority)) return value;
    const url = feedSchemas().SlotSchema.shape.bookingUrl.safeParse(value);
    if (!url.success) return undefined;
    if (authority !== undefined) passed.add(authority);
    return url.data;
  };
}

const count = (v: unknown) => v === undefined || isSafeInt(v, 0);

/** The slots as SlotSchema would output them, or undefined when any needs zod's judgement. */
export function fastSlots(input: unknown): Slot[] | undefined {
  const bookingUrlOf = bookingUrlChecker();
  return fastArray(input, (s): Slot | undefined => {
    const { department, start, end, status, capacity, booked, clinicType, bookingUrl } = s;
    if (typeof department !== 'string' || !ID_PATTERN.test(department)) return undefined;
    if (typeof start !== 'string' || !INSTANT_PATTERN.test(start)) return undefined;
    if (typeof end !== 'string' || !INSTANT_PATTERN.test(end)) return undefined;
    if (typeof status !== 'string' || !STATUS.has(status)) return undefined;
    if (!count(capacity) || !count(booked)) return undefined;
    if (clinicType !== undefined && !isClinicTypeId(clinicType)) return undefined;
    const slot: Slot = { department, start, end, status: status as Slot['status'] };
    if (capacity !== undefined) slot.capacity = capacity as number;
    if (booked !== undefined) slot.booked = booked as number;
    if (clinicType !== undefined) slot.clinicType = clinicType as Slot['clinicType'];
    if (bookingUrl !== undefined) {
      const url = bookingUrlOf(bookingUrl);
      if (url === undefined) return undefined;
      slot.bookingUrl = url;
    }
    return slot;
  });
}
