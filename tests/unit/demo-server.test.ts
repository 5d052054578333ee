/**
 * The demo site (`npm start`, the browser tests and the benchmarks all stand on it): a page
 * that fails to render is a 500 naming the page, and the site goes on serving; the pre-rendered
 * pages are served as a cron job's file would be, the same bytes within the minute.
 */
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { PAGES } from '../../demo/pages';
import { type DemoServer, startDemoServer } from '../../demo/server';
import { SAMPLE_DATE } from '../../samples';
import { parseDate } from '../../utils/date/civil';

let server: DemoServer;
beforeAll(async () => {
  server = await startDemoServer({ asOf: parseDate(SAMPLE_DATE)! });
});
afterAll(() => server.close());

test('a page that fails to render is a 500 naming why, and the site goes on serving', async () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  PAGES.push({
    path: '/broken.html',
    title: 'broken',
    lang: 'zh-CN',
    body: () => {
      throw new Error('this page cannot render');
    },
  });
  try {
    const broken = await fetch(`${server.url}/broken.html`);
    expect(broken.status).toBe(500);
    expect(await broken.text()).toContain('this page cannot render');
    expect(String(error.mock.calls[0]?.[0])).toContain('/broken.html');
    const next = await fetch(`${server.url}/bench-table.html`);
    expect(next.status).toBe(200);
    expect(await next.text()).toContain('<table>');
  } finally {
    PAGES.pop();
    error.mockRestore();
  }
});

test('a pre-rendered page is the same file for the minute, as an export would be', async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2026-12-03T09:30:10+08:00') });
  try {
    const first = await (await fetch(`${server.url}/bench-prerendered.html`)).text();
    expect(first).toContain('<template shadowrootmode="open">');
    vi.setSystemTime(Date.parse('2026-12-03T09:30:50+08:00'));
    expect(await (await fetch(`${server.url}/bench-prerendered.html`)).text()).toBe(first);
    // The next minute is rendered anew (the widget's "now" line says the time of its render).
    vi.setSystemTime(Date.parse('2026-12-03T12:05:00+08:00'));
    expect(await (await fetch(`${server.url}/bench-prerendered.html`)).text()).not.toBe(first);
  } finally {
    vi.useRealTimers();
  }
});
