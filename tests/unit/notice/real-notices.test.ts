/**
 * The reader on the real notices (tests/fixtures/real-notices/), scored against each careful
 * human reading: a notice it calls complete must resolve exactly as read (zero wrong), and
 * nothing it writes may make the feed invalid. How much it reads is `npm run bench:import`'s
 * figure, not a pass mark here.
 */
import { describe, expect, test } from 'vitest';
import { noticeFolders, scoreNotice } from '../../helpers/notice-fixtures';

describe.each(noticeFolders())('%s', (folder) => {
  const score = scoreNotice(folder);
  test('what it writes keeps the feed valid', () => {
    expect(score.reading.fatal).toBeUndefined();
    expect(score.invalid).toEqual([]);
  });
  test('complete means right: no cell of a notice without review lines differs from the reading', () => {
    expect(score.cells.wrong, score.differences.join('\n')).toBe(0);
  });
});

test('at least one real notice is read completely, and most cells are right', () => {
  const scores = noticeFolders().map(scoreNotice);
  expect(scores.filter((s) => s.complete).length).toBeGreaterThanOrEqual(1);
  const right = scores.reduce((n, s) => n + s.cells.right, 0);
  const all = scores.reduce((n, s) => n + s.cells.right + s.cells.review + s.cells.wrong, 0);
  expect(right / all).toBeGreaterThan(0.5);
});
