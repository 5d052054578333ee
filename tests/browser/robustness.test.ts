import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGzip } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { events, isStored, ready, recordEvents, setAttributes, useDemoSite } from './harness';

const env = useDemoSite();
let page: Page;
beforeEach(async () => {
  page = await env.browser.newPage({ locale: 'zh-CN' });
});
afterEach(() => page.close());

const sample = () => JSON.parse(env.server.feeds.get('/.well-known/clearclinic.json')!);

/** Visits every tab of a widget, so that every lazy chunk and stylesheet loads. */
async function visitAllTabs(id: string) {
  for (const name of ['分时段号源', '候诊时间', '办事指南', '出诊时间']) {
    await page.locator(`clear-clinic#${id} [role=tab]`, { hasText: name }).click();
    await page.locator(`clear-clinic#${id} [role=tabpanel] section`).first().waitFor();
  }
}

test('under a strict Content-Security-Policy: every view renders and nothing is blocked', async () => {
  const violations: string[] = [];
  page.on('console', (m) => /Content Security Policy|Refused to/i.test(m.text()) && violations.push(m.text()));
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const response = await page.goto(`${env.server.url}/csp.html`);
  expect(response!.headers()['content-security-policy']).toContain("script-src 'self'");
  await ready(page, 'csp');
  await visitAllTabs('csp');
  await page.locator('clear-clinic#csp [role=tab]', { hasText: '办事指南' }).click();
  await page.locator('clear-clinic#csp .cc-guide-qr svg path').waitFor();
  // The styles really applied (constructable stylesheets are not inline styles).
  expect(await page.locator('clear-clinic#csp .cc-title').evaluate((el) => getComputedStyle(el).fontWeight)).toBe(
    '700',
  );
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
  expect(violations).toEqual([]);
});

describe('a hostile feed', () => {
  const EVIL =
    '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><a href="javascript:window.__pwned=3">点我</a>';

  test('markup in every text field is shown as text and runs nothing', async () => {
    const feed = sample();
    const walk = (v: unknown): unknown => {
      if (Array.isArray(v)) return v.map(walk);
      if (v && typeof v === 'object') {
        return Object.fromEntries(
          Object.entries(v).map(([k, x]) => [
            k,
            [
              'name',
              'title',
              'note',
              'location',
              'place',
              'hours',
              'conditions',
              'text',
              'q',
              'a',
              'responsibleDept',
              'doctor',
            ].includes(k) && typeof x !== 'object'
              ? EVIL
              : k === 'name' && x && typeof x === 'object' && !Array.isArray(x)
                ? { 'zh-CN': EVIL, en: EVIL }
                : ['steps', 'prohibited', 'waivable'].includes(k) && Array.isArray(x)
                  ? x.map(() => EVIL)
                  : walk(x),
          ]),
        );
      }
      return v;
    };
    env.server.feeds.set('/evil/.well-known/clearclinic.json', JSON.stringify(walk(feed)));
    await page.goto(`${env.server.url}/guide.html`);
    await ready(page, 'guide');
    await setAttributes(page, 'guide', { src: '/evil/.well-known/clearclinic.json' });
    await expect.poll(() => page.locator('clear-clinic#guide .cc-title').textContent()).toBe(EVIL);
    const first = page.locator('clear-clinic#guide .cc-item').first();
    await first.locator('summary').click();
    expect(await first.locator('summary').textContent()).toBe(EVIL);
    const found = await page.evaluate(() => {
      const root = document.getElementById('guide')!.shadowRoot!;
      return {
        pwned: (window as unknown as { __pwned?: number }).__pwned,
        elements: root.querySelectorAll('img, script, iframe, object').length,
        jsLinks: [...root.querySelectorAll('a')].filter((a) => !/^https?:/.test(a.href)).length,
      };
    });
    expect(found).toEqual({ pwned: undefined, elements: 0, jsLinks: 0 });
  });

  test('javascript: and data: links make the feed invalid: refused with clearclinic:error, never linked', async () => {
    await recordEvents(page);
    const feed = sample();
    feed.slots[0].bookingUrl = 'javascript:window.__pwned=4';
    feed.schedule.notices[0].url = 'data:text/html,<script>alert(1)</script>';
    env.server.feeds.set('/evil-links/.well-known/clearclinic.json', JSON.stringify(feed));
    await page.goto(`${env.server.url}/`);
    await ready(page, 'overview');
    await setAttributes(page, 'overview', { src: '/evil-links/.well-known/clearclinic.json' });
    await page.locator('clear-clinic#overview .cc-alert').waitFor();
    expect(await page.locator('clear-clinic#overview .cc-alert p').first().textContent()).toBe(
      '医院发布的数据有误，未予采用。',
    );
    const errors = (await events(page)).filter((e) => e.type === 'clearclinic:error');
    expect(errors.at(-1)!.detail).toEqual({
      code: 'url.scheme',
      message: '医院发布的数据有误，未予采用。',
    });
    // The problem list names where, in words.
    await page.locator('clear-clinic#overview .cc-alert summary').click();
    expect(await page.locator('clear-clinic#overview .cc-alert li').first().textContent()).toContain(
      '/schedule/notices/0/url',
    );
    expect(await page.locator('clear-clinic#overview .cc-title').count()).toBe(0);
  });
});

