import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test } from 'vitest';
import { cachedCopy } from '../../../utils/cache/cached-copy';
import { openDexieStore } from '../../../utils/cache/dexie-store';
import { FEED_REQUEST } from '../../../utils/cache/feed-request';
import { CHECKER_VERSION, type FeedStore, isTrusted, MemoryFeedStore } from '../../../utils/cache/feed-store';
import { type FeedEvent, feedSettled, forgetFeed, inlineFeed, loadFeed } from '../../../utils/cache/load-feed';
import { openFeedStore, resetFeedStore } from '../../../utils/cache/open-store';
import { baseFeed, feedWith } from '../../helpers/feed';

const URL_A = 'https://hospital.example/.well-known/clearclinic.json';
const good = JSON.stringify(baseFeed());
const newer = JSON.stringify(feedWith((f) => (f.updatedAt = '2026-11-24T09:00:00+08:00')));

interface Call {
  url: string;
  headers: Record<string, string>;
  cache: RequestCache | undefined;
}
/** A fetch that answers from a script, one answer a call, and records what was asked. */
function scripted(...answers: (Response | Error)[]) {
  const calls: Call[] = [];
  const fn = (async (url: string, init?: RequestInit) => {
    calls.push({ url, headers: (init?.headers ?? {}) as Record<string, string>, cache: init?.cache });
    const answer = answers.shift();
    if (!answer) throw new Error('no more answers scripted');
    if (answer instanceof Error) throw answer;
    return answer;
  }) as unknown as typeof fetch;
  return { fn, calls };
}
const json = (body: string, headers: Record<string, string> = {}) =>
  new Response(body, { status: 200, headers: { 'content-type': 'application/json', ...headers } });

async function collect(
  url: string,
  store: FeedStore | Promise<FeedStore>,
  fetch: typeof globalThis.fetch,
  now = () => 1_000,
) {
  const events: FeedEvent[] = [];
  const stop = loadFeed(url, { store, fetch, now }, (e) => events.push(e));
  await feedSettled(url);
  stop();
  return events;
}

afterEach(() => forgetFeed());

