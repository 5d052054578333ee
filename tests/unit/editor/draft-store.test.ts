import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { openDraftStore } from '../../../utils/editor/adapters/draft-store';
import { draftTitle, newFeed, stamped } from '../../../utils/editor/new-feed';
import { validateFeed } from '../../../utils/feed/validate';

describe('drafts', () => {
  test('several drafts side by side, newest first; saving one again replaces it; removing one leaves the others', async () => {
    const store = await openDraftStore('drafts-test');
    await store.save({ id: 'a', title: '甲医院', text: '{"a":1}', savedAt: 1 });
    await store.save({ id: 'b', title: '乙医院', text: '{"b":1}', savedAt: 2 });
    expect((await store.list()).map((d) => d.id)).toEqual(['b', 'a']);
    await store.save({ id: 'a', title: '甲医院', text: '{"a":2}', savedAt: 3 });
    expect((await store.list()).map((d) => [d.id, d.text])).toEqual([
      ['a', '{"a":2}'],
      ['b', '{"b":1}'],
    ]);
    await store.remove('a');
    expect((await store.list()).map((d) => d.id)).toEqual(['b']);
    // Another opening of the same database sees what was saved (a return to the page).
    expect(await (await openDraftStore('drafts-test')).get('b')).toMatchObject({ title: '乙医院' });
  });

  test('a new feed names exactly what is still missing, at its place; the title and the stamp', () => {
    const feed = newFeed(Date.parse('2026-12-02T01:00:00Z'));
    expect(feed.updatedAt).toBe('2026-12-02T09:00:00+08:00');
    const result = validateFeed(feed);
    expect(result.errors.map((e) => e.path).sort()).toEqual(['/departments', '/hospital/id']);
    expect(draftTitle({ hospital: { name: { 'zh-CN': '甲医院', en: 'A Hospital' } } }, 'en')).toBe('A Hospital');
    expect(draftTitle({}, 'zh-CN')).toBe('');
    const s = stamped({ timeZone: 'Asia/Urumqi', updatedAt: 'x', other: 1 }, Date.parse('2026-12-02T01:00:00Z'));
    expect(s).toEqual({ timeZone: 'Asia/Urumqi', updatedAt: '2026-12-02T07:00:00+06:00', other: 1 });
  });
});
