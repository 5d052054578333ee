/**
 * `clearclinic import notice` (cli.md): a real notice as text and as a web page around it, read
 * against the hospital's feed; review lines on stderr; exit 0 / 1 / 2; bad arguments named. And
 * its inverse, `export notice-text`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { validateFeed } from '../../../utils/feed/validate';
import { cli } from '../../helpers/cli';
import { NOTICE_DIR } from '../../helpers/notice-fixtures';

const dir = mkdtempSync(join(tmpdir(), 'clearclinic-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fixture = (folder: string, file: string) => readFileSync(join(NOTICE_DIR, folder, file), 'utf8');

/** A fixture's feed without its own notices: what a hospital has before it posts this one. */
function baseFeed(folder: string) {
  const feed = JSON.parse(fixture(folder, 'feed.json'));
  const published = feed.schedule.notices[0].publishedAt as string;
  feed.schedule.notices = [];
  const path = join(dir, `${folder}.json`);
  writeFileSync(path, JSON.stringify(feed));
  return { path, published };
}

describe('import notice', () => {
  const HUZHOU = '01-huzhou1-2017-yuandan';
  const notice = join(NOTICE_DIR, HUZHOU, 'notice.txt');

  test('a notice read completely: the feed with it, valid, on stdout; exit 0', async () => {
    const { path, published } = baseFeed(HUZHOU);
    const r = await cli(['import', 'notice', notice, '--feed', path, '--published-at', published]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(validateFeed(out).errors).toEqual([]);
    expect(out.schedule.notices).toHaveLength(1);
    expect(out.schedule.notices[0]).toMatchObject({ id: '2017-yuandan', publishedAt: published });
  });

  test('fields the checker does not know are written back as they were', async () => {
    const { path, published } = baseFeed(HUZHOU);
    const feed = JSON.parse(readFileSync(path, 'utf8'));
    feed['x-cms'] = { page: 42 };
    feed.departments[0]['x-floor'] = 'B2';
    writeFileSync(path, JSON.stringify(feed));
    const r = await cli(['import', 'notice', notice, '--feed', path, '--published-at', published]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out['x-cms']).toEqual({ page: 42 });
    expect(out.departments[0]['x-floor']).toBe('B2');
    expect(out.schedule.notices).toHaveLength(1);
  });

  test('the same notice inside a hospital web page: navigation and scripts are left out', async () => {
    const { path, published } = baseFeed(HUZHOU);
    const text = fixture(HUZHOU, 'notice.txt').split('\n').slice(3).filter(Boolean);
    const page = join(dir, 'page.html');
    writeFileSync(
      page,
      `<!doctype html><html><head><title>通知公告</title><script>var x = "1月5日停诊";</script></head><body>
      <nav><a href="/">首页</a> <a href="/news">新闻</a> 1月6日停诊</nav>
      <article><h1>2017年元旦门诊安排通知</h1>${text.map((l) => `<p>${l}</p>`).join('')}</article>
      <footer>版权所有 电话 2612345</footer></body></html>`,
    );
    const r = await cli(['import', 'notice', page, '--feed', path, '--published-at', published, '--json']);
    expect(r.code).toBe(0);
    const { notice: got, review } = JSON.parse(r.stdout);
    expect(review).toEqual([]);
    const fromText = JSON.parse(
      (await cli(['import', 'notice', notice, '--feed', path, '--published-at', published, '--json'])).stdout,
    ).notice;
    expect(got.entries).toEqual(fromText.entries);
    expect(JSON.stringify(got)).not.toMatch(/01-0[56]/);
  });

  test('what it cannot represent: review lines naming the line, the text and why; exit 1', async () => {
    const folder = '09-yangjiang-2023-chunjie';
    const { path } = baseFeed(folder);
    const r = await cli(['import', 'notice', join(NOTICE_DIR, folder, 'notice.txt'), '--feed', path]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^review: line \d+: ".+": .+$/m);
    // The 落款 date is the publication date when none is given.
    expect(JSON.parse(r.stdout).schedule.notices[0].publishedAt).toBe('2023-01-12T00:00:00+08:00');
  });

  test('bad input: each named, exit 2', async () => {
    const { path } = baseFeed(HUZHOU);
    const cases: [string[], RegExp][] = [
      [['import', 'notice', notice], /--feed/],
      [['import', 'roster', notice, '--feed', path], /notice/],
      [['import', 'notice', join(dir, 'missing.txt'), '--feed', path], /missing\.txt/],
      [['import', 'notice', notice, '--feed', path], /落款/],
      [['import', 'notice', notice, '--feed', path, '--year', '17'], /--year/],
      [['import', 'notice', notice, '--feed', path, '--published-at', '2016-12-30'], /--published-at/],
      [['import', 'notice', notice, '--feed', notice], /不是有效|JSON|json/],
    ];
    for (const [args, words] of cases) {
      const r = await cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(words);
    }
  });
});

describe('export notice-text', () => {
  const sample = 'public/samples/liaohe-first.json';

  test('a sample notice as the text a hospital posts; import notice reads its exact entries back', async () => {
    const r = await cli(['export', 'notice-text', sample, '--notice', '2026-spring-festival']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('2026年春节期间门诊安排');
    expect(r.stdout).toContain('2026年2月15日（星期日）至2月23日（星期一）停诊。');
    expect(r.stdout).toContain('按周六排班');
    expect(r.stdout).toMatch(/辽河市第一人民医院（示例）\n2026年1月25日\n$/);
    // Entries with a referral or a note can be said only in words: listed on stderr.
    expect(r.stderr).toMatch(/\/schedule\/notices\/1\/entries\/2/);
  });

  test('bad input: each named, exit 2', async () => {
    for (const [args, words] of [
      [['export', 'ics', sample], /notice-text/],
      [['export', 'notice-text', sample], /--notice/],
      [['export', 'notice-text', sample, '--notice', 'nope'], /2026-spring-festival/],
    ] as [string[], RegExp][]) {
      const r = await cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(words);
    }
  });
});