describe('stale-while-revalidate', () => {
  test('first visit: fetched, checked, stored with its validators', async () => {
    const store = new MemoryFeedStore();
    const net = scripted(json(good, { etag: '"v1"', 'last-modified': 'Fri, 20 Nov 2026 01:00:00 GMT' }));
    const events = await collect(URL_A, store, net.fn);
    expect(events).toEqual([expect.objectContaining({ type: 'data', fromCache: false, fetchedAt: 1_000 })]);
    // No custom header (never a CORS preflight); the browser's HTTP cache revalidates.
    expect(net.calls[0]).toMatchObject({ headers: {}, cache: 'no-cache' });
    expect(await store.get(URL_A)).toMatchObject({
      etag: '"v1"',
      lastModified: 'Fri, 20 Nov 2026 01:00:00 GMT',
      checker: CHECKER_VERSION,
      text: good,
    });
  });

  test('next visit: the cached copy at once; the same ETag means unchanged: kept, not checked again, contact recorded', async () => {
    const store = new MemoryFeedStore();
    await collect(
      URL_A,
      store,
      scripted(json(good, { etag: '"v1"', 'last-modified': 'Fri, 20 Nov 2026 01:00:00 GMT' })).fn,
    );
    forgetFeed();
    // The body would not even parse: an unchanged ETag means it is never read.
    const events = await collect(URL_A, store, scripted(json('not json', { etag: '"v1"' })).fn, () => 5_000);
    expect(events.map((e) => e.type === 'data' && [e.fromCache, e.fetchedAt])).toEqual([
      [true, 1_000],
      [false, 5_000],
    ]);
    expect((await store.get(URL_A))!.fetchedAt).toBe(5_000);
    forgetFeed();
    const after304 = await collect(URL_A, store, scripted(new Response(null, { status: 304 })).fn, () => 6_000);
    expect(after304.map((e) => e.type)).toEqual(['data', 'data']);
    expect((await store.get(URL_A))!.fetchedAt).toBe(6_000);
  });

  test('the request does not wait for the cache: both start at once', async () => {
    const net = scripted(json(good));
    let open!: (store: FeedStore) => void;
    const slowStore = new Promise<FeedStore>((resolve) => (open = resolve));
    const seen: FeedEvent[] = [];
    loadFeed(URL_A, { store: slowStore, fetch: net.fn }, (e) => seen.push(e));
    await Promise.resolve();
    expect(net.calls).toHaveLength(1);
    open(new MemoryFeedStore());
    await feedSettled(URL_A);
    expect(seen.map((e) => e.type)).toEqual(['data']);
  });

  test('a changed feed replaces the cache', async () => {
    const store = new MemoryFeedStore();
    await collect(URL_A, store, scripted(json(good, { etag: '"v1"' })).fn);
    forgetFeed();
    const events = await collect(URL_A, store, scripted(json(newer, { etag: '"v2"' })).fn, () => 9_000);
    const last = events.at(-1) as Extract<FeedEvent, { type: 'data' }>;
    expect(last.feed.updatedAt).toBe('2026-11-24T09:00:00+08:00');
    expect((await store.get(URL_A))!.etag).toBe('"v2"');
  });

  test('a broken update never replaces the good copy: error with the code, data still shown', async () => {
    const store = new MemoryFeedStore();
    await collect(URL_A, store, scripted(json(good, { etag: '"v1"' })).fn);
    forgetFeed();
    const events = await collect(URL_A, store, scripted(json(good.slice(0, 100), { etag: '"v2"' })).fn);
    expect(events.map((e) => e.type)).toEqual(['data', 'error']);
    expect(events[1]).toMatchObject({ code: 'json.syntax', hasData: true });
    expect((await store.get(URL_A))!.etag).toBe('"v1"');
    forgetFeed();
    const invalid = JSON.stringify(feedWith((f) => (f.schedule.regular[0]!.end = '07:00')));
    const again = await collect(URL_A, store, scripted(json(invalid)).fn);
    expect(again[1]).toMatchObject({
      type: 'error',
      code: 'time.order',
      findings: expect.arrayContaining([expect.objectContaining({ path: '/schedule/regular/0/end' })]),
    });
  });

  test('offline: the cached copy, then a network error that says data is still shown', async () => {
    const store = new MemoryFeedStore();
    await collect(URL_A, store, scripted(json(good)).fn);
    forgetFeed();
    const events = await collect(URL_A, store, scripted(new TypeError('Failed to fetch')).fn);
    expect(events.map((e) => e.type)).toEqual(['data', 'error']);
    expect(events[1]).toMatchObject({ code: 'network', hasData: true });
  });

  test('nothing cached and nothing reachable: an error with no data', async () => {
    const events = await collect(URL_A, new MemoryFeedStore(), scripted(new TypeError('offline')).fn);
    expect(events).toEqual([expect.objectContaining({ type: 'error', code: 'network', hasData: false })]);
  });

  test('HTTP errors and oversize answers are errors, never data', async () => {
    const a = await collect(URL_A, new MemoryFeedStore(), scripted(new Response('oops', { status: 500 })).fn);
    expect(a).toEqual([expect.objectContaining({ type: 'error', code: 'http', status: 500 })]);
    forgetFeed();
    const b = await collect(
      URL_A,
      new MemoryFeedStore(),
      scripted(new Response('{}', { headers: { 'content-length': String(6 * 1024 * 1024) } })).fn,
    );
    expect(b).toEqual([expect.objectContaining({ type: 'error', code: 'feed.too-large' })]);
  });

  test('a body past 5 MiB is dropped as it streams, whatever the headers say; the stored copy stays', async () => {
    const store = new MemoryFeedStore();
    await collect(URL_A, store, scripted(json(good)).fn);
    forgetFeed();
    let pulled = 0;
    const chunk = new Uint8Array(256 * 1024).fill(0x20);
    // No Content-Length and no end: a server (or a gzip bomb) that keeps sending.
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const events = await collect(URL_A, store, scripted(new Response(endless, { status: 200 })).fn);
    expect(events.at(-1)).toMatchObject({ type: 'error', code: 'feed.too-large', hasData: true });
    expect(events[0]).toMatchObject({ type: 'data', fromCache: true });
    expect(pulled).toBeLessThan(6 * 1024 * 1024);
    expect(JSON.parse((await store.get(URL_A))!.text)).toEqual(JSON.parse(good));
  });

  test('a request that has not finished within its time limit, body included, fails as network', async () => {
    // The signal the request is given is what stops it: a server that never answers.
    const silent = ((_url: string, init?: RequestInit) =>
      new Promise<Response>((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      )) as unknown as typeof fetch;
    const events: FeedEvent[] = [];
    loadFeed(URL_A, { store: new MemoryFeedStore(), fetch: silent, timeoutMs: 50 }, (e) => events.push(e));
    await feedSettled(URL_A);
    expect(events).toEqual([expect.objectContaining({ type: 'error', code: 'network', hasData: false })]);
    forgetFeed();
    // Headers at once, then a body that trickles and never ends.
    const trickle = ((_url: string, init?: RequestInit) => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"format":'));
          init?.signal?.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')));
        },
      });
      return Promise.resolve(new Response(body, { status: 200 }));
    }) as unknown as typeof fetch;
    const late: FeedEvent[] = [];
    loadFeed(URL_A, { store: new MemoryFeedStore(), fetch: trickle, timeoutMs: 50 }, (e) => late.push(e));
    await feedSettled(URL_A);
    expect(late).toEqual([expect.objectContaining({ type: 'error', code: 'network' })]);
  });

  test('several subscribers to one URL share one request and hear the same', async () => {
    const net = scripted(json(good));
    const seen: string[] = [];
    const store = new MemoryFeedStore();
    const stops = [1, 2, 3].map((n) => loadFeed(URL_A, { store, fetch: net.fn }, (e) => seen.push(`${n}:${e.type}`)));
    await feedSettled(URL_A);
    // A late subscriber hears the current state at once.
    stops.push(loadFeed(URL_A, { store, fetch: net.fn }, (e) => seen.push(`4:${e.type}`)));
    expect(net.calls).toHaveLength(1);
    expect(seen.sort()).toEqual(['1:data', '2:data', '3:data', '4:data']);
    for (const stop of stops) stop();
  });

  test('a first visit does not open the store before showing the feed, and stores it after', async () => {
    const order: string[] = [];
    const memory = new MemoryFeedStore();
    const store = async () => {
      order.push('store opened');
      return memory;
    };
    loadFeed(URL_A, { store, mayHaveCache: Promise.resolve(false), fetch: scripted(json(good)).fn }, (e) =>
      order.push(e.type),
    );
    await feedSettled(URL_A);
    expect(order).toEqual(['data', 'store opened']);
    expect((await memory.get(URL_A))?.text).toBe(good);
  });

  test('told nothing is stored, yet offline: the store is read anyway, so saved data still shows', async () => {
    const memory = new MemoryFeedStore();
    await memory.put({ url: URL_A, text: good, fetchedAt: 1, storedAt: 1, checker: CHECKER_VERSION });
    const events: FeedEvent[] = [];
    loadFeed(
      URL_A,
      { store: memory, mayHaveCache: Promise.resolve(false), fetch: scripted(new TypeError('offline')).fn },
      (e) => events.push(e),
    );
    await feedSettled(URL_A);
    expect(events).toEqual([
      expect.objectContaining({ type: 'data', fromCache: true }),
      expect.objectContaining({ type: 'error', code: 'network', hasData: true }),
    ]);
  });

  test("a request already under way (the widget loader's) is used, not sent again", async () => {
    const store = new MemoryFeedStore();
    const net = scripted();
    const events: FeedEvent[] = [];
    loadFeed(
      URL_A,
      { store, fetch: net.fn, now: () => 1_000, early: Promise.resolve({ response: json(good, { etag: '"v1"' }) }) },
      (e) => events.push(e),
    );
    await feedSettled(URL_A);
    expect(net.calls).toEqual([]);
    expect(events).toEqual([expect.objectContaining({ type: 'data', fromCache: false })]);
    expect(await store.get(URL_A)).toMatchObject({ etag: '"v1"', text: good });
  });

  test('a body the loader is reading already is the one checked (not read again)', async () => {
    const store = new MemoryFeedStore();
    const events: FeedEvent[] = [];
    // The response's own body would not parse: the text under way is what counts.
    const early = Promise.resolve({ response: json('not json'), text: Promise.resolve(good) });
    loadFeed(URL_A, { store, fetch: scripted().fn, early }, (e) => events.push(e));
    await feedSettled(URL_A);
    expect(events).toEqual([expect.objectContaining({ type: 'data', fromCache: false })]);
    expect((await store.get(URL_A))?.text).toBe(good);
  });

  test('a body the loader failed to read is a network failure, like any other', async () => {
    const events: FeedEvent[] = [];
    const text = Promise.reject(new TypeError('connection reset'));
    text.catch(() => {});
    loadFeed(
      URL_A,
      { store: new MemoryFeedStore(), fetch: scripted().fn, early: Promise.resolve({ response: json(good), text }) },
      (e) => events.push(e),
    );
    await feedSettled(URL_A);
    expect(events).toEqual([expect.objectContaining({ type: 'error', code: 'network', hasData: false })]);
  });

  test('a feed is requested through the HTTP cache, with no custom header', async () => {
    const net = scripted(json(good));
    await collect(URL_A, new MemoryFeedStore(), net.fn);
    expect(net.calls[0]).toMatchObject({ cache: FEED_REQUEST.cache, headers: {} });
  });

  test('a listener that throws stops neither the others nor the load', async () => {
    const seen: string[] = [];
    loadFeed(URL_A, { store: new MemoryFeedStore(), fetch: scripted(json(good)).fn }, () => {
      throw new Error('host page bug');
    });
    loadFeed(URL_A, { store: new MemoryFeedStore(), fetch: scripted().fn }, (e) => seen.push(e.type));
    await feedSettled(URL_A);
    expect(seen).toEqual(['data']);
  });
});

