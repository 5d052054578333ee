/**
 * The layering rules of feed-v1 "How a day is resolved", stated as properties over random
 * feeds with every construct (parts, clinic types, campuses, ranges, the six statuses,
 * supersedes, optional holiday policies). Dates cluster around 国庆 2026 (days off
 * 10-01..10-07, make-up days 09-20 and 10-10) so that entries collide.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type DayNumber, dayFromCivil, formatDate, formatTime, WEEKDAYS } from '../../../utils/date/civil';
import type { Feed, NoticeEntry } from '../../../utils/feed/schema';
import { validateFeed } from '../../../utils/feed/validate';
import { type ResolvedLine, ScheduleEngine } from '../../../utils/schedule/engine';
import { baseFeed } from '../../helpers/feed';

const DEPTS = [
  { id: 'a', campus: 'east' },
  { id: 'b', campus: 'west' },
  { id: 'c' },
  { id: 'er', category: 'emergency' },
];
const FIRST = dayFromCivil(2026, 9, 18);
const LAST = dayFromCivil(2026, 10, 12);
const TYPES = ['general', 'expert', 'special-needs', 'famous'] as const;

const timeRange = fc
  .tuple(fc.integer({ min: 0, max: 1430 }), fc.integer({ min: 5, max: 600 }))
  .map(([start, length]) => [formatTime(start), formatTime(Math.min(1440, start + length))] as const);

const sessionArb = fc.record({
  department: fc.constantFrom('a', 'b', 'c'),
  days: fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { minLength: 1 }),
  times: timeRange,
  clinicType: fc.constantFrom(...TYPES),
});

const entryArb = fc.record({
  day: fc.integer({ min: FIRST, max: LAST }),
  span: fc.integer({ min: 0, max: 3 }),
  departments: fc.oneof(
    fc.constant(undefined),
    fc.constant('*' as const),
    fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'er'), { minLength: 1 }),
  ),
  campuses: fc.option(fc.uniqueArray(fc.constantFrom('east', 'west'), { minLength: 1 }), { nil: undefined }),
  clinicTypes: fc.option(fc.uniqueArray(fc.constantFrom(...TYPES), { minLength: 1, maxLength: 2 }), { nil: undefined }),
  part: fc.option(fc.constantFrom('am', 'pm', 'evening' as const), { nil: undefined }),
  status: fc.constantFrom('closed', 'open', 'roster', 'regular', 'emergency-only', 'unannounced' as const),
  withTimes: fc.boolean(),
  times: fc.array(timeRange, { maxLength: 2 }),
  rosterOf: fc.constantFrom(...WEEKDAYS),
  note: fc.boolean(),
});

type EntryInput = typeof entryArb extends fc.Arbitrary<infer T> ? T : never;

function toEntry(e: EntryInput): NoticeEntry {
  const entry: NoticeEntry = { date: formatDate(e.day), status: e.status };
  if (e.span > 0) entry.through = formatDate(e.day + e.span);
  if (e.departments !== undefined) entry.departments = e.departments;
  if (e.campuses) entry.campuses = e.campuses;
  if (e.clinicTypes) entry.clinicTypes = e.clinicTypes;
  if (e.part) entry.part = e.part;
  if (e.status === 'roster') entry.rosterOf = e.rosterOf;
  if (e.status === 'open' && e.withTimes)
    entry.sessions = e.times.map(([start, end]) => ({
      start,
      end,
      ...(e.clinicTypes && { clinicType: e.clinicTypes[0] }),
    }));
  if (e.note) entry.note = '见通知';
  return entry;
}

const feedArb = fc
  .record({
    sessions: fc.array(sessionArb, { maxLength: 10 }),
    notices: fc.array(
      fc.record({
        minute: fc.integer({ min: 0, max: 50 }),
        entries: fc.array(entryArb, { maxLength: 5 }),
        supersede: fc.boolean(),
      }),
      { maxLength: 3 },
    ),
    onHoliday: fc.option(fc.constantFrom('closed', 'weekend-roster', 'regular' as const), { nil: undefined }),
    makeupRoster: fc.option(fc.constantFrom(...WEEKDAYS), { nil: undefined }),
    dayParts: fc.boolean(),
  })
  .map(({ sessions, notices, onHoliday, makeupRoster, dayParts }): Feed => {
    const feed = baseFeed();
    feed.hospital.campuses = [
      { id: 'east', name: '东院' },
      { id: 'west', name: '西院' },
    ];
    feed.departments = DEPTS.map((d) => ({ ...d, name: d.id.toUpperCase() }));
    feed.schedule = {
      regular: sessions.map((s) => ({
        department: s.department,
        days: s.days,
        start: s.times[0],
        end: s.times[1],
        clinicType: s.clinicType,
      })),
      clinicTypes: [{ id: 'famous', name: '著名专家门诊', category: 'expert' }],
      alwaysOpen: [{ department: 'er' }],
      ...(onHoliday && { onHoliday }),
      ...(makeupRoster && { makeupRoster }),
      ...(dayParts && {
        dayParts: [
          { part: 'am' as const, start: '08:00', end: '11:30' },
          { part: 'pm' as const, start: '13:30', end: '17:00' },
        ],
      }),
      notices: notices.map((n, i) => ({
        id: `n${i}`,
        title: `n${i}`,
        publishedAt: new Date(Date.UTC(2026, 8, 1) + n.minute * 60_000).toISOString(),
        ...(n.supersede && i > 0 && { supersedes: [`n${i - 1}`] }),
        entries: n.entries.map(toEntry),
      })),
    };
    return feed;
  });

/** A line as a comparable string, clipped to [from, to) minutes (undefined when nothing is left). */
function clipped(l: ResolvedLine, from: number, to: number): string | undefined {
  const start = Math.max(from, l.startMinute);
  const end = Math.min(to, l.endMinute);
  if (end <= start) return undefined;
  const what =
    l.status === 'open'
      ? `${l.clinicType} ${l.hoursStated} ${l.basis}`
      : `${l.clinicTypes} ${l.exceptClinicTypes} ${l.basis}`;
  return `${l.department} ${l.status} ${start}-${end} ${what}`;
}

