/** The popup's glances: kept until the clinics next open or close or the day ends, dropped when a copy changes; digests beside feeds. */
// Before anything that imports WXT's storage: the fake becomes the global `chrome` (a side-effect
// import, so sorting the imports below never moves it).
import '../../helpers/fake-browser';
import { beforeEach, describe, expect, test } from 'vitest';
import { cachedCopy } from '../../../utils/cache/cached-copy';
import { MemoryFeedStore } from '../../../utils/cache/feed-store';
import { parseDate } from '../../../utils/date/civil';
import { instantOf } from '../../../utils/date/zone';
import {
  digestingStore,
  digestsFirst,
  readDigests,
  readGlances,
  writeGlances,
} from '../../../utils/extension/adapters/schedule-digest';
import { type GlanceDeps, popupGlances } from '../../../utils/extension/popup-glances';
import { fromStore, type ReadStored } from '../../../utils/extension/saved-feeds';
import { fakeBrowser } from '../../helpers/fake-browser';
import { feedWith } from '../../helpers/feed';

const URL_A = 'https://a.example/feed.json';
const withSlots = feedWith((f) => {
  f.slots = [{ department: 'peds', date: '2026-11-25', start: '08:00', end: '08:30', status: 'available' }] as never;
  f.guide = { url: 'https://a.example/guide', updatedAt: '2026-11-20', items: [] } as never;
});
const list = [
  { id: withSlots.hospital.id, feedUrl: URL_A },
  { id: 'NONE', feedUrl: 'https://none.example/f.json' },
];
const at = (date: string, minute: number) => instantOf('Asia/Shanghai', parseDate(date)!, minute);

beforeEach(() => fakeBrowser.reset());

/** The deps the popup uses, counting how many feeds had to be read. */
function deps(store: MemoryFeedStore) {
  const reads: string[] = [];
  const read: ReadStored = (urls) => {
    reads.push(...urls);
    return digestsFirst(fromStore(store))(urls);
  };
  return { reads, deps: { readGlances, writeGlances, read } satisfies GlanceDeps };
}
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('digests', () => {
  test('a stored feed keeps a digest without slots, waits, guide and services; deleting drops it', async () => {
    const store = digestingStore(new MemoryFeedStore());
    await store.put(cachedCopy(URL_A, JSON.stringify(withSlots), 100));
    const [digest] = await readDigests([URL_A]);
    const parsed = JSON.parse(digest!.text);
    expect(parsed.slots).toBeUndefined();
    expect(parsed.guide).toBeUndefined();
    expect(parsed.schedule).toEqual(withSlots.schedule);
    expect(digest!.fetchedAt).toBe(100);
    await store.touch(URL_A, 500);
    expect((await readDigests([URL_A]))[0]!.fetchedAt).toBe(500);
    await store.delete(URL_A);
    expect(await readDigests([URL_A])).toEqual([undefined]);
  });

  test('a hospital without a digest (an older install) is read from the feed store', async () => {
    const plain = new MemoryFeedStore();
    await plain.put(cachedCopy(URL_A, JSON.stringify(withSlots), 100));
    const [entry] = await digestsFirst(fromStore(plain))([URL_A]);
    expect(JSON.parse(entry!.text).slots).toHaveLength(1);
  });
});

describe('popup glances', () => {
  test('a glance worked out from a copy replaced meanwhile is not kept', async () => {
    const store = new MemoryFeedStore();
    const digesting = digestingStore(store);
    await digesting.put(cachedCopy(URL_A, JSON.stringify(withSlots), 100));
    const { deps: d } = deps(store);
    const [entry] = await popupGlances([list[0]!], at('2026-11-23', 9 * 60), 'zh-CN', {
      ...d,
      writeGlances: async () => {},
    });
    // The background stores a new copy before the popup's write lands.
    await digesting.put(cachedCopy(URL_A, JSON.stringify(withSlots), 200));
    await writeGlances({
      [URL_A]: {
        lines: entry!.lines!,
        name: entry!.name!,
        lang: 'zh-CN',
        fetchedAt: 100,
        storedAt: 100,
        validUntil: Infinity,
      },
    });
    expect(await readGlances([URL_A])).toEqual([undefined]);
  });

  test('worked out once, then reused until the next opening or closing; a hospital without a copy is listed bare', async () => {
    const store = new MemoryFeedStore();
    await digestingStore(store).put(cachedCopy(URL_A, JSON.stringify(withSlots), 100));
    const { reads, deps: d } = deps(store);
    // Monday 09:00: open until 12:00.
    const first = await popupGlances(list, at('2026-11-23', 9 * 60), 'zh-CN', d);
    expect(first[0]).toMatchObject({
      name: withSlots.hospital.name,
      fetchedAt: 100,
      lines: { now: '门诊开诊中 · 12:00 停诊' },
    });
    expect(first[1]).toEqual({ hospital: list[1] });
    expect(reads).toEqual([URL_A, list[1]!.feedUrl]);
    await settle();
    reads.length = 0;
    // 11:59 the same day: the kept glance still holds; only the hospital without a copy is looked for.
    expect((await popupGlances(list, at('2026-11-23', 11 * 60 + 59), 'zh-CN', d))[0]!.lines!.now).toBe(
      '门诊开诊中 · 12:00 停诊',
    );
    expect(reads).toEqual([list[1]!.feedUrl]);
    reads.length = 0;
    // 12:00: due, worked out again.
    expect((await popupGlances(list, at('2026-11-23', 12 * 60), 'zh-CN', d))[0]!.lines!.now).toMatch(/^门诊已停诊 · /);
    expect(reads).toContain(URL_A);
  });

  test('another language, a new day, or a changed copy each work the glance out again', async () => {
    const store = new MemoryFeedStore();
    const digesting = digestingStore(store);
    await digesting.put(cachedCopy(URL_A, JSON.stringify(withSlots), 100));
    const { reads, deps: d } = deps(store);
    const one = [list[0]!];
    await popupGlances(one, at('2026-11-23', 20 * 60), 'zh-CN', d);
    await settle();
    reads.length = 0;
    expect((await popupGlances(one, at('2026-11-23', 20 * 60), 'en', d))[0]!.lines!.now).toMatch(/^Clinics closed now/);
    expect(reads).toEqual([URL_A]);
    await settle();
    reads.length = 0;
    // Closed from 12:00 Monday to 08:00 Tuesday, but "today" changes at midnight.
    await popupGlances(one, at('2026-11-24', 1), 'en', d);
    expect(reads).toEqual([URL_A]);
    await settle();
    reads.length = 0;
    await digesting.put(cachedCopy(URL_A, JSON.stringify(feedWith((f) => (f.hospital.name = '改名医院'))), 900));
    const renamed = await popupGlances(one, at('2026-11-24', 2), 'en', d);
    expect(reads).toEqual([URL_A]);
    expect(renamed[0]).toMatchObject({ name: '改名医院', fetchedAt: 900 });
  });
});