describe('bounded', () => {
  const lastError = async () => (await events(page)).filter((e) => e.type === 'clearclinic:error').at(-1)?.detail;

  test('a src that is no http(s) address fails at once, in the page’s language', async () => {
    await recordEvents(page);
    await page.goto(`${env.server.url}/`);
    await ready(page, 'overview');
    for (const src of ['javascript:alert(1)', 'http://[::1', 'ftp://hospital.example/feed.json']) {
      await setAttributes(page, 'overview', { src });
      await expect.poll(lastError).toMatchObject({ code: 'src.invalid' });
      expect(await lastError()).toEqual({
        code: 'src.invalid',
        message: `src 属性“${src}”不是可用的网址（须为 http 或 https 网址）。`,
      });
      expect(await page.locator('clear-clinic#overview .cc-alert p').first().textContent()).toContain(src);
    }
  });

  test('a server that never answers: after 20 s, network, and the widget says so', async () => {
    await recordEvents(page);
    await page.clock.install();
    await page.goto(`${env.server.url}/`);
    await ready(page, 'overview');
    await page.route('**/silent/feed.json', () => {}); // never fulfilled
    await setAttributes(page, 'overview', { src: '/silent/feed.json' });
    await page.clock.runFor(19_000);
    expect(await lastError()).toBeUndefined();
    await page.clock.runFor(2_000);
    await expect.poll(lastError).toMatchObject({ code: 'network' });
    await page.locator('clear-clinic#overview .cc-alert').waitFor();
  });

  test('an endless compressed body stops at 5 MiB as it streams: feed.too-large', async () => {
    await recordEvents(page);
    let sent = 0;
    // A gzip stream of zeros that never ends: a few KB on the wire per MB inflated.
    const bomb = createServer((_req, res) => {
      res.writeHead(200, {
        'content-type': 'application/json',
        'content-encoding': 'gzip',
        'access-control-allow-origin': '*',
      });
      const gzip = createGzip();
      gzip.pipe(res);
      const zeros = Buffer.alloc(1 << 20, 0x20);
      const pump = () => {
        while (!res.destroyed && sent < 4096 * (1 << 20) && gzip.write(zeros)) sent += zeros.length;
        if (!res.destroyed) gzip.once('drain', pump);
      };
      res.on('close', () => gzip.destroy());
      pump();
    });
    await new Promise<void>((resolve) => bomb.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = bomb.address() as AddressInfo;
      await page.goto(`${env.server.url}/`);
      await ready(page, 'overview');
      await setAttributes(page, 'overview', { src: `http://127.0.0.1:${port}/feed.json` });
      await expect.poll(lastError, { timeout: 20_000 }).toMatchObject({ code: 'feed.too-large' });
      expect(await page.locator('clear-clinic#overview .cc-alert p').first().textContent()).toBe(
        '医院发布的数据超过 5 MiB 上限，未予采用。',
      );
      // Well short of the 4 GiB the server would send: the reader stopped it.
      expect(sent).toBeLessThan(512 * (1 << 20));
    } finally {
      bomb.closeAllConnections();
      await new Promise((resolve) => bomb.close(resolve));
    }
  });
});

