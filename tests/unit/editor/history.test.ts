import { describe, expect, test } from 'vitest';
import { HISTORY_LIMIT, record, redo, startHistory, undo } from '../../../utils/editor/history';

describe('undo and redo', () => {
  test('each change is a step; undo and redo walk them; a new change drops what could be redone', () => {
    let h = startHistory('a');
    h = record(h, 'b', 'x', 0);
    h = record(h, 'c', 'y', 10);
    expect(undo(h).present).toBe('b');
    expect(undo(undo(h)).present).toBe('a');
    expect(undo(undo(undo(h))).present).toBe('a');
    expect(redo(undo(undo(h))).present).toBe('b');
    const branched = record(undo(h), 'd', 'z', 20);
    expect(branched.future).toEqual([]);
    expect(redo(branched)).toBe(branched);
  });

  test('typing in one field within a second is one step; another field, a pause or a structural change is a new one', () => {
    let h = startHistory('');
    h = record(h, 'h', '/hospital/name', 0);
    h = record(h, 'he', '/hospital/name', 300);
    h = record(h, 'hel', '/hospital/name', 900);
    expect(h.past).toEqual(['']);
    h = record(h, 'hel2', '/hospital/name', 2500);
    expect(h.past).toEqual(['', 'hel']);
    h = record(h, 'x', '/hospital/city', 2600);
    expect(h.past).toHaveLength(3);
    h = record(h, 'y', undefined, 2700);
    h = record(h, 'z', undefined, 2710);
    expect(h.past).toHaveLength(5);
  });

  test('the same document is no step; the oldest steps go beyond the limit', () => {
    const h = startHistory(0);
    expect(record(h, 0)).toBe(h);
    let long = h;
    for (let i = 1; i <= HISTORY_LIMIT + 10; i++) long = record(long, i);
    expect(long.past).toHaveLength(HISTORY_LIMIT);
    expect(long.past[0]).toBe(10);
  });
});
