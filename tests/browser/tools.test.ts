import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from 'vitest';
import { axe, useDemoSite } from './harness';

const env = useDemoSite();

/**
 * The feed's text box as a webmaster sees it on clicking into it: what the editor wrote (it
 * follows the editor after a pause, or at once when focused).
 */
async function textOf(page: import('playwright-core').Page) {
  const area = page.locator('#feed-text');
  await area.evaluate((el) => el.blur());
  await area.focus();
  return area.inputValue();
}

test('webmaster tools: every problem with path, code and fix hint; the preview refuses a broken feed; JSON-LD once it is fixed', async () => {
  const page = await env.browser.newPage({ locale: 'zh-CN' });
  await page.goto(`${env.server.url}/tools/`);
  await page.getByRole('button', { name: '载入示例数据' }).click();
  await page.locator('#summary.ok').waitFor();
  expect(await page.locator('#summary').textContent()).toMatch(/^数据有效，可以发布/);
  await page.locator('clear-clinic .cc-title').waitFor();

  const setFeed = (edit: string) =>
    page.evaluate((edit) => {
      const area = document.querySelector<HTMLTextAreaElement>('#feed-text')!;
      const feed = JSON.parse(area.value);
      new Function('feed', edit)(feed);
      area.value = JSON.stringify(feed);
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }, edit);
  await setFeed(
    `feed.schedule.regular[0].end = '07:00'; feed.hospital.website = 'javascript:alert(1)'; feed.departments[1].id = 'Bad Id';`,
  );
  await page.locator('#summary.bad').waitFor();
  const rows = await page
    .locator('#problems tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [
        tr.getAttribute('data-code'),
        tr.getAttribute('data-path'),
        tr.querySelector('.hint')?.textContent?.length ?? 0,
      ]),
    );
  expect(rows.map(([code, path]) => `${code} ${path}`)).toEqual(
    expect.arrayContaining([
      'id.format /departments/1/id',
      'url.scheme /hospital/website',
      'time.order /schedule/regular/0/end',
    ]),
  );
  for (const [, , hint] of rows) expect(hint).toBeGreaterThan(5);
  // The preview shows what visitors would see: the feed refused, with the reason.
  await page.locator('clear-clinic .cc-alert').waitFor();
  expect(await page.locator('#jsonld').count()).toBe(0);

  await setFeed(
    `feed.schedule.regular[0].end = '11:30'; feed.hospital.website = 'https://www.lhfirst.example'; feed.departments[1].id = 'respiratory';`,
  );
  await page.locator('#summary.ok').waitFor();
  const jsonld = JSON.parse((await page.locator('#jsonld').textContent())!.replace(/^<script[^>]*>|<\/script>$/g, ''));
  expect(jsonld).toMatchObject({ '@type': 'Hospital', identifier: { value: expect.stringMatching(/^12/) } });
  expect(jsonld.openingHoursSpecification.length).toBeGreaterThan(5);
  // Attributes reach the preview; the snippet follows them.
  await page.locator('.preview select').first().selectOption('guide');
  await page.locator('clear-clinic .cc-guide').waitFor();
  expect(await page.locator('#snippet').textContent()).toContain('view="guide"');
  await page.close();
});

test('webmaster tools: a URL typed before the page re-renders is still the one Fetch loads', async () => {
  const page = await env.browser.newPage({ locale: 'zh-CN' });
  await page.goto(`${env.server.url}/tools/`);
  await page.locator('input[type=url]').fill(`${env.server.url}/.well-known/clearclinic.json`);
  // Anything that re-renders the page in between (here: the language switched twice).
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: '中文' }).click();
  await page.getByRole('button', { name: '读取', exact: true }).click();
  await page.locator('#summary.ok').waitFor();
  expect(await page.locator('#feed-text').inputValue()).toContain('"hospital"');
  await page.close();
});

