/** `clearclinic export html` and `export site`: the pre-rendered element and the static pages, as text. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { cli, ROOT } from '../../helpers/cli';
import { baseFeed, feedWith } from '../../helpers/feed';

const dir = mkdtempSync(join(tmpdir(), 'clearclinic-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};
const sample = `${ROOT}public/samples/liaohe-first.json`;
const good = file('good.json', baseFeed());
const hostile = file(
  'hostile.json',
  feedWith((f) => {
    f.hospital.name = '<img src=x onerror=alert(1)>"医院"&';
    f.departments[0]!.name = '</template><script>alert(1)</script>儿科';
  }),
);
const invalid = file(
  'invalid.json',
  feedWith((f) => (f.schedule.regular[0]!.end = '07:00')),
);
const count = (text: string, part: string) => text.split(part).length - 1;

describe('export html', () => {
  test('the element pre-rendered: a declarative shadow root, the stylesheet linked, attributes and updatedAt, no script or inline style', async () => {
    const r = await cli(['export', 'html', sample, '--date', '2026-11-21']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const html = r.stdout;
    expect(html).toMatch(
      /^<clear-clinic src="\/\.well-known\/clearclinic\.json" date="2026-11-21" lang="zh-CN" data-updated-at="2026-11-20T09:00:00\+08:00"><template shadowrootmode="open"><link rel="stylesheet" href="\/clearclinic\/widget\.css"><div class="cc" part="root" lang="zh-CN">/,
    );
    // The shadow root ends where its own markup does: what reads without scripts comes after it,
    // in the light DOM, shown through the root's <slot>.
    expect(html).toMatch(
      /<slot><\/slot><\/div><\/template><noscript><link rel="stylesheet" href="\/clearclinic\/widget\.css"\/?><div class="cc cc-light cc-noscript" lang="zh-CN">/,
    );
    expect(html.trimEnd().endsWith('</noscript></clear-clinic>')).toBe(true);
    expect(html).not.toMatch(/<script|\sstyle=|<style/i);
    // The interactive view as the widget draws it: fifteen days in the strip, the tabs.
    expect(count(html, 'class="cc-day ')).toBe(15);
    expect(html).toContain('role="tablist"');
    // And without scripts: the fifteen days at once, the guide open, the feed's link.
    const noscript = html.slice(html.indexOf('<noscript>'), html.indexOf('</noscript>'));
    expect(count(noscript, 'class="cc-static-day ')).toBe(15);
    expect(noscript).toContain('data-date="2026-11-21"');
    expect(noscript).toContain('<details class="cc-item" part="guide-item"');
    expect(noscript).not.toMatch(/<details(?![^>]*\sopen)[^>]*>/);
    expect(noscript).toMatch(/<svg class="cc-qr"[^>]*>.*?<path d="M/);
    expect(noscript).toContain('<a href="/.well-known/clearclinic.json">');
  });

  test.each(['overview', 'hours', 'slots', 'waits', 'guide'])(
    'the %s view pre-renders without a script, an inline style or an event handler attribute',
    async (view) => {
      const r = await cli(['export', 'html', sample, '--view', view]);
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(/<script|\sstyle=|<style|\son[a-z]+=/i);
      expect(r.stdout).toMatch(
        /<noscript><link rel="stylesheet" href="\/clearclinic\/widget\.css"\/?><div class="cc cc-light cc-noscript"/,
      );
      // Not "loading": every view's own content is there.
      expect(r.stdout).not.toContain('正在加载出诊信息');
    },
  );

  test('every option becomes the attribute that reproduces the view', async () => {
    const r = await cli([
      'export',
      'html',
      sample,
      '--view',
      'hours',
      '--department',
      'pediatrics',
      '--department',
      'cardiology',
      '--size',
      'large',
      '--theme',
      'dark',
      '--lang',
      'en',
      '--src',
      'https://hospital.example/.well-known/clearclinic.json',
      '--stylesheet',
      'https://cdn.example/clearclinic/widget.css',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^<clear-clinic src="https:\/\/hospital\.example\/\.well-known\/clearclinic\.json" view="hours" department="pediatrics cardiology" lang="en" theme="dark" size="large" data-updated-at="[^"]+"><template shadowrootmode="open"><link rel="stylesheet" href="https:\/\/cdn\.example\/clearclinic\/widget\.css">/,
    );
    // Only the two departments, in English.
    const ids = new Set([...r.stdout.matchAll(/data-department-id="([^"]+)"/g)].map((m) => m[1]));
    expect([...ids].sort()).toEqual(['cardiology', 'pediatrics']);
    expect(r.stdout).toContain('Hours for the next 15 days');
  });

  test('everything from the feed is text: markup in names is escaped, never markup', async () => {
    const r = await cli(['export', 'html', hostile, '--src', '/feed.json?a="b"&c']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/<img|<script|<\/template><script/i);
    expect(r.stdout).toContain('&lt;img src=x onerror=alert(1)>');
    expect(r.stdout).toContain('&lt;/template>&lt;script>');
    expect(r.stdout).toContain('src="/feed.json?a=&quot;b&quot;&amp;c"');
  });

  test('a bad option or a feed with errors is said, naming what and where', async () => {
    const view = await cli(['export', 'html', good, '--view', 'calendar', '--lang', 'en']);
    expect(view.code).toBe(2);
    expect(view.stderr).toBe('clearclinic: --view "calendar" is not a value it takes (see clearclinic --help)\n');
    const date = await cli(['export', 'html', good, '--date', '2026-13-01']);
    expect(date.code).toBe(2);
    expect(date.stderr).toContain('--date 的值 “2026-13-01” 不可用');
    const dept = await cli(['export', 'html', good, '--department', 'nope', '--lang', 'en']);
    expect(dept.code).toBe(2);
    expect(dept.stderr).toBe('clearclinic: The feed has no department nope; it has: peds, er\n');
    const src = await cli(['export', 'html', good, '--src', 'javascript:alert(1)']);
    expect(src.code).toBe(2);
    expect(src.stderr).toContain('--src “javascript:alert(1)” 不是 http(s) 网址或本站路径');
    const bad = await cli(['export', 'html', invalid]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('/schedule/regular/0/end time.order');
    const two = await cli(['export', 'html', good, good]);
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('export html 一次只读一份数据');
  });
});

describe('export site', () => {
  test('a page per hospital and an index, with the JSON-LD and the feed beside it; a bad feed gets no page', async () => {
    const out = join(dir, 'site');
    const r = await cli([
      'export',
      'site',
      `${ROOT}public/samples/liaohe-first.json`,
      `${ROOT}public/samples/liaohe-tcm.json`,
      `${ROOT}public/samples/liaohe-mch.json`,
      invalid,
      '--out',
      out,
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${invalid}: no page written (the feed has 1 errors)`);
    expect(r.stderr).toContain(`Wrote 3 hospital pages and the index to ${out}`);
    const files = readdirSync(out).sort();
    const pages = files.filter((f) => /^hospital-.*\.html$/.test(f));
    expect(pages).toHaveLength(3);
    expect(files).toEqual(
      expect.arrayContaining(['index.html', 'site.css', ...pages.map((p) => p.replace('.html', '.json'))]),
    );
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    for (const p of pages) expect(index).toContain(`<a href="${p}">`);
    for (const p of pages) {
      const html = readFileSync(join(out, p), 'utf8');
      expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
      // Scripts: only the JSON-LD, which is data; it parses, and names the hospital.
      const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
      expect(scripts.map((m) => m[1])).toEqual([' type="application/ld+json"']);
      expect(JSON.parse(scripts[0]![2]!)).toMatchObject({ '@type': expect.anything(), name: expect.any(String) });
      expect(count(html, 'class="cc-static-day ')).toBe(15);
      expect(html).toContain(`<a href="${p.replace('.html', '.json')}">`);
      expect(html).not.toMatch(/\sstyle=|<style|\son[a-z]+=/i);
    }
    expect(readFileSync(join(out, 'site.css'), 'utf8')).not.toContain(':host');
  });

  test('without --out, or into a place that is not a folder, it says so', async () => {
    const none = await cli(['export', 'site', good, '--lang', 'en']);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe('clearclinic: export site needs --out: the folder to write the pages into\n');
    const blocked = await cli(['export', 'site', good, '--out', good]);
    expect(blocked.code).toBe(2);
    expect(blocked.stderr).toContain(good);
  });
});
