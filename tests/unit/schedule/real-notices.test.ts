/**
 * Fifteen holiday notices real hospitals published (tests/fixtures/real-notices/, each with
 * its source address), each written as a feed with a reading of how it resolves. The engine
 * must give exactly that reading: every line of every listed date, nothing more.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDate } from '../../../utils/date/civil';
import { validateFeed } from '../../../utils/feed/validate';
import { ScheduleEngine } from '../../../utils/schedule/engine';
import { type ExpectedReading, normal, project } from '../../helpers/resolved-lines';

const DIR = join(import.meta.dirname, '../../fixtures/real-notices');
const folders = readdirSync(DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

test('at least ten real notices are kept, each with its source address', () => {
  expect(folders.length).toBeGreaterThanOrEqual(10);
  for (const folder of folders) expect(readFileSync(join(DIR, folder, 'notice.txt'), 'utf8')).toMatch(/^source: \S+/);
});

describe.each(folders)('%s', (folder) => {
  const feed = JSON.parse(readFileSync(join(DIR, folder, 'feed.json'), 'utf8'));
  const expected = JSON.parse(readFileSync(join(DIR, folder, 'expected.json'), 'utf8')) as ExpectedReading;

  test('the feed is valid', () => {
    expect(validateFeed(feed).errors).toEqual([]);
  });

  test('it resolves exactly as the notice reads, date by date', () => {
    const engine = new ScheduleEngine(validateFeed(feed).feed!);
    for (const date of expected.dates) {
      const actual = engine
        .resolveLines(parseDate(date)!)
        .map((l) => normal(project(l)))
        .sort();
      const wanted = expected.lines
        .filter((l) => l.date === date)
        .map(normal)
        .sort();
      expect(actual, date).toEqual(wanted);
      for (const none of expected.noLines?.filter((n) => n.date === date) ?? []) {
        expect(
          actual.some((a) => JSON.parse(a).department === none.department),
          `${date} ${none.department}`,
        ).toBe(false);
      }
    }
  });
});