test('webmaster tools: typing in a feed re-checks and re-previews once per pause, not per keystroke; a check that cannot finish never leaves the old verdict', async () => {
  const page = await env.browser.newPage({ locale: 'zh-CN' });
  await page.goto(`${env.server.url}/tools/`);
  await page.getByRole('button', { name: '载入示例数据' }).click();
  await page.locator('#summary.ok').waitFor();
  await page.locator('clear-clinic .cc-title').waitFor();
  // The check ran in the worker, off the page's main thread.
  expect(page.workers().map((w) => new URL(w.url()).pathname)).toEqual(['/tools/check-worker.js']);
  // Count the preview's new widget elements from now on.
  await page.evaluate(() => {
    const w = window as unknown as { __previews: number };
    w.__previews = 0;
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if (n.nodeName === 'CLEAR-CLINIC') w.__previews++;
    }).observe(document.body, { childList: true, subtree: true });
  });
  const area = page.locator('#feed-text');
  await area.press('End');
  await area.pressSequentially('      ', { delay: 20 });
  // The preview follows once typing has paused: the check, then 800 ms without a newer text
  // while the preview is on screen, 2.5 s while it is not (it is below the window here).
  await page.waitForTimeout(3_500);
  expect(await page.evaluate(() => (window as unknown as { __previews: number }).__previews)).toBe(1);
  await page.locator('#summary.ok').waitFor();
  // Scrolled into view, the preview shows the latest check at once.
  await area.pressSequentially('  ', { delay: 20 });
  await page.waitForTimeout(600);
  expect(await page.evaluate(() => (window as unknown as { __previews: number }).__previews)).toBe(1);
  const seen = Date.now();
  await page.locator('section.preview').scrollIntoViewIfNeeded();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __previews: number }).__previews)).toBe(2);
  // Sooner than the 2.5 s it waits off screen (counted from the scroll, which came 0.6 s after the keys).
  expect(Date.now() - seen).toBeLessThan(1_900);

  // JSON nested far deeper than any feed: refused in words, and the "valid" verdict is gone.
  await page.evaluate(() => {
    const el = document.querySelector<HTMLTextAreaElement>('#feed-text')!;
    el.value = `{"format":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await page.locator('#summary.bad').waitFor();
  expect(await page.locator('#summary.ok').count()).toBe(0);
  await page.close();
});

test('webmaster tools: Fetch stops an endless body at 5 MiB and says so', async () => {
  let sent = 0;
  const endless = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
    const chunk = Buffer.alloc(1 << 20, 0x20);
    const pump = () => {
      while (!res.destroyed && sent < 1024 * (1 << 20) && res.write(chunk)) sent += chunk.length;
      if (!res.destroyed) res.once('drain', pump);
    };
    pump();
  });
  await new Promise<void>((resolve) => endless.listen(0, '127.0.0.1', resolve));
  const page = await env.browser.newPage({ locale: 'zh-CN' });
  try {
    await page.goto(`${env.server.url}/tools/`);
    const { port } = endless.address() as AddressInfo;
    await page.locator('input[type=url]').fill(`http://127.0.0.1:${port}/feed.json`);
    await page.getByRole('button', { name: '读取', exact: true }).click();
    await expect.poll(() => page.locator('.status').textContent(), { timeout: 20_000 }).toContain('超过 5 MiB 上限');
    expect(sent).toBeLessThan(256 * (1 << 20));
  } finally {
    await page.close();
    endless.closeAllConnections();
    await new Promise((resolve) => endless.close(resolve));
  }
});

test('webmaster tools: Enter fetches; a failed fetch leaves no verdict of the old text; labels in 中文; no date in the snippet', async () => {
  const page = await env.browser.newPage({ locale: 'zh-CN' });
  await page.goto(`${env.server.url}/tools/`);
  await page.getByRole('button', { name: '载入示例数据' }).click();
  await page.locator('#summary.ok').waitFor();
  // Enter in the URL box fetches, like the button; this URL does not exist.
  const box = page.locator('input[type=url]');
  await box.fill(`${env.server.url}/nowhere/clearclinic.json`);
  await box.press('Enter');
  await expect.poll(() => page.locator('.status').textContent()).toContain('HTTP 404');
  expect(await page.locator('#summary').textContent()).toContain('未能读取该网址');
  expect(await page.locator('#summary.ok').count()).toBe(0);
  expect(await page.locator('#problems').count()).toBe(0);
  // The text box kept what it had.
  expect(await page.locator('#feed-text').inputValue()).toContain('"hospital"');
  // The preview's controls speak the page's language and name the attribute they set.
  const labels = await page.locator('.preview label').allTextContents();
  for (const name of ['视图 view', '科室 department', '日期（仅预览） date', '语言 lang', '配色 theme', '字号 size'])
    expect(labels.some((label) => label.startsWith(name))).toBe(true);
  await page.locator('.preview input[type=date]').fill('2026-12-24');
  await page.locator('.preview select').first().selectOption('hours');
  await expect.poll(() => page.locator('#snippet').textContent()).toContain('view="hours"');
  expect(await page.locator('#snippet').textContent()).not.toContain('date=');
  await page.close();
});

