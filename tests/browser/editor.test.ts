import { expect, test } from 'vitest';
import { parseDate } from '../../utils/date/civil';
import type { Feed } from '../../utils/feed/schema';
import { validateFeedText } from '../../utils/feed/validate';
import { ScheduleEngine } from '../../utils/schedule/engine';
import { useDemoSite } from './harness';

const env = useDemoSite();

/** An editor field by its JSON Pointer (the check's table below names the same paths). */
const field = (page: import('playwright-core').Page, path: string, more = '') =>
  page.locator(`#editor [data-path="${path}"]${more}`);

// biome-ignore lint/suspicious/noExplicitAny: a feed as JSON, walked freely by the assertions
type Loose = Record<string, any>;
/**
 * The feed's text as the page holds it. The editor writes it into the text box after a pause, or
 * at once when the box is focused (as a webmaster looking at it would).
 */
const feedOf = async (page: import('playwright-core').Page) => {
  const area = page.locator('#feed-text');
  await area.evaluate((el) => el.blur());
  await area.focus();
  return JSON.parse(await area.inputValue()) as Loose;
};

test('editor: from nothing to a valid feed that resolves as intended, without touching JSON', async () => {
  const context = await env.browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${env.server.url}/tools/`);
  await page.locator('#new-feed').click();
  // The empty feed's missing fields are named at their places.
  await field(page, `/hospital/id`, '[aria-invalid="true"]').waitFor();

  // The hospital, the credit code checked as it is typed.
  await field(page, `/hospital/name`).fill('示例市第二人民医院');
  const code = field(page, `/hospital/id`);
  await code.fill('12210000');
  await expect.poll(() => page.locator('#credit-code-check').textContent()).toContain('8 位');
  await code.fill('12210000MB0000000X');
  await expect.poll(() => page.locator('#credit-code-check').textContent()).toMatch(/最后一位应为 \w/);
  await code.fill('12100000400000624D');
  await expect.poll(() => page.locator('#credit-code-check').textContent()).toContain('校验位正确');
  await field(page, `/hospital/level`).selectOption({ label: '二级' });
  await field(page, `/hospital/province`).fill('辽宁省');
  await field(page, `/hospital/city`).fill('示例市');

  // Three departments.
  await page.locator('nav.parts button[data-part="departments"]').click();
  for (const [i, [id, name, category]] of [
    ['internal', '内科', 'internal'],
    ['peds', '儿科', 'pediatrics'],
    ['er', '急诊科', 'emergency'],
  ].entries()) {
    await page.locator('#add-department').click();
    await field(page, `/departments/${i}/id`).fill(id!);
    await field(page, `/departments/${i}/name`).fill(name!);
    await field(page, `/departments/${i}/category`).selectOption(JSON.stringify(category));
  }

  // The roster: 内科 Monday morning, copied to Tuesday–Friday; 儿科 gets 内科's week, plus Saturday.
  await page.locator('nav.parts button[data-part="roster"]').click();
  await page.locator('#roster-grid tr[data-department="internal"] td[data-day="mon"] button').click();
  await page.locator('#add-session').click();
  await page.locator('#cell-editor .session-end').fill('11:30');
  await page.locator('#copy-day-target').selectOption('weekdays');
  await page.locator('#copy-day').click();
  await page.locator('#copy-row-target').selectOption('peds');
  await page.locator('#copy-row').click();
  await page.locator('#roster-grid tr[data-department="peds"] td[data-day="sat"] button').click();
  await page.locator('#add-session').click();
  await page.locator('#cell-editor .session-type').selectOption('expert');
  expect(await page.locator('#roster-grid tr[data-department="peds"] td[data-day="fri"]').textContent()).toContain(
    '08:00–11:30',
  );

  // 急诊 open around the clock.
  await page.locator('nav.parts button[data-part="hours"]').click();
  await page.locator('#add-always-open').click();
  expect(await field(page, `/schedule/alwaysOpen/0/department`).inputValue()).toBe('"er"');

  // A guide item.
  await page.locator('nav.parts button[data-part="guide"]').click();
  await page.locator('#start-guide').click();
  await field(page, `/guide/url`).fill('https://www.example.org/guide');
  await page.locator('#add-guide-item').click();
  await field(page, `/guide/items/0/name`).fill('门诊预约挂号');
  await field(page, `/guide/items/0/noMaterials`).check();
  await field(page, `/guide/items/0/steps/0`).fill('通过微信公众号或窗口预约');

  // A holiday notice: the next holiday from the national calendar, the usual shortcut.
  await page.locator('nav.parts button[data-part="notice"]').click();
  const next = page.locator('#coming-holidays button').first();
  const firstOff = (await next.getAttribute('data-first'))!;
  await next.click();
  await page.locator('#shortcut-closed:not([disabled])').click();
  expect(await page.locator(`#plan-table tr[data-date="${firstOff}"] select.plan-choice`).first().inputValue()).toBe(
    'closed',
  );
  await expect.poll(() => page.locator('#plan-text').textContent()).toMatch(/门诊安排\n\n1、.*停诊。/);
  // Every day off is decided.
  expect(await page.locator('#plan-warnings [data-warning="unstated"]').count()).toBe(0);
  await page.locator('#plan-add').click();

  await expect
    .poll(async () => (await page.locator('.editor-summary').textContent()) ?? '', { timeout: 10_000 })
    .toMatch(/^0 个错误/);
  const feed = await feedOf(page);
  const result = validateFeedText(JSON.stringify(feed));
  expect(result.errors).toEqual([]);
  const engine = new ScheduleEngine(result.feed as Feed);
  const monday = engine.resolveLines(parseDate('2026-12-07')!);
  const open = (dep: string) =>
    monday.filter((x) => x.department === dep && x.status === 'open').map((x) => `${x.start}-${x.end}`);
  expect(open('internal')).toEqual(['08:00-11:30']);
  expect(open('peds')).toEqual(['08:00-11:30']);
  const saturday = engine
    .resolveLines(parseDate('2026-12-12')!)
    .filter((x) => x.department === 'peds' && x.status === 'open');
  expect(saturday.map((x) => [x.start, x.end, 'clinicType' in x ? x.clinicType : ''])).toEqual([
    ['08:00', '12:00', 'expert'],
  ]);
  // The notice closes the outpatient clinics on the holiday; 急诊 stays open around the clock.
  expect(engine.dayInfo(parseDate(firstOff)!).dayType).toBe('holiday');
  const holiday = engine.resolveLines(parseDate(firstOff)!);
  expect(holiday.filter((x) => x.department === 'internal')).toEqual([]);
  expect(holiday.filter((x) => x.department === 'er').map((x) => `${x.status} ${x.start}-${x.end}`)).toEqual([
    'open 00:00-24:00',
  ]);
  expect((feed.schedule.notices as Loose[])[0]!.entries[0]).toMatchObject({ date: firstOff, status: 'closed' });
  expect(errors).toEqual([]);
  await context.close();
});

