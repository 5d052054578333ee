import fc from 'fast-check';
import { expect, test } from 'vitest';
import { fastSlots } from '../../../utils/feed/fast-slots';
import { feedSchemas } from '../../../utils/feed/schema';
import { expectAgreesWithZod, mostly } from '../../helpers/fast-path';

const { SlotSchema } = feedSchemas();

// Keys outside requiredKeys are sometimes absent (JSON has no undefined). Values on both sides
// of every rule of SlotSchema, mostly valid ones, so that whole slots pass often enough.
const field = {
  department: mostly(
    fc.constantFrom('peds', 'a', 'dept-01', 'a'.repeat(64)),
    fc.oneof(fc.constantFrom('Peds', '儿科', '', '-x', 'a'.repeat(65)), fc.string(), fc.integer()),
  ),
  start: mostly(
    fc.constantFrom(
      '2026-02-14T08:00:00+08:00',
      '2026-02-14T08:00+08:00',
      '2026-02-14T00:00:00Z',
      '2026-02-14T08:00:00.123456789-05:00',
    ),
    fc.oneof(fc.constantFrom('2026-02-14T08:00:00', '2026-02-14 08:00+08:00'), fc.string(), fc.constant(null)),
  ),
  status: mostly(
    fc.constantFrom('free', 'limited', 'full', 'closed'),
    fc.oneof(fc.constantFrom('Free', 'open', ''), fc.integer()),
  ),
  count: mostly(
    fc.oneof(fc.integer({ min: 0, max: 50 }), fc.constantFrom(0, Number.MAX_SAFE_INTEGER)),
    fc.oneof(
      fc.integer({ min: -3, max: -1 }),
      fc.double(),
      fc.constantFrom(Number.MAX_SAFE_INTEGER + 2, null, '3', -0, 2.5),
    ),
  ),
  clinicType: mostly(
    fc.constantFrom('general', 'specialist', 'expert', 'special-needs'),
    fc.oneof(fc.constantFrom('Expert', ''), fc.integer()),
  ),
  bookingUrl: mostly(
    fc.oneof(
      fc.constantFrom('https://h.example/book?x=1', 'http://h.example'),
      fc.webUrl({ validSchemes: ['https', 'http'] }),
    ),
    fc.oneof(
      fc.constantFrom(
        ' https://h.example/a ',
        'javascript:alert(1)',
        'data:text/html,x',
        'https://',
        'h.example/x',
        'https://h.exa mple/',
        'https://h.example/\tpath',
        'ftp://h.example',
      ),
      fc.webUrl(),
      fc.string(),
    ),
  ),
};
const slotLike = fc.record(
  {
    department: field.department,
    start: field.start,
    end: field.start,
    status: field.status,
    capacity: field.count,
    booked: field.count,
    clinicType: field.clinicType,
    bookingUrl: field.bookingUrl,
  },
  { requiredKeys: ['department', 'start', 'end', 'status'] },
);

test('whenever the fast path accepts slots, zod accepts them with exactly the same output', () => {
  expectAgreesWithZod(fastSlots, SlotSchema, slotLike);
});

test('the fast path does take valid slots (otherwise it would be no faster)', () => {
  const valid = fc.record({
    department: fc.constantFrom('peds', 'er-2'),
    start: fc.constant('2026-02-14T08:00:00+08:00'),
    end: fc.constant('2026-02-14T08:30:00+08:00'),
    status: fc.constantFrom('free', 'limited', 'full', 'closed'),
    capacity: fc.nat(20),
    bookingUrl: fc.webUrl({ validSchemes: ['https', 'http'] }),
  });
  fc.assert(
    fc.property(fc.array(valid, { minLength: 1, maxLength: 5 }), (slots) => {
      expect(fastSlots(slots)).toBeDefined();
    }),
  );
});

test('declines what zod must judge', () => {
  expect(
    fastSlots([{ department: 'peds', start: '2026-02-14T08:00:00', end: '2026-02-14T08:30:00+08:00', status: 'free' }]),
  ).toBeUndefined();
  expect(
    fastSlots([
      {
        department: 'peds',
        start: '2026-02-14T08:00:00+08:00',
        end: '2026-02-14T08:30:00+08:00',
        status: 'free',
        bookingUrl: 'javascript:alert(1)',
      },
    ]),
  ).toBeUndefined();
  expect(fastSlots('nope')).toBeUndefined();
});

test('booking links are judged by zod once per scheme and authority, and the rest agree with zod', () => {
  const authority = fc.constantFrom(
    'https://h.example',
    'http://h.example:8080',
    'https://user@h.example',
    'https://h.example:99999',
    'https://xn--a.example',
    'https://%zz',
    'https:///',
    'https:///a',
    'https://',
    'HTTPS://h.example',
    'https://h.exa mple',
    'https://[::1]',
    'https://1.2.3.999',
    'ftp://h.example',
  );
  const tail = fc.oneof(
    fc.constantFrom(
      '',
      '/',
      '/book?x=1',
      '?x',
      '#f',
      '\\x',
      '/%zz',
      '/ a',
      '/\t',
      '/\u0000',
      '/\ud800',
      '%zz',
      ':1/x',
      '@evil.example/',
      '/a@b',
      '/../x',
      '/中文',
    ),
    fc.string(),
  );
  const base = {
    department: 'peds',
    start: '2026-02-14T08:00:00+08:00',
    end: '2026-02-14T08:30:00+08:00',
    status: 'free',
  };
  fc.assert(
    fc.property(fc.array(fc.tuple(authority, tail), { minLength: 1, maxLength: 6 }), (links) => {
      const slots = links.map(([a, t]) => ({ ...base, bookingUrl: a + t }));
      const fast = fastSlots(slots);
      const zod = slots.map((s) => SlotSchema.safeParse(s));
      if (fast === undefined) {
        expect(zod.every((r) => r.success)).toBe(false);
        return;
      }
      expect(zod.every((r) => r.success)).toBe(true);
      expect(fast).toEqual(zod.map((r) => r.data));
    }),
    { numRuns: 3000 },
  );
});