describe('stores', () => {
  test('IndexedDB (Dexie) keeps feeds across page loads', async () => {
    const first = await openDexieStore('clearclinic-test-1');
    await collect(URL_A, first, scripted(json(good, { etag: '"v1"' })).fn);
    first.db.close();
    forgetFeed();
    const second = await openDexieStore('clearclinic-test-1');
    expect(second.kind).toBe('indexeddb');
    const events = await collect(URL_A, second, scripted(new TypeError('offline')).fn);
    expect(events[0]).toMatchObject({ type: 'data', fromCache: true });
    expect(await second.all()).toHaveLength(1);
  });

  test('a copy passed by an older checker is checked again before it is shown', async () => {
    const store = new MemoryFeedStore();
    await store.put({ url: URL_A, text: good, fetchedAt: 1, storedAt: 1, checker: CHECKER_VERSION - 1 });
    await store.put({
      url: `${URL_A}?bad`,
      text: '{"format":"nope"}',
      fetchedAt: 1,
      storedAt: 1,
      checker: CHECKER_VERSION - 1,
    });
    expect((await collect(URL_A, store, scripted(new TypeError('offline')).fn))[0]).toMatchObject({
      type: 'data',
      fromCache: true,
    });
    expect((await collect(`${URL_A}?bad`, store, scripted(new TypeError('offline')).fn))[0]).toMatchObject({
      type: 'error',
      hasData: false,
    });
  });

  test('a stored copy whose text changed since it was stored is checked again: a bad one is dropped with its validators', async () => {
    const store = new MemoryFeedStore();
    // Passed by this checker, then its text broken in the store (a partial write, a hand edit).
    await store.put({ ...cachedCopy(URL_A, good, 1, { etag: '"v1"' }), text: '{"format":"clearclinic/1"}' });
    const net = scripted(new Response(null, { status: 304 }), json(good, { etag: '"v1"' }));
    const events: FeedEvent[] = [];
    loadFeed(URL_A, { store, fetch: net.fn, conditional: true, now: () => 5 }, (e) => events.push(e));
    await feedSettled(URL_A);
    // Never shown; the publisher asked without the bad copy's ETag, so it sends the whole feed.
    expect(events.some((e) => e.type === 'data' && e.fromCache)).toBe(false);
    expect(net.calls[0]!.headers).toEqual({});
    expect(events.at(-1)).toMatchObject({ type: 'error', code: 'http', hasData: false });
    expect(await store.get(URL_A)).toBeUndefined();
  });

  test('a changed copy that still checks clean is shown, and stored again as checked', async () => {
    const store = new MemoryFeedStore();
    const edited = JSON.stringify({ ...JSON.parse(good), updatedAt: '2026-11-21T08:00:00+08:00' });
    await store.put({ ...cachedCopy(URL_A, good, 1), text: edited });
    const events = await collect(URL_A, store, scripted(new TypeError('offline')).fn);
    expect(events[0]).toMatchObject({
      type: 'data',
      fromCache: true,
      feed: { updatedAt: '2026-11-21T08:00:00+08:00' },
    });
    await expect.poll(async () => isTrusted((await store.get(URL_A))!)).toBe(true);
  });

  test('the first paint can read what Dexie stored straight from IndexedDB, and never creates the database', async () => {
    const { readStoredFeed } = await import('../../../utils/cache/read-stored-feed');
    const { DATABASE_NAME } = await import('../../../utils/cache/database-name');
    for (const db of await indexedDB.databases())
      if (db.name === DATABASE_NAME) await new Promise((r) => (indexedDB.deleteDatabase(db.name!).onsuccess = r));
    expect(await readStoredFeed(URL_A)).toBeUndefined();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(DATABASE_NAME);
    const store = await openDexieStore();
    await store.put({ url: URL_A, text: good, fetchedAt: 7, storedAt: 7, checker: CHECKER_VERSION, etag: '"v9"' });
    store.db.close();
    expect(await readStoredFeed(URL_A)).toMatchObject({ text: good, etag: '"v9"', fetchedAt: 7 });
    expect(await readStoredFeed(`${URL_A}?other`)).toBeUndefined();
    // Dexie opens the same database afterwards as if nothing happened.
    const again = await openDexieStore();
    expect((await again.get(URL_A))?.etag).toBe('"v9"');
    again.db.close();
  });

  test('without IndexedDB (private modes) the page keeps feeds in memory', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error simulating a browser without IndexedDB
    delete globalThis.indexedDB;
    try {
      resetFeedStore();
      expect((await openFeedStore()).kind).toBe('memory');
    } finally {
      globalThis.indexedDB = saved;
      resetFeedStore();
    }
    expect((await openFeedStore()).kind).toBe('indexeddb');
  });

  test('a feed given inline is checked like any other, failures with exact codes', async () => {
    expect(await inlineFeed(good, 'inline:', 1)).toMatchObject({ type: 'data' });
    expect(await inlineFeed('{', 'inline:', 1)).toMatchObject({ type: 'error', code: 'json.syntax', hasData: false });
    const bad = JSON.stringify(feedWith((f) => (f.schedule.regular[0]!.start = '8:00')));
    expect(await inlineFeed(bad, 'inline:', 1)).toMatchObject({
      code: 'time.format',
      findings: [expect.objectContaining({ path: '/schedule/regular/0/start' })],
    });
  });
});