test('editor: the largest sample opened, edited and saved, with nothing else changed (unknown fields kept); undo and redo', async () => {
  const context = await env.browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${env.server.url}/tools/`);
  const published = JSON.parse(env.server.feeds.get('/.well-known/clearclinic.json')!) as Loose;
  // Fields no version of the checker knows, at the top and deep inside.
  const original = structuredClone(published);
  original['x-cms'] = { page: 42, tags: ['a', 'b'] };
  original.departments[1]['x-floor-plan'] = 'B2';
  original.schedule.regular[0]['x-room'] = 12;
  await page.locator('#feed-text').fill(JSON.stringify(original));
  await field(page, '/hospital/phone').waitFor();

  await field(page, '/hospital/phone').fill('024-12345678');
  await page.locator('nav.parts button[data-part="departments"]').click();
  await field(page, '/departments/1/name').fill('小儿内科');
  await page.locator('nav.parts button[data-part="roster"]').click();
  const first = original.schedule.regular[0];
  await page
    .locator(`#roster-grid tr[data-department="${first.department}"] td[data-day="${first.days[0]}"] button`)
    .click();
  // Typed key by key: the first key splits the shared session off; the field keeps the focus.
  await page.locator('#cell-editor .session-end').first().click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('11:45', { delay: 30 });
  expect(await page.locator('#cell-editor .session-end').first().inputValue()).toBe('11:45');
  // The grid follows once typing pauses.
  const cell = page.locator(
    `#roster-grid tr[data-department="${first.department}"] td[data-day="${first.days[0]}"] button`,
  );
  await expect.poll(() => cell.textContent()).toContain('11:45');

  const expected = structuredClone(original);
  expected.hospital.phone = '024-12345678';
  // A name in two languages stays a map: only its Chinese changes.
  expected.departments[1].name = { ...original.departments[1].name, 'zh-CN': '小儿内科' };
  // The session ran on several days: the changed day is split off after it, the rest unchanged.
  const days = first.days as string[];
  expected.schedule.regular.splice(
    0,
    1,
    { ...first, days: days.slice(1) },
    { ...first, days: [days[0]], end: '11:45' },
  );
  await expect.poll(async () => feedOf(page), { timeout: 10_000 }).toEqual(expected);
  // Key order too: the text is what the hospital had, with the edits in place.
  expect(Object.keys(await feedOf(page))).toEqual(Object.keys(original));

  // Publish: the differences from the feed on the site, then the file to put there.
  await page.locator('nav.parts button[data-part="publish"]').click();
  await page.locator('#compare-url').fill(`${env.server.url}/.well-known/clearclinic.json`);
  await page.locator('#compare-url').press('Enter');
  const diff = page.locator('#diff-list');
  await diff.waitFor();
  const changes = await diff.locator('li').allTextContents();
  expect(changes).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^修改 \/hospital\/phone "024-0000-1200" → "024-12345678"/),
      expect.stringMatching(/^新增 \/x-cms /),
      expect.stringMatching(/^新增 \/schedule\/regular\/1 /),
    ]),
  );
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download-feed').click()]);
  expect(download.suggestedFilename()).toBe('clearclinic.json');
  const file = JSON.parse((await import('node:fs')).readFileSync((await download.path())!, 'utf8')) as Loose;
  expect(validateFeedText(JSON.stringify(file)).errors).toEqual([]);
  expect(file.hospital.phone).toBe('024-12345678');
  expect(file['x-cms']).toEqual(original['x-cms']);
  // Stamped with the moment it was published, in the feed's own zone.
  expect(Date.now() - Date.parse(file.updatedAt)).toBeLessThan(120_000);
  // Downloading stamped the draft (one undo step): undo it before walking back the edits.
  await page.locator('#undo').click();
  await page.locator('nav.parts button[data-part="roster"]').click();

  // Undo walks back one field at a time; redo forward; Ctrl+Z works in the editor.
  await page.locator('#undo').click();
  await page.locator('#undo').click();
  await expect.poll(async () => (await feedOf(page)).departments[1].name).toEqual(original.departments[1].name);
  expect(await field(page, '/departments/1/name').count()).toBe(0); // the roster part is shown; undo did not move it
  await page.locator('#redo').click();
  await expect.poll(async () => (await feedOf(page)).departments[1].name['zh-CN']).toBe('小儿内科');
  await page.locator('#cell-editor .session-end').first().focus();
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect.poll(async () => feedOf(page)).toEqual(original);
  // Opening the feed is where its history begins: one more undo does not empty the editor.
  await page.locator('#cell-editor .session-end').first().focus();
  await page.keyboard.press('Control+z');
  await expect(page.locator('#undo').isDisabled()).resolves.toBe(true);
  expect(await field(page, '/hospital/phone').count()).toBe(0); // still on the roster, the roster still there
  expect(await page.locator('#roster-grid').count()).toBe(1);
  await context.close();
});