const daysOf = (from: DayNumber, to: DayNumber) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const runs = process.env.CI ? 150 : 100;

describe('layering properties', () => {
  test('random feeds pass the checker, so the engine is exercised on what validation lets through', () => {
    fc.assert(
      fc.property(feedArb, (feed) => {
        expect(validateFeed(feed).errors).toEqual([]);
      }),
      { numRuns: runs },
    );
  });

  test('a later whole-day "*" entry makes every earlier entry of that date irrelevant (for the departments "*" reaches)', () => {
    fc.assert(
      fc.property(
        feedArb,
        fc.integer({ min: FIRST, max: LAST }),
        fc.constantFrom('closed', 'regular', 'emergency-only', 'unannounced' as const),
        (feed, day, status) => {
          const last = {
            id: 'last',
            title: 'last',
            publishedAt: '2026-12-01T00:00:00+08:00',
            entries: [{ date: formatDate(day), status }],
          };
          const withAll: Feed = {
            ...feed,
            schedule: { ...feed.schedule, notices: [...(feed.schedule.notices ?? []), last] },
          };
          const alone: Feed = { ...feed, schedule: { ...feed.schedule, notices: [last] } };
          const reached = ['a', 'b', 'c'].filter((d) => feed.schedule.regular.some((s) => s.department === d));
          const a = new ScheduleEngine(withAll).resolveLines(day, { departments: reached });
          const b = new ScheduleEngine(alone).resolveLines(day, { departments: reached });
          expect(a.map((l) => clipped(l, 0, 1440))).toEqual(b.map((l) => clipped(l, 0, 1440)));
        },
      ),
      { numRuns: runs },
    );
  });

  test('a pm entry never changes anything before 12:00; an am entry nothing from 12:00; an evening entry nothing before 18:00', () => {
    const outside = { am: [[720, 1440]], pm: [[0, 720]], evening: [[0, 1080]] } as const;
    fc.assert(
      fc.property(feedArb, entryArb, fc.constantFrom('am', 'pm', 'evening' as const), (feed, e, part) => {
        const later = {
          id: 'part',
          title: 'part',
          publishedAt: '2026-12-01T00:00:00+08:00',
          entries: [toEntry({ ...e, part })],
        };
        const changed: Feed = {
          ...feed,
          schedule: { ...feed.schedule, notices: [...(feed.schedule.notices ?? []), later] },
        };
        const a = new ScheduleEngine(feed);
        const b = new ScheduleEngine(changed);
        for (const day of daysOf(e.day, e.day + e.span)) {
          for (const [from, to] of outside[part]) {
            const before = a
              .resolveLines(day)
              .map((l) => clipped(l, from, to))
              .filter(Boolean);
            const after = b
              .resolveLines(day)
              .map((l) => clipped(l, from, to))
              .filter(Boolean);
            expect(after.sort()).toEqual(before.sort());
          }
        }
      }),
      { numRuns: runs },
    );
  });

  test('without onHoliday and makeupRoster, no open outpatient line on a day off or make-up day that no notice covers', () => {
    fc.assert(
      fc.property(feedArb, (input) => {
        const feed: Feed = { ...input, schedule: { ...input.schedule, onHoliday: undefined, makeupRoster: undefined } };
        const engine = new ScheduleEngine(feed);
        const covered = new Set<string>();
        for (const n of feed.schedule.notices ?? [])
          for (const e of n.entries)
            for (const d of daysOf(dayFromString(e.date), dayFromString(e.through ?? e.date)))
              covered.add(formatDate(d));
        for (const day of daysOf(FIRST, LAST)) {
          const info = engine.dayInfo(day);
          if ((info.dayType !== 'holiday' && info.dayType !== 'makeup-workday') || covered.has(info.date)) continue;
          const lines = engine.resolveLines(day, { includeAlwaysOpen: false });
          expect(lines.filter((l) => l.status === 'open')).toEqual([]);
          // … and every outpatient department says so: unknown all day.
          const outpatient = ['a', 'b', 'c'].filter((d) => feed.schedule.regular.some((s) => s.department === d));
          expect(lines.map((l) => `${l.department} ${l.status} ${l.start}-${l.end} ${l.basis}`)).toEqual(
            outpatient.map((d) => `${d} unknown 00:00-24:00 not-stated`),
          );
        }
      }),
      { numRuns: runs },
    );
  });

  test('lines are well formed: inside the day, sorted, only open lines carry a clinic type, marks never overlap an open line of a type they concern', () => {
    fc.assert(
      fc.property(feedArb, (feed) => {
        const engine = new ScheduleEngine(feed);
        for (const day of daysOf(FIRST, LAST)) {
          const lines = engine.resolveLines(day);
          for (const l of lines) {
            expect(l.startMinute).toBeGreaterThanOrEqual(0);
            expect(l.endMinute).toBeLessThanOrEqual(1440);
            expect(l.endMinute).toBeGreaterThan(l.startMinute);
          }
          const keys = lines.map((l) => [l.startMinute, l.department]);
          expect(keys).toEqual(
            [...keys].sort((x, y) => (x[0] as number) - (y[0] as number) || String(x[1]).localeCompare(String(y[1]))),
          );
          for (const mark of lines) {
            if (mark.status === 'open') continue;
            for (const open of lines) {
              if (open.status !== 'open' || open.department !== mark.department) continue;
              if (open.endMinute <= mark.startMinute || open.startMinute >= mark.endMinute) continue;
              expect(
                engine.markConcerns(mark, open.clinicType),
                `${formatDate(day)} ${mark.department} ${mark.status} ${mark.start}-${mark.end} vs ${open.clinicType} ${open.start}-${open.end}`,
              ).toBe(false);
            }
          }
        }
      }),
      { numRuns: runs },
    );
  });
});

function dayFromString(date: string): DayNumber {
  const [y, m, d] = date.split('-').map(Number);
  return dayFromCivil(y!, m!, d!);
}