test('webmaster tools: a pasted holiday notice is read beside its lines, review lines marked, a date × department table, added to the feed', async () => {
  const page = await env.browser.newPage({ locale: 'zh-CN' });
  await page.goto(`${env.server.url}/tools/`);
  await page.getByRole('button', { name: '载入示例数据' }).click();
  await page.locator('#summary.ok').waitFor();
  const notice = [
    '2026年国庆节门诊安排',
    '10月1日至10月3日门诊停诊。',
    '10月4日至10月7日按周六排班，专家门诊停诊。',
    '眼科10月5日上午8:00-11:30开诊。',
    '针灸推拿科10月6日停诊。',
    '辽河市第一人民医院（示例）',
    '2026年9月20日',
  ].join('\n');
  await page.locator('#open-notice').click();
  await page.locator('#notice-text').fill(notice);
  await page.locator('#read-notice').click();
  await expect
    .poll(() => page.locator('#notice-status').textContent())
    .toBe('已读出安排；有 1 处需要人工核对（已在原文中标出）。');
  // Each line beside what it became; the one line it could not read is marked, with its reason.
  expect(await page.locator('#notice-lines li.review').count()).toBe(1);
  expect(await page.locator('#notice-lines li.review mark').textContent()).toBe('针灸推拿科10月6日停诊。');
  expect(await page.locator('#notice-lines li.review .reason').textContent()).toContain('针灸推拿科');
  expect(await page.locator('#notice-lines li[data-line="3"] .entry').allTextContents()).toEqual([
    '2026-10-04…2026-10-07 · * · roster · sat',
    '2026-10-04…2026-10-07 · expert · closed',
  ]);
  expect(await page.locator('#notice-unmatched').textContent()).toContain('针灸推拿科');
  // The resolved days, date × department.
  expect(
    await page
      .locator('#notice-table thead th[data-date]')
      .evaluateAll((ths) => ths.map((t) => t.getAttribute('data-date'))),
  ).toEqual(['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07']);
  const eyeOn5th = page.locator('#notice-table tr[data-department="ophthalmology"] td').nth(4);
  expect(await eyeOn5th.textContent()).toContain('08:00–11:30');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  expect(await axe(page, 'section[aria-labelledby="notice-title"]')).toEqual([]);
  // Added to the feed: still valid, with the notice in it.
  await page.locator('#add-notice').click();
  await expect.poll(() => textOf(page)).toContain('"2026-national"');
  await page.locator('#summary.ok').waitFor();
  const feed = JSON.parse(await page.locator('#feed-text').inputValue());
  expect(feed.schedule.notices.at(-1)).toMatchObject({ id: '2026-national', publishedAt: '2026-09-20T00:00:00+08:00' });
  await page.close();
});