test('editor: drafts are kept as one types and come back on return; several side by side', async () => {
  const context = await env.browser.newContext({ locale: 'en' });
  const page = await context.newPage();
  await page.goto(`${env.server.url}/tools/`);
  await page.locator('#new-feed').click();
  await field(page, '/hospital/name').fill('First Hospital');
  await page.locator('#drafts li', { hasText: 'First Hospital' }).waitFor();
  await page.locator('#new-feed').click();
  await field(page, '/hospital/name').fill('Second Hospital');
  await page.locator('#drafts li', { hasText: 'Second Hospital' }).waitFor();

  // Leave and come back: the newest draft is open again, the other listed.
  await page.reload();
  await expect.poll(() => field(page, '/hospital/name').inputValue()).toBe('Second Hospital');
  expect(await page.locator('#drafts li').allTextContents()).toEqual([
    expect.stringContaining('Second Hospital'),
    expect.stringContaining('First Hospital'),
  ]);
  await page.locator('#drafts li', { hasText: 'First Hospital' }).getByRole('button', { name: 'Open' }).click();
  await expect.poll(() => field(page, '/hospital/name').inputValue()).toBe('First Hospital');
  await expect.poll(async () => (await feedOf(page)).hospital).toMatchObject({ name: 'First Hospital' });

  // A feed pasted over an open draft starts a draft of its own only when it comes from a file, a URL or the sample.
  await page.getByRole('button', { name: 'Load the sample' }).click();
  await page.locator('#drafts li').nth(2).waitFor();
  expect(await page.locator('#drafts li').count()).toBe(3);
  await context.close();
});

