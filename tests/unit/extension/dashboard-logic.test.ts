/** The dashboard's and popup's pure parts: saved feeds from the cache, the current site's feed, imports in words, audit inputs, glance lines. */
// Before anything that imports WXT's storage: the fake becomes the global `chrome` (a side-effect
// import, so sorting the imports below never moves it).
import '../../helpers/fake-browser';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { hospitalRoute } from '../../../components/extension/Dashboard';
import { auditInput } from '../../../utils/audit/audit-input';
import { reportCsv } from '../../../utils/audit/formats/csv';
import { reportHtml } from '../../../utils/audit/formats/html';
import { BUILT_IN_PROFILES } from '../../../utils/audit/profile';
import { buildReport } from '../../../utils/audit/report';
import { cachedCopy } from '../../../utils/cache/cached-copy';
import { MemoryFeedStore } from '../../../utils/cache/feed-store';
import { parseDate } from '../../../utils/date/civil';
import { instantOf } from '../../../utils/date/zone';
import { pastedUrls, savedAuditInputs, urlAuditInputs } from '../../../utils/extension/adapters/audit-sources';
import {
  addOrKeep,
  catchUp,
  dropPending,
  forgetCopy,
  importHospitals,
  moveHospital,
  refreshNow,
  removeHospital,
  restoreHospital,
} from '../../../utils/extension/adapters/saved-actions';
import { siteFeed } from '../../../utils/extension/adapters/site-feed';
import { pendingItem, refreshProblemsItem, savedItem } from '../../../utils/extension/adapters/storage-items';
import { glance } from '../../../utils/extension/glance';
import { glanceLines } from '../../../utils/extension/glance-text';
import { importMessage } from '../../../utils/extension/import-message';
import { refreshProblemText } from '../../../utils/extension/refresh-problem';
import { fromStore, readSavedFeeds } from '../../../utils/extension/saved-feeds';
import { exportSaved, importSaved } from '../../../utils/extension/saved-hospitals';
import { validateFeedText } from '../../../utils/feed/validate';
import { ScheduleEngine } from '../../../utils/schedule/engine';
import { cli } from '../../helpers/cli';
import { fakeBrowser } from '../../helpers/fake-browser';
import { baseFeed, feedWith } from '../../helpers/feed';

const text = JSON.stringify(baseFeed());
const other = JSON.stringify(feedWith((f) => (f.hospital.id = 'OTHER')));
const json = (body: string) => new Response(body, { headers: { 'content-type': 'application/json' } });
const html = (body: string) => new Response(body, { headers: { 'content-type': 'text/html' } });

beforeEach(() => fakeBrowser.reset());

describe('saved feeds from the cache', () => {
  test('each saved hospital with its stored feed, engine and age; one without a copy is still listed', async () => {
    const store = new MemoryFeedStore();
    await store.put(cachedCopy('https://a.example/feed.json', text, 1000));
    await store.put({ ...cachedCopy('https://c.example/feed.json', '{broken', 5), checker: 0 });
    const list = [
      { id: baseFeed().hospital.id, feedUrl: 'https://a.example/feed.json' },
      { id: 'NEW', feedUrl: 'https://b.example/feed.json' },
      { id: 'BAD', feedUrl: 'https://c.example/feed.json' },
    ];
    const saved = await readSavedFeeds(list, fromStore(store));
    expect(
      saved.map((s) => [s.hospital.id, s.feed?.hospital.id, s.fetchedAt, s.engine instanceof ScheduleEngine]),
    ).toEqual([
      [baseFeed().hospital.id, baseFeed().hospital.id, 1000, true],
      ['NEW', undefined, undefined, false],
      // A copy an older checker passed is checked again, and a bad one is not shown.
      ['BAD', undefined, undefined, false],
    ]);
  });
});

