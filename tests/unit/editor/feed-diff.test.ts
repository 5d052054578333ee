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
    const changed = { list: Array.from({ length: 30 }, (_, i) => i + 1) };
    expect(feedDiff(many, changed, 10)).toMatchObject({ more: 20 });
    expect(feedDiff(many, changed, 10).changes).toHaveLength(10);
  });
});
