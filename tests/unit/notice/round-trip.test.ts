/**
 * The writer and the reader are inverses on what a notice can say exactly (cli.md: `import
 * notice` of `export notice-text`'s text gives back the same resolved schedule): generated
 * notices — any dates around 春节 2026 (days off, a make-up day, ordinary days), any scope of
 * campuses, departments and clinic types, any part of the day, every status, clock times — are
 * written, read back with no review line, and resolve to the same lines on every day for every
 * department.
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { formatDate, formatTime, parseDate, WEEKDAYS } from '../../../utils/date/civil';
import type { Feed, Notice, NoticeEntry } from '../../../utils/feed/schema';
import { validateFeed } from '../../../utils/feed/validate';
import { readNotice } from '../../../utils/notice/read-notice';
import { writeNotice } from '../../../utils/notice/write-notice';
import { ScheduleEngine } from '../../../utils/schedule/engine';
import { feedWith } from '../../helpers/feed';
import { normal, project } from '../../helpers/resolved-lines';

const FIRST = parseDate('2026-02-10')!;
const DAYS = 21;
const feed: Feed = feedWith((f) => {
  f.hospital.campuses = [
    { id: 'north', name: '北院区' },
    { id: 'south', name: '南院区' },
  ];
  f.departments.push(
    { id: 'derm', name: '皮肤科', category: 'dermatology', campus: 'north' },
    { id: 'eye', name: '眼科', category: 'ophthalmology', campus: 'south' },
    { id: 'ent', name: '耳鼻咽喉科', category: 'otolaryngology', campus: 'north' },
  );
  for (const id of ['derm', 'eye', 'ent']) {
    f.schedule.regular.push(
      { department: id, days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], start: '08:00', end: '12:00' },
      { department: id, days: ['mon', 'wed', 'fri'], start: '14:00', end: '17:00', clinicType: 'expert' },
    );
  }
});

const sessions = fc.uniqueArray(fc.integer({ min: 14, max: 44 }), { minLength: 2, maxLength: 4 }).map((halfHours) => {
  const sorted = [...halfHours].sort((a, b) => a - b);
  const out: { start: string; end: string }[] = [];
  for (let i = 0; i + 1 < sorted.length; i += 2)
    out.push({ start: formatTime(sorted[i]! * 30), end: formatTime(sorted[i + 1]! * 30) });
  return out;
});

const entry: fc.Arbitrary<NoticeEntry> = fc
  .record({
    start: fc.integer({ min: 0, max: DAYS - 1 }),
    length: fc.integer({ min: 0, max: 4 }),
    departments: fc.option(fc.subarray(['peds', 'derm', 'eye', 'ent'], { minLength: 1, maxLength: 2 }), {
      nil: undefined,
    }),
    campuses: fc.option(fc.subarray(['north', 'south'], { minLength: 1, maxLength: 1 }), { nil: undefined }),
    clinicTypes: fc.option(fc.constantFrom(['expert'], ['general']), { nil: undefined }),
    part: fc.option(fc.constantFrom('am' as const, 'pm' as const), { nil: undefined }),
    status: fc.constantFrom('closed', 'open', 'regular', 'roster', 'emergency-only', 'unannounced') as fc.Arbitrary<
      NoticeEntry['status']
    >,
    sessions: fc.option(sessions, { nil: undefined }),
    rosterOf: fc.constantFrom(...WEEKDAYS),
  })
  .map((g) => {
    const first = FIRST + g.start;
    const last = Math.min(FIRST + DAYS - 1, first + g.length);
    const e: NoticeEntry = { date: formatDate(first), status: g.status };
    if (last > first) e.through = formatDate(last);
    if (g.departments) e.departments = g.departments;
    if (g.campuses) e.campuses = g.campuses;
    if (g.clinicTypes) e.clinicTypes = [...g.clinicTypes];
    if (g.part) e.part = g.part;
    if (g.status === 'open' && g.sessions?.length) {
      // Sessions of an entry scoped to a part lie within that part.
      const within = g.sessions.filter((s) => !g.part || (g.part === 'am' ? s.end <= '12:00' : s.start >= '12:00'));
      if (within.length) e.sessions = within;
    }
    if (g.status === 'roster') e.rosterOf = g.rosterOf;
    return e;
  });

const notice = fc.array(entry, { minLength: 1, maxLength: 6 }).map(
  (entries): Notice => ({
    id: '2026-chunjie',
    title: '2026年春节门诊安排',
    publishedAt: '2026-01-20T10:00:00+08:00',
    entries,
  }),
);

function resolved(n: Notice): string[] {
  const f = structuredClone(feed);
  f.schedule.notices = [n];
  const checked = validateFeed(f);
  expect(checked.errors).toEqual([]);
  const engine = new ScheduleEngine(checked.feed!);
  const out: string[] = [];
  for (let d = FIRST; d < FIRST + DAYS; d++) out.push(...engine.resolveLines(d).map((l) => normal(project(l))));
  return out.sort();
}

test('export notice-text, then import notice: no review line and the same resolved schedule', () => {
  fc.assert(
    fc.property(notice, (n) => {
      const { text, inexact } = writeNotice(feed, n);
      expect(inexact).toEqual([]);
      const base = structuredClone(feed);
      const back = readNotice(text, base, {});
      expect(back.review, text).toEqual([]);
      expect(back.unmatched, text).toEqual([]);
      expect(back.publishedAt).toBe('2026-01-20T00:00:00+08:00');
      expect(resolved(back.notice!), text).toEqual(resolved(n));
    }),
    { numRuns: Number(process.env.FUZZ_RUNS ?? 60) },
  );
});

test('the English text says the same, in English', () => {
  const n: Notice = {
    id: 'x',
    title: { 'zh-CN': '2026年春节门诊安排', en: 'Spring Festival 2026 clinics' },
    publishedAt: '2026-01-20T10:00:00+08:00',
    entries: [
      { date: '2026-02-16', through: '2026-02-18', status: 'closed' },
      {
        date: '2026-02-19',
        departments: ['eye'],
        part: 'am',
        status: 'open',
        sessions: [{ start: '08:00', end: '11:30' }],
      },
    ],
  };
  const { text } = writeNotice(feed, n, 'en');
  expect(text).toContain('Spring Festival 2026 clinics');
  expect(text).toContain('Monday 16 February 2026 to Wednesday 18 February: all clinics closed.');
  expect(text).toContain('Thursday 19 February 2026: 眼科 in the morning open 08:00-11:30.');
});