describe('the current site’s feed (popup)', () => {
  const web = (async (input: string) => {
    const url = new URL(input);
    if (url.href === 'https://named.example/feeds/x.json') return json(text);
    if (url.href === 'https://named.example/feeds/broken.json') return json('{"format":"clearclinic-feed"}');
    if (url.href === 'https://wk.example/.well-known/clearclinic.json') return json(other);
    return html('no');
  }) as typeof fetch;

  test('the page’s named feed first (a broken one skipped), else the origin’s well-known file, else none', async () => {
    expect(
      await siteFeed(
        'https://named.example/',
        ['https://named.example/feeds/broken.json', 'https://named.example/feeds/x.json'],
        web,
      ),
    ).toMatchObject({ feedUrl: 'https://named.example/feeds/x.json', via: 'page' });
    expect(await siteFeed('https://wk.example/a/b.html', [], web)).toMatchObject({
      feedUrl: 'https://wk.example/.well-known/clearclinic.json',
      via: 'well-known',
      feed: { hospital: { id: 'OTHER' } },
    });
    expect(await siteFeed('https://nothing.example/', [], web)).toBeUndefined();
  });

  test('nothing is fetched for pages that are not http(s)', async () => {
    const asked: string[] = [];
    const spy = (async (u: string) => {
      asked.push(u);
      return html('');
    }) as typeof fetch;
    for (const url of ['chrome://newtab/', 'about:blank', 'file:///home/a.html', undefined])
      expect(await siteFeed(url, [], spy)).toBeUndefined();
    expect(asked).toEqual([]);
  });
});