test('the host page’s hostile CSS changes nothing inside the widget', async () => {
  const measure = async (path: string, id: string) => {
    await page.goto(`${env.server.url}${path}`);
    await ready(page, id);
    await setAttributes(page, id, { view: 'hours', date: '2026-11-23' });
    await page.locator(`clear-clinic#${id} .cc-day[data-date="2026-11-23"][aria-pressed=true]`).waitFor();
    return page.evaluate((id) => {
      const root = document.getElementById(id)!.shadowRoot!;
      const pick = (sel: string) => {
        const s = getComputedStyle(root.querySelector(sel)!);
        return [s.display, s.fontSize, s.fontFamily, s.color, s.backgroundColor, s.lineHeight, s.borderTopWidth].join(
          ' | ',
        );
      };
      return {
        host: getComputedStyle(document.getElementById(id)!).display,
        title: pick('.cc-title'),
        day: pick('.cc-day'),
        dept: pick('.cc-dept'),
        root: pick('.cc'),
      };
    }, id);
  };
  const normal = await measure('/', 'overview');
  const hostile = await measure('/hostile.html', 'hostile');
  expect(hostile).toEqual(normal);
  expect(normal.host).toBe('block');
});

test('a view whose code cannot be fetched says so with a retry, never "loading" forever', async () => {
  let blocked = true;
  await page.route('**/chunks/SlotsView-*.js', (route) =>
    blocked ? route.abort('internetdisconnected') : route.continue(),
  );
  await page.goto(`${env.server.url}/`);
  await ready(page, 'overview');
  await page.locator('clear-clinic#overview [role=tab]', { hasText: '分时段号源' }).click();
  const alert = page.locator('clear-clinic#overview [role=tabpanel] .cc-alert');
  await expect.poll(() => alert.textContent()).toContain('这部分内容未能加载');
  blocked = false;
  await alert.getByRole('button', { name: '重试' }).click();
  await page.locator('clear-clinic#overview [role=tabpanel] section.cc-slots').waitFor();
  expect(await alert.count()).toBe(0);
});

describe('cache', () => {
  test('offline: the second visit renders from the cache, marked with its age', async () => {
    const context = await env.browser.newContext({ locale: 'zh-CN' });
    const visit = await context.newPage();
    await visit.goto(`${env.server.url}/`);
    await ready(visit, 'overview');
    // The hospital's own date (its feed's updatedAt), then when the widget last heard from it.
    expect(await visit.locator('clear-clinic#overview .cc-age').textContent()).toMatch(
      /^医院 (2026年)?11月20日 更新 · 刚刚检查$/,
    );
    await expect.poll(() => isStored(visit, `${env.server.url}/.well-known/clearclinic.json`)).toBe(true);
    // The hospital's site is unreachable for the feed: the copy in IndexedDB is shown.
    await visit.route('**/.well-known/clearclinic.json', (route) => route.abort('internetdisconnected'));
    await visit.clock.install({ time: Date.now() + 3 * 3_600_000 });
    await visit.reload();
    await ready(visit, 'overview');
    expect(await visit.locator('clear-clinic#overview .cc-age').textContent()).toMatch(
      /^医院 (2026年)?11月20日 更新 · 3小时前检查（离线缓存）$/,
    );
    expect(await visit.locator('clear-clinic#overview .cc-alert').textContent()).toContain(
      '无法连接医院网站，显示的是已保存的数据',
    );
    expect(await visit.locator('clear-clinic#overview .cc-dept').count()).toBeGreaterThan(3);
    await context.close();
  });

  test('the render mark tells webmasters where the first frame came from: the network on a first visit, the cache on a return', async () => {
    const context = await env.browser.newContext({ locale: 'zh-CN' });
    const visit = await context.newPage();
    await visit.goto(`${env.server.url}/bench.html`);
    await ready(visit, 'bench');
    const detail = () =>
      visit.evaluate(
        () => (performance.getEntriesByName('clearclinic:render')[0] as PerformanceMark | undefined)?.detail,
      );
    expect(await detail()).toEqual({ id: 'bench', fromCache: false });
    await expect.poll(() => isStored(visit, `${env.server.url}/.well-known/clearclinic.json`)).toBe(true);
    await visit.reload();
    await ready(visit, 'bench');
    await expect.poll(detail).toEqual({ id: 'bench', fromCache: true });
    // The publisher's "unchanged" came too: the page shows the data as fresh.
    await expect.poll(() => visit.locator('clear-clinic#bench .cc-age').textContent()).toMatch(/· 刚刚检查$/);
    await context.close();
  });

  test('a broken update keeps the good cached data and fires clearclinic:error', async () => {
    const context = await env.browser.newContext({ locale: 'zh-CN' });
    const visit = await context.newPage();
    await recordEvents(visit);
    const good = env.server.feeds.get('/liaohe-mch/.well-known/clearclinic.json')!;
    env.server.feeds.set('/broken/.well-known/clearclinic.json', good);
    await visit.goto(`${env.server.url}/`);
    await ready(visit, 'overview');
    await setAttributes(visit, 'overview', { src: '/broken/.well-known/clearclinic.json' });
    await expect
      .poll(() => visit.locator('clear-clinic#overview .cc-title').textContent())
      .toBe('辽河市妇幼保健院（示例）');
    // Shown first, stored just after: the next visit finds the copy once it is stored.
    await expect.poll(() => isStored(visit, `${env.server.url}/broken/.well-known/clearclinic.json`)).toBe(true);
    env.server.feeds.set('/broken/.well-known/clearclinic.json', good.slice(0, 5000));
    await visit.reload();
    await setAttributes(visit, 'overview', { src: '/broken/.well-known/clearclinic.json' });
    await visit.locator('clear-clinic#overview .cc-alert').waitFor();
    expect(await visit.locator('clear-clinic#overview .cc-title').textContent()).toBe('辽河市妇幼保健院（示例）');
    expect(await visit.locator('clear-clinic#overview .cc-alert p').first().textContent()).toBe(
      '医院发布的数据有误，未予采用。继续显示此前保存的数据。',
    );
    const error = (await events(visit)).find((e) => e.type === 'clearclinic:error');
    expect(error?.detail.code).toBe('json.syntax');
    await context.close();
  });
});

