// Before anything that imports WXT's storage: the fake becomes the global `chrome` (a side-effect
// import, so sorting the imports below never moves it).
import '../../helpers/fake-browser';
import { beforeEach, describe, expect, test } from 'vitest';
import { MemoryFeedStore } from '../../../utils/cache/feed-store';
import { addHospital } from '../../../utils/extension/adapters/add-hospital';
import { savedItem } from '../../../utils/extension/adapters/storage-items';
import { fakeBrowser } from '../../helpers/fake-browser';
import { baseFeed, feedWith } from '../../helpers/feed';

const feedText = JSON.stringify(baseFeed());
const html = (head: string) =>
  new Response(`<!doctype html><html><head>${head}</head><body>医院</body></html>`, {
    headers: { 'content-type': 'text/html; charset=utf-8' },
  });
const json = (text: string) => new Response(text, { headers: { 'content-type': 'application/json' } });

/** Two hospital sites the project never saw: one names its feed in a link, one only serves the well-known file. */
const web = (async (input: string) => {
  const url = new URL(input);
  const page = `${url.host}${url.pathname}`;
  if (page === 'linked.example/') return html('<link rel="clearclinic" href="/data/feed.json">');
  if (page === 'linked.example/data/feed.json') return json(feedText);
  if (page === 'wellknown.example/about') return html('<title>关于我们</title>');
  if (page === 'wellknown.example/.well-known/clearclinic.json')
    return json(JSON.stringify(feedWith((f) => (f.hospital.id = 'WK'))));
  if (page === 'broken.example/feed.json') return json('{"format":"clearclinic-feed","version":"1.0"}');
  if (url.host === 'offline.example') throw new TypeError('Failed to fetch');
  return new Response('not here', { status: 404, headers: { 'content-type': 'text/html' } });
}) as typeof fetch;

beforeEach(() => fakeBrowser.reset());

describe('adding a hospital', () => {
  test('by a site URL whose page links its feed, and by a site URL whose origin serves the well-known feed', async () => {
    const store = new MemoryFeedStore();
    const linked = await addHospital('https://linked.example/', { store, fetch: web, lang: 'zh-CN' });
    expect(linked).toMatchObject({
      ok: true,
      via: 'link',
      hospital: { id: baseFeed().hospital.id, feedUrl: 'https://linked.example/data/feed.json' },
    });
    const known = await addHospital('  https://wellknown.example/about ', { store, fetch: web, lang: 'en' });
    expect(known).toMatchObject({
      ok: true,
      via: 'well-known',
      hospital: { id: 'WK', feedUrl: 'https://wellknown.example/.well-known/clearclinic.json' },
    });
    expect((await savedItem.getValue()).map((h) => h.id)).toEqual([baseFeed().hospital.id, 'WK']);
    // Stored for offline use at once.
    expect((await store.get('https://linked.example/data/feed.json'))?.text).toBe(feedText);
    // The same hospital again does not duplicate it.
    await addHospital('https://linked.example/data/feed.json', { store, fetch: web, lang: 'en' });
    expect(await savedItem.getValue()).toHaveLength(2);
  });

  test('an address typed without a scheme is tried as https://, then http://', async () => {
    const store = new MemoryFeedStore();
    const asked: string[] = [];
    const plainOnly = (async (input: string) => {
      asked.push(input);
      if (input.startsWith('https://')) throw new TypeError('Failed to fetch');
      return web(input.replace('http://', 'https://'));
    }) as typeof fetch;
    const plain = await addHospital('linked.example', { store, fetch: plainOnly, lang: 'zh-CN' });
    expect(plain).toMatchObject({ ok: true, hospital: { feedUrl: 'http://linked.example/data/feed.json' } });
    expect(asked[0]).toBe('https://linked.example/');
    const secure = await addHospital('wellknown.example/about', { store, fetch: web, lang: 'zh-CN' });
    expect(secure).toMatchObject({
      ok: true,
      hospital: { feedUrl: 'https://wellknown.example/.well-known/clearclinic.json' },
    });
    // A site that answers without a feed says so, whichever scheme answered.
    expect(await addHospital('127.0.0.1:8080', { store, fetch: web, lang: 'zh-CN' })).toMatchObject({
      reason: 'not-found',
    });
    expect(await addHospital('offline.example', { store, fetch: web, lang: 'zh-CN' })).toMatchObject({
      reason: 'network',
    });
  });

  test('bad input: each failure named, in the reader’s language, and nothing saved', async () => {
    const store = new MemoryFeedStore();
    const cases = [
      ['javascript:alert(1)', 'url', '不是网址'],
      ['医院官网', 'url', '不是网址'],
      ['https://nofeed.example/', 'not-found', 'https://nofeed.example/'],
      ['https://offline.example/', 'network', '无法连接'],
      ['https://broken.example/feed.json', 'invalid', 'https://broken.example/feed.json'],
    ] as const;
    for (const [input, reason, words] of cases) {
      const outcome = await addHospital(input, { store, fetch: web, lang: 'zh-CN' });
      expect(outcome, input).toMatchObject({ ok: false, reason });
      expect(outcome.message, input).toContain(words);
    }
    const invalid = await addHospital('https://broken.example/feed.json', { store, fetch: web, lang: 'en' });
    expect(invalid.message).toMatch(/has \d+ errors and was not saved\. First: \//);
    expect(await savedItem.getValue()).toEqual([]);
    expect(await store.all()).toEqual([]);
  });
});