describe('saved-list actions', () => {
  test('remove takes the entry off at once, undo puts it back in its place, and the copy goes only after', async () => {
    const store = new MemoryFeedStore();
    await savedItem.setValue([
      { id: 'A', feedUrl: 'https://a.example/f.json' },
      { id: 'B', feedUrl: 'https://b.example/f.json' },
    ]);
    await store.put(cachedCopy('https://a.example/f.json', text, 1));
    await moveHospital('B', -1);
    expect((await savedItem.getValue()).map((h) => h.id)).toEqual(['B', 'A']);
    const removed = await removeHospital('A');
    expect(removed).toEqual({ hospital: { id: 'A', feedUrl: 'https://a.example/f.json' }, index: 1 });
    expect(await savedItem.getValue()).toEqual([{ id: 'B', feedUrl: 'https://b.example/f.json' }]);
    // Within the undo time the copy is kept, so putting it back shows it at once, in its old place.
    expect(await store.get('https://a.example/f.json')).toBeDefined();
    await restoreHospital(removed!);
    expect((await savedItem.getValue()).map((h) => h.id)).toEqual(['B', 'A']);
    // A copy whose hospital is back is never forgotten; one whose hospital stayed removed is.
    await forgetCopy('https://a.example/f.json', store);
    expect(await store.get('https://a.example/f.json')).toBeDefined();
    await removeHospital('A');
    await forgetCopy('https://a.example/f.json', store);
    expect(await store.get('https://a.example/f.json')).toBeUndefined();
    expect(await removeHospital('nobody')).toBeUndefined();
  });

  test('an address whose site cannot be reached is kept, and added when the network is back', async () => {
    const store = new MemoryFeedStore();
    let online = false;
    const fetcher = (async (u: string) => {
      if (!online) throw new TypeError('Failed to fetch');
      return u === 'https://n.example/f.json' ? json(other) : html('');
    }) as typeof fetch;
    const outcome = await addOrKeep('n.example/f.json', { store, lang: 'zh-CN', fetch: fetcher });
    expect(outcome).toMatchObject({ ok: false, reason: 'network' });
    expect(outcome.message).toContain('联网后会自动添加');
    expect((await pendingItem.getValue()).map((p) => p.address)).toEqual(['n.example/f.json']);
    // Still offline: nothing changes, and nothing is lost.
    await catchUp({ store, lang: 'zh-CN', fetch: fetcher });
    expect(await pendingItem.getValue()).toHaveLength(1);
    online = true;
    await catchUp({ store, lang: 'zh-CN', fetch: fetcher });
    expect(await pendingItem.getValue()).toEqual([]);
    expect(await savedItem.getValue()).toEqual([
      { id: JSON.parse(other).hospital.id, feedUrl: 'https://n.example/f.json' },
    ]);
    expect((await store.get('https://n.example/f.json'))?.text).toBe(other);
  });

  test('a kept address the site later refuses says why and stays until dropped', async () => {
    const store = new MemoryFeedStore();
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    await addOrKeep('https://gone.example/', { store, lang: 'en', fetch: offline });
    const nothing = (async () => html('')) as typeof fetch;
    await catchUp({ store, lang: 'en', fetch: nothing });
    const [kept] = await pendingItem.getValue();
    expect(kept?.refused).toContain('No ClearClinic feed found at https://gone.example/');
    await dropPending('https://gone.example/');
    expect(await pendingItem.getValue()).toEqual([]);
  });

  test('refresh now fetches every saved hospital and records failures in words, clearing them on success', async () => {
    const store = new MemoryFeedStore();
    await savedItem.setValue([
      { id: 'A', feedUrl: 'https://a.example/f.json' },
      { id: 'B', feedUrl: 'https://b.example/f.json' },
    ]);
    await store.put(cachedCopy('https://a.example/f.json', text, 1));
    await store.put(cachedCopy('https://b.example/f.json', other, 1));
    const broken = JSON.stringify({ ...JSON.parse(text), updatedAt: 'yesterday' });
    let aText = broken;
    const fetcher = (async (u: string) => {
      if (u === 'https://a.example/f.json') return json(aText);
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await refreshNow({ store, lang: 'en', fetch: fetcher })).toEqual({ checked: 2, updated: 0, failed: 2 });
    const problems = await refreshProblemsItem.getValue();
    expect(problems['https://a.example/f.json']).toMatchObject({ kind: 'refused' });
    expect(problems['https://b.example/f.json']).toMatchObject({ kind: 'unreachable', code: 'network' });
    // The kept copy stays.
    expect((await store.get('https://a.example/f.json'))?.text).toBe(text);
    expect(refreshProblemText(problems['https://a.example/f.json']!, 'zh-CN', true)).toBe(
      '最近一次更新未采用：医院网站上的数据有误。仍显示之前保存的数据。',
    );
    aText = JSON.stringify({ ...JSON.parse(text), updatedAt: '2026-12-01T08:00:00+08:00' });
    expect(await refreshNow({ store, lang: 'en', fetch: fetcher })).toMatchObject({ updated: 1, failed: 1 });
    expect(Object.keys(await refreshProblemsItem.getValue())).toEqual(['https://b.example/f.json']);
  });

  test('import merges, fetches the new hospitals for offline use, and reports skipped entries by JSON Pointer', async () => {
    const store = new MemoryFeedStore();
    await savedItem.setValue([{ id: 'A', feedUrl: 'https://a.example/f.json' }]);
    const file = JSON.stringify({
      format: 'clearclinic-saved-hospitals',
      hospitals: [
        { id: 'A', feedUrl: 'https://a.example/f.json' },
        { id: 'N', feedUrl: 'https://n.example/f.json' },
        { id: 'X', feedUrl: 'javascript:alert(1)' },
      ],
    });
    const fetcher = (async (u: string) => (u === 'https://n.example/f.json' ? json(other) : html(''))) as typeof fetch;
    const result = await importHospitals(file, 'list.json', { store, lang: 'en', fetch: fetcher });
    expect(result).toEqual({
      ok: false,
      message:
        'Added 1 hospitals (those already saved are unchanged). list.json: 1 entries not imported: /hospitals/2/feedUrl is not an http(s) URL',
    });
    expect((await savedItem.getValue()).map((h) => h.id)).toEqual(['A', 'N']);
    expect((await store.get('https://n.example/f.json'))?.text).toBe(other);
    // Not an export at all: nothing changes, and it says so.
    expect(await importHospitals('{"a":1}', 'notes.json', { store, lang: 'zh-CN' })).toEqual({
      ok: false,
      message: 'notes.json 不是明白就医导出的医院列表，未做任何更改。',
    });
    expect(await importHospitals('<html>', 'page.html', { store, lang: 'zh-CN' })).toEqual({
      ok: false,
      message: 'page.html 不是 JSON 文件，未做任何更改。',
    });
    expect(await savedItem.getValue()).toHaveLength(2);
  });

  test('an export imports back to the same list', () => {
    const list = [
      { id: 'A', feedUrl: 'https://a.example/f.json' },
      { id: 'B', feedUrl: 'https://b.example/f.json' },
    ];
    const file = exportSaved(list, new Map([['A', { 'zh-CN': '甲医院', en: 'Hospital A' }]]));
    // The file names its hospitals where a copy gives the name; the import takes ids and URLs.
    expect(JSON.parse(file).hospitals[0]).toEqual({
      id: 'A',
      name: { 'zh-CN': '甲医院', en: 'Hospital A' },
      feedUrl: 'https://a.example/f.json',
    });
    const back = importSaved(file, []);
    expect(back.list).toEqual(list);
    expect(importMessage(back, 'x.json', 'zh-CN')).toEqual({
      ok: true,
      message: '新增2所医院（已在列表中的保持不变）。',
    });
  });
});

describe('audit inputs', () => {
  test('pasted text splits on lines and commas, and on spaces only between addresses, without blanks or repeats', () => {
    expect(
      pastedUrls(' https://a.example/f.json\n\nhttps://b.example/,https://a.example/f.json ，https://c.example/ '),
    ).toEqual(['https://a.example/f.json', 'https://b.example/', 'https://c.example/']);
    expect(pastedUrls('https://a.example/ www.b.example/feed.json\r\n')).toEqual([
      'https://a.example/',
      'www.b.example/feed.json',
    ]);
    // Words that are not addresses stay one entry, as typed: one bad entry, not three.
    expect(pastedUrls('not a url\nhttps://a.example/')).toEqual(['not a url', 'https://a.example/']);
    expect(pastedUrls('辽河市第一人民医院 https://a.example/')).toEqual(['辽河市第一人民医院 https://a.example/']);
  });

  test('pasted URLs: a feed, a site found by discovery, an invalid feed, a missing one and a non-URL each give their input', async () => {
    const asked: string[] = [];
    const fetcher = (async (u: string) => {
      asked.push(u);
      if (u === 'https://a.example/f.json') return json(text);
      if (u === 'https://site.example/') return html('<link rel="clearclinic" href="/data.json">');
      if (u === 'https://site.example/data.json') return json(other);
      if (u === 'https://bad.example/f.json') return json('{"format":"clearclinic-feed","version":1}');
      return new Response('', { status: 404 });
    }) as typeof fetch;
    const inputs = await urlAuditInputs(
      [
        'https://a.example/f.json',
        'https://site.example/',
        'https://bad.example/f.json',
        'https://gone.example/f.json',
        'ftp://x',
      ],
      'en',
      fetcher,
    );
    expect(inputs.map((i) => [i.source, i.feed?.hospital.id, i.error?.replace(/\(\d+ errors.*\)/, '(…)')])).toEqual([
      ['https://a.example/f.json', baseFeed().hospital.id, undefined],
      ['https://site.example/', 'OTHER', undefined],
      ['https://bad.example/f.json', undefined, 'Invalid feed (…); not audited'],
      ['https://gone.example/f.json', undefined, 'HTTP 404'],
      ['ftp://x', undefined, 'Not an http(s) URL'],
    ]);
    // The site's page is read once, then its linked feed.
    expect(asked.filter((u) => u.startsWith('https://site.example/'))).toEqual([
      'https://site.example/',
      'https://site.example/data.json',
    ]);
    // The invalid feed's reason is the CLI's, word for word.
    expect(inputs[2]).toEqual(
      auditInput(
        'https://bad.example/f.json',
        validateFeedText('{"format":"clearclinic-feed","version":1}', { lang: 'en' }),
        'en',
      ),
    );
  });

  test('saved hospitals audit from their stored copies; CSV and HTML are byte for byte what `clearclinic audit` writes for the same feeds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-audit-'));
    const files = ['liaohe-first', 'liaohe-tcm'].map((name) => {
      const path = join(dir, `${name}.json`);
      writeFileSync(path, readFileSync(new URL(`../../../public/samples/${name}.json`, import.meta.url)));
      return path;
    });
    const store = new MemoryFeedStore();
    for (const path of files) await store.put(cachedCopy(path, readFileSync(path, 'utf8'), 1));
    const list = files.map((path) => ({ id: path, feedUrl: path }));
    const saved = await readSavedFeeds([...list, { id: 'N', feedUrl: 'https://n.example/f.json' }], fromStore(store));
    const inputs = savedAuditInputs(saved, 'zh-CN');
    expect(inputs[2]).toEqual({ source: 'https://n.example/f.json', error: '尚无离线数据，无法评估' });
    for (const lang of ['zh-CN', 'en'] as const) {
      const report = buildReport(BUILT_IN_PROFILES.national!, parseDate('2026-11-24')!, inputs.slice(0, 2), lang);
      for (const format of ['csv', 'html'] as const) {
        const ours = format === 'csv' ? reportCsv(report) : reportHtml(report, lang);
        const theirs = await cli([
          'audit',
          ...files,
          '--profile',
          'national',
          '--as-of',
          '2026-11-24',
          '--format',
          format,
          '--lang',
          lang,
        ]);
        expect(theirs.stdout.length).toBeGreaterThan(500);
        expect(ours).toBe(theirs.stdout);
      }
    }
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('glance lines', () => {
  const engine = new ScheduleEngine(baseFeed());
  test('open now until the session’s end, today, the weekend’s days and the next holiday period, in the feed’s clock', () => {
    // Monday 2026-09-28 09:00 in Shanghai: the Mon–Fri 08:00–12:00 clinic is on.
    const lines = glanceLines(
      glance(engine, instantOf('Asia/Shanghai', parseDate('2026-09-28')!, 9 * 60)),
      engine.timeZone,
      'zh-CN',
    );
    expect(lines.now).toBe('门诊开诊中 · 12:00 停诊');
    expect(lines.today).toBe('1个科室 08:00–12:00');
    expect(lines.weekend).toHaveLength(2);
    // The base feed states no onHoliday: the holiday's days are 未公布, and the line says so.
    expect(lines.holiday).toBe('国庆节（10月1日–10月7日）：0/7天有门诊；1个科室未公布');
    expect(lines.pending).toBe(false);
  });

  test("a pending year's statutory holiday is the next holiday, marked pending", () => {
    const lines = glanceLines(
      glance(engine, instantOf('Asia/Shanghai', parseDate('2026-11-24')!, 20 * 60)),
      engine.timeZone,
      'en',
    );
    expect(lines.now).toMatch(/^Clinics closed now · opens Wed 25 Nov 08:00$/);
    expect(lines.holiday).toBe(
      "New Year's Day (1 Jan–1 Jan): clinics on 0 of 1 days; 1 departments not announced (2027 arrangement not published)",
    );
    expect(lines.pending).toBe(true);
    const closed = new ScheduleEngine(feedWith((f) => (f.schedule.onHoliday = 'closed')));
    const zh = glanceLines(
      glance(closed, instantOf('Asia/Shanghai', parseDate('2026-11-24')!, 20 * 60)),
      closed.timeZone,
      'zh-CN',
    );
    expect(zh.holiday).toBe('元旦（1月1日–1月1日）：0/1天有门诊（2027年调休安排未公布）');
  });
});

test('the hospital route names its id, decoded; anything else is the main page', () => {
  expect(hospitalRoute('#/hospital/12%20A')).toBe('12 A');
  expect(hospitalRoute('#/hospital/%E0%A4%A')).toBe('%E0%A4%A');
  expect(hospitalRoute('#/')).toBeUndefined();
  expect(hospitalRoute('')).toBeUndefined();
});