test('keyboard only: one tab stop for the tabs, arrows move, Home/End, disclosures open with Enter and Space', async () => {
  await page.goto(`${env.server.url}/`);
  await ready(page, 'overview');
  await page.locator('h2', { hasText: '门诊时间与预约' }).click();
  // From the content before the widget, Tab reaches the selected tab.
  await page.keyboard.press('Tab');
  const focused = () =>
    page.evaluate(() => document.getElementById('overview')!.shadowRoot!.activeElement?.textContent);
  expect(await focused()).toBe('出诊时间');
  await page.keyboard.press('ArrowRight');
  expect(await focused()).toBe('分时段号源');
  expect(await page.locator('clear-clinic#overview [role=tab][aria-selected=true]').textContent()).toBe('分时段号源');
  await page.keyboard.press('End');
  expect(await focused()).toBe('办事指南');
  await page.keyboard.press('ArrowRight');
  expect(await focused()).toBe('出诊时间');
  await page.keyboard.press('ArrowLeft');
  expect(await focused()).toBe('办事指南');
  // Tab leaves the tablist for the panel, then into the guide.
  await page.keyboard.press('Tab');
  expect(
    await page.evaluate(() => document.getElementById('overview')!.shadowRoot!.activeElement?.getAttribute('role')),
  ).toBe('tabpanel');
  await page.locator('clear-clinic#overview .cc-item summary').first().waitFor();
  for (
    let i = 0;
    i < 12 &&
    (await page.evaluate(() => document.getElementById('overview')!.shadowRoot!.activeElement?.tagName)) !== 'SUMMARY';
    i++
  ) {
    await page.keyboard.press('Tab');
  }
  const item = page.locator('clear-clinic#overview .cc-item').first();
  await page.keyboard.press('Enter');
  await expect.poll(() => item.getAttribute('open')).toBe('');
  await page.keyboard.press(' ');
  await expect.poll(() => item.getAttribute('open')).toBe(null);
  // Focus is visible.
  const outline = await page.evaluate(
    () => getComputedStyle(document.getElementById('overview')!.shadowRoot!.activeElement!).outlineStyle,
  );
  expect(outline).toBe('solid');
});
