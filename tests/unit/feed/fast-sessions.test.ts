import fc from 'fast-check';
import { expect, test } from 'vitest';
import { fastSessions } from '../../../utils/feed/fast-sessions';
import { feedSchemas } from '../../../utils/feed/schema';
import { expectAgreesWithZod, mostly } from '../../helpers/fast-path';

const { SessionSchema } = feedSchemas();

// Keys outside requiredKeys are sometimes absent (JSON has no undefined). Values on both sides of every rule of SessionSchema, mostly valid ones, so that whole
// sessions pass often enough for the comparison to bite.
const int = mostly(
  fc.constantFrom(-1, 0, 4, 5, 6, 30, 239, 240, 241, Number.MAX_SAFE_INTEGER),
  fc.oneof(
    fc.integer({ min: -3, max: 300 }),
    fc.double(),
    fc.constantFrom(Number.MAX_SAFE_INTEGER + 2, Infinity, null, '30', -0),
  ),
);
const field = {
  department: mostly(
    fc.constantFrom('peds', 'a', 'dept-01', 'a'.repeat(64)),
    fc.oneof(fc.constantFrom('Peds', '儿科', '', '-x', 'a'.repeat(65)), fc.string(), fc.integer()),
  ),
  days: mostly(
    fc.array(fc.constantFrom('mon', 'tue', 'sat', 'sun'), { minLength: 1, maxLength: 4 }),
    fc.oneof(
      fc.array(fc.constantFrom('mon', 'Mon', 'monday', ''), { maxLength: 3 }),
      fc.constantFrom('mon', null, ['mon', 1]),
    ),
  ),
  time: mostly(
    fc.constantFrom('08:00', '24:00', '23:59', '00:00'),
    fc.oneof(fc.constantFrom('24:01', '8:00', '08:00:00', '12:60', '24:30', ''), fc.string()),
  ),
  clinicType: mostly(
    fc.constantFrom('general', 'specialist', 'expert', 'special-needs'),
    fc.oneof(fc.constantFrom('Expert', ''), fc.integer()),
  ),
  date: mostly(
    fc.constantFrom('2026-02-14', '2024-02-29', '2000-02-29'),
    fc.oneof(
      fc.constantFrom('2026-02-29', '1900-02-29', '2026-13-01', '2026-2-14', '2026-04-31', '2026-02-14T00:00'),
      fc.string(),
    ),
  ),
  doctor: mostly(
    fc.oneof(fc.string(), fc.dictionary(fc.constantFrom('zh-CN', 'en'), fc.string())),
    fc.oneof(fc.constantFrom(null, 3, ['x']), fc.dictionary(fc.string(), fc.integer(), { minKeys: 1 })),
  ),
};
const sessionLike = fc.record(
  {
    department: field.department,
    days: field.days,
    start: field.time,
    end: field.time,
    clinicType: field.clinicType,
    slotMinutes: int,
    capacityPerSlot: int,
    validFrom: field.date,
    validThrough: field.date,
    doctor: field.doctor,
    extra: fc.string(),
  },
  { requiredKeys: ['department', 'days', 'start', 'end'] },
);

test('whenever the fast path accepts sessions, zod accepts them with exactly the same output', () => {
  expectAgreesWithZod(fastSessions, SessionSchema, sessionLike);
});

test('the fast path does take valid sessions, and copies what it keeps', () => {
  const valid = fc.record(
    {
      department: fc.constantFrom('peds', 'er-2'),
      days: fc.array(fc.constantFrom('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'), { minLength: 1, maxLength: 7 }),
      start: fc.constantFrom('08:00', '13:30'),
      end: fc.constantFrom('11:30', '24:00'),
      clinicType: fc.constantFrom('general', 'expert'),
      slotMinutes: fc.integer({ min: 5, max: 240 }),
      capacityPerSlot: fc.nat(50),
      validFrom: fc.constant('2026-03-01'),
      doctor: fc.oneof(fc.string(), fc.dictionary(fc.constantFrom('zh-CN', 'en'), fc.string())),
    },
    { requiredKeys: ['department', 'days', 'start', 'end'] },
  );
  fc.assert(
    fc.property(fc.array(valid, { minLength: 1, maxLength: 5 }), (sessions) => {
      const fast = fastSessions(sessions);
      expect(fast).toStrictEqual(sessions.map((s) => SessionSchema.parse(s)));
      for (const [i, s] of fast!.entries()) expect(s.days).not.toBe(sessions[i]!.days);
    }),
  );
});

test('declines what zod must judge', () => {
  const ok = { department: 'peds', days: ['mon'], start: '08:00', end: '12:00' };
  expect(fastSessions([ok])).toEqual([ok]);
  expect(fastSessions([{ ...ok, days: [] }])).toBeUndefined();
  expect(fastSessions([{ ...ok, slotMinutes: 4 }])).toBeUndefined();
  expect(fastSessions([{ ...ok, validThrough: '2026-02-30' }])).toBeUndefined();
  expect(fastSessions([ok, null])).toBeUndefined();
  expect(fastSessions('nope')).toBeUndefined();
});
