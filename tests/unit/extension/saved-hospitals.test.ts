// Before anything that imports WXT's storage: the fake becomes the global `chrome` (a side-effect
// import, so sorting the imports below never moves it).
import '../../helpers/fake-browser';
import fc from 'fast-check';
import { beforeEach, describe, expect, test } from 'vitest';
import { readSettings, savedItem, settingsItem, updateSaved } from '../../../utils/extension/adapters/storage-items';
import {
  addSaved,
  exportSaved,
  fitsSync,
  importSaved,
  moveSaved,
  removeSaved,
  type SavedHospital,
} from '../../../utils/extension/saved-hospitals';
import { DEFAULT_SETTINGS } from '../../../utils/extension/settings';
import { fakeBrowser } from '../../helpers/fake-browser';

const h = (n: number): SavedHospital => ({ id: `H${n}`, feedUrl: `https://h${n}.example/clearclinic.json` });

describe('saved list operations', () => {
  test('add appends; the same hospital again (by id or by feed URL) is updated in place, never duplicated', () => {
    let list = [h(1), h(2), h(3)];
    list = addSaved(list, h(4));
    expect(list.map((x) => x.id)).toEqual(['H1', 'H2', 'H3', 'H4']);
    list = addSaved(list, { id: 'H2', feedUrl: 'https://moved.example/feed.json' });
    expect(list).toEqual([h(1), { id: 'H2', feedUrl: 'https://moved.example/feed.json' }, h(3), h(4)]);
    // A feed URL that now names another id replaces that entry, and an entry matching the other key goes.
    list = addSaved(list, { id: 'H3', feedUrl: h(1).feedUrl });
    expect(list.map((x) => `${x.id} ${x.feedUrl}`)).toEqual([
      `H3 ${h(1).feedUrl}`,
      'H2 https://moved.example/feed.json',
      `H4 ${h(4).feedUrl}`,
    ]);
  });

  test('remove and move; moving is clamped at both ends; an unknown id changes nothing', () => {
    const list = [h(1), h(2), h(3)];
    expect(removeSaved(list, 'H2').map((x) => x.id)).toEqual(['H1', 'H3']);
    expect(moveSaved(list, 'H3', -1).map((x) => x.id)).toEqual(['H1', 'H3', 'H2']);
    expect(moveSaved(list, 'H1', -5).map((x) => x.id)).toEqual(['H1', 'H2', 'H3']);
    expect(moveSaved(list, 'H1', 9).map((x) => x.id)).toEqual(['H2', 'H3', 'H1']);
    expect(moveSaved(list, 'nope', 1)).toEqual(list);
  });

  test('property: ids stay unique and every move is a permutation', () => {
    const entry = fc.record({
      id: fc.constantFrom('A', 'B', 'C', 'D'),
      feedUrl: fc.constantFrom('https://a.example/', 'https://b.example/', 'https://c.example/'),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 12 }), fc.integer({ min: -5, max: 5 }), (adds, by) => {
        const list = adds.reduce<SavedHospital[]>(addSaved, []);
        expect(new Set(list.map((x) => x.id)).size).toBe(list.length);
        expect(new Set(list.map((x) => x.feedUrl)).size).toBe(list.length);
        if (list.length)
          expect([...moveSaved(list, list[0]!.id, by)].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
            [...list].sort((a, b) => a.id.localeCompare(b.id)),
          );
      }),
    );
  });

  test('export then import round-trips; importing merges without losing what is saved', () => {
    const file = exportSaved([h(1), h(2)]);
    expect(JSON.parse(file)).toMatchObject({ format: 'clearclinic-saved-hospitals', version: 1 });
    expect(importSaved(file, [])).toEqual({ list: [h(1), h(2)], added: 2, problems: [] });
    const merged = importSaved(file, [h(3), h(2)]);
    expect(merged.list).toEqual([h(3), h(2), h(1)]);
    expect(merged.added).toBe(1);
  });

  test('bad files and bad entries: named by JSON Pointer, good entries kept, nothing lost', () => {
    const saved = [h(9)];
    expect(importSaved('{not json', saved)).toEqual({
      list: saved,
      added: 0,
      problems: [{ code: 'not-json', path: '' }],
    });
    expect(importSaved('{"format":"something-else","hospitals":[]}', saved).problems).toEqual([
      { code: 'not-export', path: '' },
    ]);
    const text = JSON.stringify({
      format: 'clearclinic-saved-hospitals',
      version: 1,
      hospitals: [
        h(1),
        'x',
        { id: '', feedUrl: 'https://x.example/' },
        { id: 'J', feedUrl: 'javascript:alert(1)' },
        h(2),
      ],
    });
    const result = importSaved(text, saved);
    expect(result.list).toEqual([h(9), h(1), h(2)]);
    expect(result.problems).toEqual([
      { code: 'entry-not-object', path: '/hospitals/1' },
      { code: 'entry-id', path: '/hospitals/2/id' },
      { code: 'entry-url', path: '/hospitals/3/feedUrl' },
    ]);
    // A bare array (hand-written list) is accepted, paths then start at the root.
    expect(importSaved(JSON.stringify([h(1), { id: 'K' }]), []).problems).toEqual([
      { code: 'entry-url', path: '/1/feedUrl' },
    ]);
  });

  test('fitsSync counts bytes as the browsers do: about 80 hospitals fit one 8 KB sync item', () => {
    const many = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        id: `12330000${String(i).padStart(10, '0')}`,
        feedUrl: `https://www.hospital-${i}.example.cn/clearclinic.json`,
      }));
    expect(fitsSync(many(20))).toBe(true);
    expect(fitsSync(many(70))).toBe(true);
    expect(fitsSync(many(200))).toBe(false);
  });
});

describe('storage items (fakeBrowser)', () => {
  beforeEach(() => fakeBrowser.reset());

  test('the saved list lives in storage.sync and updateSaved writes it', async () => {
    expect(await savedItem.getValue()).toEqual([]);
    expect(await updateSaved((list) => addSaved(list, h(1)))).toEqual({ ok: true, list: [h(1)] });
    expect(await fakeBrowser.storage.sync.get('savedHospitals')).toEqual({ savedHospitals: [h(1)] });
    expect(await fakeBrowser.storage.local.get('savedHospitals')).toEqual({});
  });

  test('a change that would overflow the sync item is refused and the stored list stays', async () => {
    await updateSaved((list) => addSaved(list, h(1)));
    const huge = Array.from({ length: 300 }, (_, i) => h(i + 10));
    const outcome = await updateSaved((list) => [...list, ...huge]);
    expect(outcome).toEqual({ ok: false, reason: 'sync-full', list: [h(1)] });
    expect(await savedItem.getValue()).toEqual([h(1)]);
  });

  test('settings: defaults, and stored values out of range fall back one by one', async () => {
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    await fakeBrowser.storage.sync.set({
      settings: { lang: 'en', size: 'huge', theme: 'dark', refreshHours: 7, notifications: false },
    });
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, lang: 'en', theme: 'dark', notifications: false });
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, size: 'large', refreshHours: 12 });
    expect(await readSettings()).toMatchObject({ size: 'large', refreshHours: 12 });
  });
});
