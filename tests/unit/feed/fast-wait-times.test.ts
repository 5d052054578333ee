import fc from 'fast-check';
import { expect, test } from 'vitest';
import * as z from 'zod/mini';
import { fastWaitTimes } from '../../../utils/feed/fast-wait-times';
import { DATE_PATTERN, feedSchemas } from '../../../utils/feed/schema';
import { expectAgreesWithZod, mostly } from '../../helpers/fast-path';

const { WaitStatSchema } = feedSchemas();

// Keys outside requiredKeys are sometimes absent (JSON has no undefined). Values on both sides of every rule of WaitStatSchema, mostly valid ones, so that whole
// figures pass often enough for the comparison to bite.
const bad = fc.oneof(
  fc.double(),
  fc.integer({ min: -5, max: -1 }),
  fc.constantFrom(-0.001, Infinity, -Infinity, NaN, Number.MAX_SAFE_INTEGER + 2, null, '3'),
);
const minutes = mostly(fc.oneof(fc.double({ min: 0, max: 500, noNaN: true }), fc.constantFrom(0, -0, 12, 1e6)), bad);
const share = mostly(
  fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 1, 0.5)),
  fc.oneof(bad, fc.constantFrom(1.0001, 2)),
);
const count = mostly(
  fc.oneof(fc.nat(), fc.constantFrom(0, Number.MAX_SAFE_INTEGER)),
  fc.oneof(bad, fc.constantFrom(2.5, -1)),
);
const waitLike = fc.record(
  {
    department: mostly(
      fc.constantFrom('*', 'peds', 'er-2'),
      fc.oneof(fc.constantFrom('Peds', '', '**'), fc.string(), fc.integer()),
    ),
    periodStart: mostly(
      fc.constantFrom('2026-02-01', '2024-02-29'),
      fc.oneof(fc.constantFrom('2026-02-29', '2026-13-01', '2026-2-1'), fc.string()),
    ),
    periodEnd: mostly(
      fc.constantFrom('2026-02-28', '2026-04-30'),
      fc.oneof(fc.constantFrom('2026-04-31', '2026-00-10'), fc.string()),
    ),
    meanMinutes: minutes,
    p50Minutes: minutes,
    p90Minutes: minutes,
    shareOver20: share,
    sampleSize: count,
    appointmentRate: share,
    extra: fc.string(),
  },
  { requiredKeys: ['department', 'periodStart', 'periodEnd', 'meanMinutes', 'sampleSize'] },
);

test('whenever the fast path accepts wait figures, zod accepts them with exactly the same output', () => {
  expectAgreesWithZod(fastWaitTimes, WaitStatSchema, waitLike);
});

test('the fast path does take valid figures', () => {
  const valid = fc.record(
    {
      department: fc.constantFrom('*', 'peds'),
      periodStart: fc.constant('2026-02-01'),
      periodEnd: fc.constant('2026-02-28'),
      meanMinutes: fc.double({ min: 0, max: 500, noNaN: true }),
      p50Minutes: fc.double({ min: 0, max: 500, noNaN: true }),
      shareOver20: fc.double({ min: 0, max: 1, noNaN: true }),
      sampleSize: fc.nat(),
      appointmentRate: fc.double({ min: 0, max: 1, noNaN: true }),
    },
    { requiredKeys: ['department', 'periodStart', 'periodEnd', 'meanMinutes', 'sampleSize'] },
  );
  fc.assert(
    fc.property(fc.array(valid, { minLength: 1, maxLength: 5 }), (stats) => {
      expect(fastWaitTimes(stats)).toStrictEqual(stats.map((s) => WaitStatSchema.parse(s)));
    }),
  );
});

test('declines what zod must judge', () => {
  const ok = { department: '*', periodStart: '2026-02-01', periodEnd: '2026-02-28', meanMinutes: 12, sampleSize: 40 };
  expect(fastWaitTimes([ok])).toEqual([ok]);
  expect(fastWaitTimes([{ ...ok, meanMinutes: Infinity }])).toBeUndefined();
  expect(fastWaitTimes([{ ...ok, shareOver20: 1.2 }])).toBeUndefined();
  expect(fastWaitTimes([{ ...ok, sampleSize: 2.5 }])).toBeUndefined();
  expect(fastWaitTimes('nope')).toBeUndefined();
});

test("the fast paths' date pattern is zod's own for z.iso.date()", () => {
  expect(DATE_PATTERN.source).toBe(z.regexes.date.source);
  expect(DATE_PATTERN.flags).toBe(z.regexes.date.flags);
});