test('webmaster tools: a roster spreadsheet (.xlsx) is read against the feed, its unreadable cells named, and written into the feed', async () => {
  const { default: writeExcelFile } = await import('write-excel-file/node');
  const cell = (value: string | null) => (value === null ? null : { value });
  const xlsx = await writeExcelFile([
    ['科室', '周一', null, '周二', null, '周三', null].map(cell),
    [null, '上午', '下午', '上午', '下午', '上午', '下午'].map(cell),
    ['眼科', '√', '', '张三', '', '专家', '单周'].map(cell),
    ['针灸推拿科', '8:00-11:30', '', '', '', '', ''].map(cell),
  ]).toBuffer();
  const file = { name: '出诊表.xlsx', mimeType: 'application/octet-stream', buffer: xlsx };
  const page = await env.browser.newPage({ locale: 'zh-CN' });
  await page.goto(`${env.server.url}/tools/`);
  await page.getByRole('button', { name: '载入示例数据' }).click();
  await page.locator('#summary.ok').waitFor();
  // The page's only file input is the feed's until the roster tool is opened.
  expect(await page.locator('input[type=file]').count()).toBe(1);
  await page.locator('#open-roster').click();
  // Half days without clock times need the feed's usual hours: the sample has none, and it says so.
  await page.locator('#roster-file').setInputFiles(file);
  await expect.poll(() => page.locator('#roster-status').textContent()).toContain('schedule.dayParts');
  // With the usual hours in the feed, the same sheet reads.
  await page.evaluate(() => {
    const area = document.querySelector<HTMLTextAreaElement>('#feed-text')!;
    const feed = JSON.parse(area.value);
    feed.schedule.dayParts = [
      { part: 'am', start: '08:00', end: '12:00' },
      { part: 'pm', start: '14:00', end: '17:30' },
    ];
    area.value = JSON.stringify(feed);
    area.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await expect
    .poll(
      async () => {
        await page.locator('#roster-file').setInputFiles([]);
        await page.locator('#roster-file').setInputFiles(file);
        await page.waitForTimeout(300);
        return page.locator('#roster-status').textContent();
      },
      { timeout: 20_000 },
    )
    .toBe('读出 4 条出诊安排；1 个格子读不准（列在下面，未计入）。');
  expect(await page.locator('#roster-review li').allTextContents()).toEqual([
    '第 3 行 周三下午：“单周” 看不出是否出诊',
  ]);
  expect(await page.locator('#roster-sessions li[data-department="ophthalmology"]').allTextContents()).toEqual([
    '眼科 · mon · 08:00–12:00',
    '眼科 · tue · 08:00–12:00 · 张三',
    '眼科 · wed · 08:00–12:00 · expert',
  ]);
  await page.locator('#apply-roster').click();
  await expect.poll(() => textOf(page)).toContain('针灸推拿科');
  await page.locator('#summary.ok').waitFor();
  const feed = JSON.parse(await page.locator('#feed-text').inputValue());
  expect(feed.departments.at(-1)).toMatchObject({ name: '针灸推拿科' });
  expect(feed.schedule.regular.filter((s: { department: string }) => s.department === 'ophthalmology')).toHaveLength(3);
  await page.close();
});

test('webmaster tools: the embed snippet offers the pre-rendered element, with the trade-off said', async () => {
  const page = await env.browser.newPage({ locale: 'zh-CN' });
  await page.goto(`${env.server.url}/tools/`);
  await page.getByRole('button', { name: '载入示例数据' }).click();
  await page.locator('#summary.ok').waitFor();
  expect(await page.locator('#snippet').textContent()).toContain('<clear-clinic src="/.well-known/clearclinic.json">');
  await page.locator('#snippet-prerendered').check();
  await page.locator('#snippet-size').waitFor();
  const text = (await page.locator('#snippet').textContent())!;
  expect(text.startsWith('<script type="module" src="')).toBe(true);
  expect(text).toMatch(
    /<clear-clinic src="\/\.well-known\/clearclinic\.json" lang="zh-CN" data-updated-at="[^"]+"><template shadowrootmode="open"><link rel="stylesheet" href="http:\/\/[^"]+\/clearclinic\/widget\.css">/,
  );
  const section = await page.locator('section[aria-labelledby="snippet-title"]').textContent();
  expect(section).toContain('数据每次更新后，都要在这里重新生成并粘贴');
  expect(section).toContain('始终是最新的');
  // The preview's attributes are the element's.
  await page.locator('.preview select').first().selectOption('guide');
  await expect.poll(async () => (await page.locator('#snippet').textContent()) ?? '').toContain('view="guide"');
  await page.close();
});
