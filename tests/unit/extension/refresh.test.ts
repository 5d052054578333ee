import { describe, expect, test } from 'vitest';
import { MemoryFeedStore } from '../../../utils/cache/feed-store';
import { refreshAll, refreshHospital } from '../../../utils/extension/adapters/refresh';
import type { Feed } from '../../../utils/feed/schema';
import { baseFeed, feedWith } from '../../helpers/feed';

const URL_A = 'https://a.example/clearclinic.json';
const now = () => Date.parse('2026-09-28T09:00:00+08:00');
const withHoliday: Feed = feedWith((f) => {
  f.schedule.notices = [
    {
      id: 'nd',
      title: { 'zh-CN': '国庆门诊安排', en: 'National Day clinics' },
      publishedAt: '2026-09-20T10:00:00+08:00',
      entries: [
        { date: '2026-10-03', status: 'open', departments: ['peds'], sessions: [{ start: '09:00', end: '11:00' }] },
      ],
    },
  ];
});

/** A publisher: answers from a queue, and records the conditional headers it was sent. */
function publisher(answers: Array<(headers: Headers) => Response | Promise<Response>>) {
  const seen: Array<Record<string, string | null>> = [];
  const fetcher = (async (_url: string, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    seen.push({ etag: headers.get('if-none-match'), since: headers.get('if-modified-since') });
    const next = answers.shift();
    if (!next) throw new TypeError('Failed to fetch');
    return next(headers);
  }) as typeof fetch;
  return { fetcher, seen };
}
const json = (feed: unknown, etag: string) => () =>
  new Response(typeof feed === 'string' ? feed : JSON.stringify(feed), {
    headers: { 'content-type': 'application/json', etag },
  });

describe('background refresh', () => {
  test('conditional requests: a first fetch stores, then the stored ETag is sent and a 304 keeps our copy', async () => {
    const store = new MemoryFeedStore();
    const { fetcher, seen } = publisher([json(baseFeed(), '"v1"'), () => new Response(null, { status: 304 })]);
    const saved = { id: 'a', feedUrl: URL_A };
    const first = await refreshHospital(saved, { store, fetch: fetcher, now });
    expect(first).toMatchObject({ outcome: 'updated', changes: [] });
    expect((await store.get(URL_A))?.etag).toBe('"v1"');
    const second = await refreshHospital(saved, { store, fetch: fetcher, now });
    expect(second.outcome).toBe('unchanged');
    expect(second.feed?.hospital.id).toBe(baseFeed().hospital.id);
    expect(seen).toEqual([
      { etag: null, since: null },
      { etag: '"v1"', since: null },
    ]);
  });

  test('a new copy with a holiday notice in the next 14 days is stored and named as a change', async () => {
    const store = new MemoryFeedStore();
    const { fetcher } = publisher([json(baseFeed(), '"v1"'), json(withHoliday, '"v2"')]);
    const saved = { id: 'a', feedUrl: URL_A };
    await refreshHospital(saved, { store, fetch: fetcher, now });
    const result = await refreshHospital(saved, { store, fetch: fetcher, now });
    expect(result.outcome).toBe('updated');
    expect(result.changes).toContainEqual({
      kind: 'notice-added',
      noticeId: 'nd',
      title: withHoliday.schedule.notices![0]!.title,
    });
    expect(result.changes).toContainEqual(
      expect.objectContaining({
        kind: 'session-added',
        date: '2026-10-03',
        department: 'peds',
        start: '09:00',
        end: '11:00',
      }),
    );
    expect((await store.get(URL_A))?.etag).toBe('"v2"');
  });

  test('a broken feed, an HTTP error or no network never replaces the good copy', async () => {
    const store = new MemoryFeedStore();
    const { fetcher } = publisher([
      json(withHoliday, '"v2"'),
      json('{"format":"clearclinic-feed",', '"v3"'),
      () => new Response('gone', { status: 500 }),
    ]);
    const saved = { id: 'a', feedUrl: URL_A };
    await refreshHospital(saved, { store, fetch: fetcher, now });
    const broken = await refreshHospital(saved, { store, fetch: fetcher, now });
    expect(broken).toMatchObject({ outcome: 'failed', code: 'json.syntax', changes: [] });
    expect(broken.feed?.schedule.notices?.[0]?.id).toBe('nd');
    expect(await refreshHospital(saved, { store, fetch: fetcher, now })).toMatchObject({
      outcome: 'failed',
      code: 'http',
    });
    expect(await refreshHospital(saved, { store, fetch: fetcher, now })).toMatchObject({
      outcome: 'failed',
      code: 'network',
    });
    const kept = await store.get(URL_A);
    expect(kept?.etag).toBe('"v2"');
    expect(JSON.parse(kept!.text).schedule.notices[0].id).toBe('nd');
  });

  test('refreshAll: every hospital in order, one failing does not stop the others', async () => {
    const store = new MemoryFeedStore();
    const fetcher = (async (url: string) =>
      url.includes('down')
        ? Promise.reject(new TypeError('offline'))
        : new Response(JSON.stringify(baseFeed()), { headers: { etag: '"x"' } })) as typeof fetch;
    const list = [
      { id: 'a', feedUrl: URL_A },
      { id: 'd', feedUrl: 'https://down.example/feed.json' },
      { id: 'b', feedUrl: 'https://b.example/feed.json' },
    ];
    const results = await refreshAll(list, { store, fetch: fetcher, now }, 2);
    expect(results.map((r) => [r.hospital.id, r.outcome])).toEqual([
      ['a', 'updated'],
      ['d', 'failed'],
      ['b', 'updated'],
    ]);
  });
});
