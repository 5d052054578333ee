import { describe, expect, test } from 'vitest';
import { feedDiff } from '../../../utils/editor/feed-diff';

describe('what changed since the published feed', () => {
  const published = {
    updatedAt: '2026-11-01T09:00:00+08:00',
    departments: [
      { id: 'a', name: '内科' },
      { id: 'b', name: '儿科' },
    ],
    schedule: { regular: [{ department: 'a', start: '08:00' }] },
    x: 1,
  };

  test('the same feed: nothing', () => {
    expect(feedDiff(published, structuredClone(published))).toEqual({ changes: [], more: 0 });
  });

  test('lists with ids are matched by id; others by place; every change named by its pointer', () => {
    const { x: _x, ...rest } = structuredClone(published);
    const draft = { ...rest, y: true };
    draft.departments.unshift({ id: 'c', name: '急诊科' });
    draft.departments[2]!.name = '小儿科';
    draft.schedule.regular[0]!.start = '08:30';
    expect(feedDiff(published, draft).changes).toEqual([
      { kind: 'added', path: '/departments/0', after: { id: 'c', name: '急诊科' } },
      { kind: 'changed', path: '/departments/2/name', before: '儿科', after: '小儿科' },
      { kind: 'changed', path: '/schedule/regular/0/start', before: '08:00', after: '08:30' },
      { kind: 'added', path: '/y', after: true },
      { kind: 'removed', path: '/x', before: 1 },
    ]);
  });

  test('a removed department is named at its place in the published feed; the list is bounded', () => {
    const draft = structuredClone(published);
    draft.departments.splice(0, 1);
    expect(feedDiff(published, draft).changes).toEqual([
      { kind: 'removed', path: '/departments/0', before: { id: 'a', name: '内科' } },
    ]);
    const many = { list: Array.from({ length: 30 }, (_, i) => i) };
    const changed = { list: Array.from({ length: 30 }, (_, i) => i + 100) };
    expect(feedDiff(many, changed, 10)).toMatchObject({ more: 20 });
    expect(feedDiff(many, changed, 10).changes).toHaveLength(10);
  });
});

describe('lists without ids', () => {
  const regular = Array.from({ length: 40 }, (_, i) => ({
    department: 'a',
    days: ['mon'],
    start: `${String(i % 24).padStart(2, '0')}:00`,
    n: i,
  }));

  test('one item split in two is one change and one addition, not a change of every item after it', () => {
    const draft = [...regular];
    draft.splice(3, 1, { ...regular[3]!, days: ['tue'] }, { ...regular[3]!, end: '11:45' } as never);
    expect(feedDiff({ regular }, { regular: draft }).changes).toEqual([
      { kind: 'changed', path: '/regular/3/days/0', before: 'mon', after: 'tue' },
      { kind: 'added', path: '/regular/4', after: { ...regular[3], end: '11:45' } },
    ]);
  });

  test('an item removed, an item changed in place, items appended', () => {
    const draft = regular.filter((_, i) => i !== 10).map((x) => (x.n === 20 ? { ...x, start: '07:00' } : x));
    draft.push({ department: 'b', days: ['sun'], start: '09:00', n: 99 });
    expect(feedDiff({ regular }, { regular: draft }).changes).toEqual([
      { kind: 'removed', path: '/regular/10', before: regular[10] },
      { kind: 'changed', path: '/regular/19/start', before: regular[20]!.start, after: '07:00' },
      { kind: 'added', path: '/regular/39', after: { department: 'b', days: ['sun'], start: '09:00', n: 99 } },
    ]);
  });
});
