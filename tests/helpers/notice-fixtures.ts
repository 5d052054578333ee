/**
 * The real notices (tests/fixtures/real-notices/) read by the notice reader and scored against the
 * careful human reading in each `expected.json`: the notice the reader writes is added to the
 * fixture's feed without its own notices, resolved on every listed date, and compared cell by
 * cell (a date × a department: the whole set of its lines).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDate } from '../../utils/date/civil';
import type { Feed } from '../../utils/feed/schema';
import { validateFeed } from '../../utils/feed/validate';
import { type NoticeReading, readNotice } from '../../utils/notice/read-notice';
import { ScheduleEngine } from '../../utils/schedule/engine';
import { type ExpectedReading, normal, project } from './resolved-lines';

export const NOTICE_DIR = join(import.meta.dirname, '../fixtures/real-notices');

export const noticeFolders = () =>
  readdirSync(NOTICE_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();

export interface NoticeScore {
  folder: string;
  reading: NoticeReading;
  /** No review line and no unmatched name: `import notice` would exit 0. */
  complete: boolean;
  cells: { right: number; review: number; wrong: number };
  /** The cells that differ, for a person to look at. */
  differences: string[];
  /** Errors of the feed with the notice added (must be none). */
  invalid: string[];
  ms: number;
}

export function scoreNotice(folder: string): NoticeScore {
  const read = (file: string) => readFileSync(join(NOTICE_DIR, folder, file), 'utf8');
  const full = JSON.parse(read('feed.json')) as Feed;
  const expected = JSON.parse(read('expected.json')) as ExpectedReading;
  const base = structuredClone(full);
  const own = base.schedule.notices ?? [];
  base.schedule.notices = [];
  const started = performance.now();
  const reading = readNotice(read('notice.txt'), base, { publishedAt: own[0]?.publishedAt });
  const ms = performance.now() - started;
  if (reading.notice) base.schedule.notices = [reading.notice];
  const checked = validateFeed(base);
  const invalid = checked.errors.map((e) => `${e.path} ${e.code}`);
  const complete = !reading.fatal && reading.review.length === 0 && reading.unmatched.length === 0;
  const cells = { right: 0, review: 0, wrong: 0 };
  const differences: string[] = [];
  const engine = checked.feed ? new ScheduleEngine(checked.feed) : undefined;
  for (const date of expected.dates) {
    const actual = engine ? engine.resolveLines(parseDate(date)!).map(project) : [];
    for (const department of full.departments.map((d) => d.id)) {
      const got = actual
        .filter((l) => l.department === department)
        .map(normal)
        .sort();
      const want = expected.lines
        .filter((l) => l.date === date && l.department === department)
        .map(normal)
        .sort();
      if (JSON.stringify(got) === JSON.stringify(want)) cells.right++;
      else {
        if (complete) cells.wrong++;
        else cells.review++;
        differences.push(`${date} ${department}: got ${got.join(' ') || '—'}; want ${want.join(' ') || '—'}`);
      }
    }
  }
  return { folder, reading, complete, cells, differences, invalid, ms };
}