test('editor: a holiday notice in minutes — Saturday roster without experts, a department apart, warnings for a late or silent notice', async () => {
  const context = await env.browser.newContext({ locale: 'en' });
  const page = await context.newPage();
  await page.goto(`${env.server.url}/tools/`);
  await page.getByRole('button', { name: 'Load the sample' }).click();
  await page.locator('#summary.ok').waitFor();
  await page.locator('nav.parts button[data-part="notice"]').click();
  const first = page.locator('#coming-holidays button').first();
  const firstOff = (await first.getAttribute('data-first'))!;
  await first.click();
  const dates = await page
    .locator('#plan-table tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-date')!));
  expect(dates).toContain(firstOff);

  // Published the day before: too late, said plainly.
  const dayBefore = new Date(Date.parse(`${dates[0]}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  await page.locator('#plan-published-on').fill(dayBefore);
  await expect
    .poll(() => page.locator('#plan-warnings [data-warning="late"]').textContent())
    .toContain('only 1 day(s)');

  await page.locator('#shortcut-saturday').click();
  const text = page.locator('#plan-text');
  await expect.poll(() => text.textContent()).toMatch(/open as on a Saturday/);
  expect(await text.textContent()).toMatch(/expert clinics closed/);

  // One department decided apart: emergency only on the first day off.
  const departmentId = await page.locator('#plan-add-scope option').nth(1).getAttribute('value');
  await page.locator('#plan-add-scope').selectOption(departmentId!);
  await page
    .locator(`#plan-table tr[data-date="${firstOff}"] td[data-scope="${departmentId}"] select.plan-choice`)
    .selectOption('emergency-only');
  await page.locator('#plan-add').click();
  await expect
    .poll(async () => ((await feedOf(page)).schedule.notices as Loose[]).at(-1)!.entries)
    .toEqual(
      expect.arrayContaining([
        expect.objectContaining({ status: 'roster', rosterOf: 'sat' }),
        expect.objectContaining({ status: 'closed', clinicTypes: ['expert'] }),
        { date: firstOff, departments: [departmentId], status: 'emergency-only' },
      ]),
    );
  await context.close();
});

test('editor: a 出诊表 dropped on the roster grid is read against the feed and written in', async () => {
  const context = await env.browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${env.server.url}/tools/`);
  await page.getByRole('button', { name: '载入示例数据' }).click();
  await page.locator('#summary.ok').waitFor();
  await page.locator('nav.parts button[data-part="roster"]').click();
  const department = await page.locator('#roster-grid tbody tr').first().getAttribute('data-department');
  const name = (await page.locator('#roster-grid tbody tr').first().locator('th').textContent())!;
  const csv = `科室,周一上午,周一下午,周二上午,周三上午\n${name},8:00-11:00,,14:00-16:00,\n`;
  await page.locator('#editor .part-body .part').evaluate((zone, text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], '出诊表.csv', { type: 'text/csv' }));
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, csv);
  await expect.poll(() => page.locator('#roster-status').textContent()).toContain('读出 2 条出诊安排');
  await page.locator('#apply-roster').click();
  await expect
    .poll(async () => ((await feedOf(page)).schedule.regular as Loose[]).filter((s) => s.department === department))
    .toEqual([
      { department, days: ['mon'], start: '08:00', end: '11:00' },
      { department, days: ['tue'], start: '14:00', end: '16:00' },
    ]);
  await context.close();
});
