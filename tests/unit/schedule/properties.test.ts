/**
 * Invariants of the engine on random feeds: every resolved session is well-formed and
 * in range, output is sorted, slots tile their sessions, and filters agree with the whole.
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { dayFromCivil, formatTime, WEEKDAYS } from '../../../utils/date/civil';
import type { Feed } from '../../../utils/feed/schema';
import { validateFeed } from '../../../utils/feed/validate';
import { ScheduleEngine } from '../../../utils/schedule/engine';
import { isOpenAt, openIntervals } from '../../../utils/schedule/open-intervals';
import { cutSlots, slotsInRange } from '../../../utils/schedule/slots';
import { baseFeed } from '../../helpers/feed';

const DEPTS = ['a', 'b', 'c', 'd'];
const FIRST = dayFromCivil(2025, 1, 1);
const LAST = dayFromCivil(2027, 12, 31);

const timeRange = fc
  .tuple(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 1, max: 600 }))
  .map(([start, length]) => [formatTime(start), formatTime(Math.min(1440, start + length))] as const);

const sessionArb = fc.record({
  department: fc.constantFrom(...DEPTS),
  days: fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { minLength: 1 }),
  times: timeRange,
  slotMinutes: fc.option(fc.integer({ min: 5, max: 240 }), { nil: undefined }),
  clinicType: fc.option(fc.constantFrom('general', 'specialist', 'expert', 'special-needs' as const), {
    nil: undefined,
  }),
});

const entryArb = fc.record({
  day: fc.integer({ min: FIRST, max: LAST }),
  departments: fc.oneof(fc.constant('*' as const), fc.uniqueArray(fc.constantFrom(...DEPTS), { minLength: 1 })),
  status: fc.constantFrom('closed', 'open', 'roster' as const),
  times: fc.array(timeRange, { maxLength: 3 }),
  rosterOf: fc.constantFrom(...WEEKDAYS),
});

const feedArb = fc
  .record({
    sessions: fc.array(sessionArb, { maxLength: 12 }),
    notices: fc.array(
      fc.record({ minute: fc.integer({ min: 0, max: 100000 }), entries: fc.array(entryArb, { maxLength: 6 }) }),
      { maxLength: 3 },
    ),
    alwaysOpen: fc.subarray(DEPTS, { maxLength: 1 }),
    onHoliday: fc.constantFrom('closed', 'weekend-roster', 'regular' as const),
    makeupRoster: fc.constantFrom(...WEEKDAYS),
  })
  .map(({ sessions, notices, alwaysOpen, onHoliday, makeupRoster }): Feed => {
    const feed = baseFeed();
    feed.departments = DEPTS.map((id) => ({ id, name: id.toUpperCase() }));
    feed.schedule = {
      regular: sessions.map((s) => ({
        department: s.department,
        days: s.days,
        start: s.times[0],
        end: s.times[1],
        ...(s.slotMinutes !== undefined && { slotMinutes: s.slotMinutes }),
        ...(s.clinicType !== undefined && { clinicType: s.clinicType }),
      })),
      alwaysOpen: alwaysOpen.map((department) => ({ department })),
      onHoliday,
      makeupRoster,
      notices: notices.map((n, i) => ({
        id: `n${i}`,
        title: `n${i}`,
        publishedAt: new Date(Date.UTC(2025, 0, 1) + n.minute * 60_000).toISOString(),
        entries: n.entries.map((e) => {
          const date = new Date(e.day * 86_400_000).toISOString().slice(0, 10);
          if (e.status === 'open')
            return {
              date,
              departments: e.departments,
              status: 'open',
              sessions: e.times.map(([start, end]) => ({ start, end })),
            };
          if (e.status === 'roster')
            return { date, departments: e.departments, status: 'roster', rosterOf: e.rosterOf };
          return { date, departments: e.departments, status: 'closed' };
        }),
      })),
    };
    return feed;
  });

const rangeArb = fc
  .tuple(fc.integer({ min: FIRST, max: LAST }), fc.integer({ min: 0, max: 60 }))
  .map(([from, length]) => [from, from + length] as const);

test('random feeds are valid feeds (so the engine is exercised on what validation lets through)', () => {
  fc.assert(
    fc.property(feedArb, (feed) => {
      const result = validateFeed(feed);
      expect(result.errors.filter((e) => e.code !== 'notice.duplicate-entry')).toEqual([]);
    }),
    { numRuns: 50 },
  );
});

test('sessions stay in range, are well-formed and sorted by date, start, department', () => {
  fc.assert(
    fc.property(feedArb, rangeArb, (feed, [from, to]) => {
      const engine = new ScheduleEngine(feed);
      const out = engine.resolveRange(from, to);
      for (const s of out) {
        expect(s.day).toBeGreaterThanOrEqual(from);
        expect(s.day).toBeLessThanOrEqual(to);
        expect(s.startMinute).toBeLessThan(s.endMinute);
        expect(s.start).toBe(formatTime(s.startMinute));
        expect(DEPTS).toContain(s.department);
      }
      for (let i = 1; i < out.length; i++) {
        const a = out[i - 1]!;
        const b = out[i]!;
        const order =
          a.day - b.day ||
          a.startMinute - b.startMinute ||
          (a.department < b.department ? -1 : a.department > b.department ? 1 : 0);
        expect(order).toBeLessThanOrEqual(0);
      }
      // Always-open departments appear once a day, 00:00–24:00.
      for (const dept of engine.alwaysOpen) {
        const theirs = out.filter((s) => s.department === dept);
        expect(theirs).toHaveLength(to - from + 1);
        for (const s of theirs) expect([s.start, s.end, s.basis]).toEqual(['00:00', '24:00', 'always-open']);
      }
    }),
    { numRuns: 150 },
  );
});

test('slots tile their session, none longer than slotMinutes, only the last one shorter', () => {
  fc.assert(
    fc.property(feedArb, rangeArb, (feed, [from, to]) => {
      const engine = new ScheduleEngine(feed);
      for (const session of engine.resolveRange(from, to)) {
        const slots = cutSlots(session, engine.timeZone);
        expect(slots[0]!.startMinute).toBe(session.startMinute);
        expect(slots.at(-1)!.endMinute).toBe(session.endMinute);
        slots.forEach((slot, i) => {
          const length = slot.endMinute - slot.startMinute;
          expect(length).toBeGreaterThan(0);
          expect(length).toBeLessThanOrEqual(session.slotMinutes);
          if (i < slots.length - 1) {
            expect(length).toBe(session.slotMinutes);
            expect(slots[i + 1]!.startMinute).toBe(slot.endMinute);
          }
        });
      }
      const all = slotsInRange(engine, from, to);
      for (let i = 1; i < all.length; i++) {
        const a = all[i - 1]!;
        const b = all[i]!;
        expect(
          a.day - b.day || a.startMinute - b.startMinute || (a.department <= b.department ? -1 : 1),
        ).toBeLessThanOrEqual(0);
      }
    }),
    { numRuns: 100 },
  );
});

test('a range is the days one by one, and a department filter is the whole filtered', () => {
  fc.assert(
    fc.property(feedArb, rangeArb, fc.subarray(DEPTS, { minLength: 1 }), (feed, [from, to], wanted) => {
      const engine = new ScheduleEngine(feed);
      const whole = engine.resolveRange(from, to);
      const dayByDay = [];
      for (let d = from; d <= to; d++) dayByDay.push(...new ScheduleEngine(feed).resolveDay(d));
      expect(whole).toEqual(dayByDay);
      const filtered = engine.resolveRange(from, to, { departments: wanted });
      expect(filtered).toEqual(whole.filter((s) => wanted.includes(s.department)));
    }),
    { numRuns: 100 },
  );
});

test('open intervals are sorted, disjoint, inside the window, and agree with isOpenAt', () => {
  fc.assert(
    fc.property(
      feedArb,
      fc.integer({ min: FIRST, max: LAST - 10 }),
      fc.integer({ min: 0, max: 1439 }),
      (feed, startDay, minute) => {
        const engine = new ScheduleEngine(feed);
        const from = startDay * 86_400_000 + minute * 60_000 - 8 * 3_600_000;
        const to = from + 3 * 86_400_000;
        const intervals = openIntervals(engine, from, to);
        for (let i = 0; i < intervals.length; i++) {
          const { start, end } = intervals[i]!;
          expect(start).toBeGreaterThanOrEqual(from);
          expect(end).toBeLessThanOrEqual(to);
          expect(start).toBeLessThan(end);
          if (i > 0) expect(start).toBeGreaterThan(intervals[i - 1]!.end);
          expect(isOpenAt(engine, start)).toBe(true);
          if (end < to) expect(isOpenAt(engine, end)).toBe(false);
        }
      },
    ),
    { numRuns: 100 },
  );
});
