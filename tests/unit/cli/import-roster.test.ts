/**
 * `clearclinic import roster` (cli.md): a 出诊表 as .xlsx (written here by write-excel-file, as
 * Excel or WPS saves one, two header rows with a merged 周一) and as .csv, read into the feed's
 * schedule.regular; review lines on stderr; exit 0 / 1 / 2; bad input named.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import { validateFeed } from '../../../utils/feed/validate';
import { cli } from '../../helpers/cli';
import { feedWith } from '../../helpers/feed';

const dir = mkdtempSync(join(tmpdir(), 'clearclinic-roster-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const path = (name: string) => join(dir, name);

beforeAll(async () => {
  const feed = feedWith((f) => {
    f.schedule.dayParts = [
      { part: 'am', start: '08:00', end: '12:00' },
      { part: 'pm', start: '14:00', end: '17:30' },
    ];
    f.departments.push({ id: 'eye', name: '眼科', category: 'ophthalmology' });
  });
  writeFileSync(path('feed.json'), JSON.stringify(feed));
  // Fields no version of the checker knows: a CMS's own, a department's floor plan.
  writeFileSync(
    path('extra.json'),
    JSON.stringify({
      ...feed,
      'x-cms': { page: 42 },
      departments: feed.departments.map((d, i) => (i === 0 ? { ...d, 'x-floor': 'B2' } : d)),
    }),
  );
  const bare = feedWith(() => {});
  writeFileSync(path('bare.json'), JSON.stringify(bare));
  const cell = (value: string | null) => (value === null ? null : { value });
  const sheet = [
    ['科室', '周一', null, '周二', null, '周三', null].map(cell),
    [null, '上午', '下午', '上午', '下午', '上午', '下午'].map(cell),
    ['小儿内科', '√', '√', '√', '', '出诊', ''].map(cell),
    ['眼科', '张三', '', '', '专家', '8:00-11:30', ''].map(cell),
  ];
  writeFileSync(path('roster.xlsx'), await writeExcelFile(sheet, { sheet: '出诊表' }).toBuffer());
  writeFileSync(
    path('roster.csv'),
    '\uFEFF科室,周一上午,周一下午,周二上午,周二下午,周三上午\n小儿内科,√,√,√,,出诊\n眼科,√,隔周出诊,,,\n',
  );
});

describe('import roster', () => {
  test('an .xlsx 出诊表 with two header rows: every cell read, the feed valid with the sessions; exit 0', async () => {
    const r = await cli(['import', 'roster', path('roster.xlsx'), '--feed', path('feed.json')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(validateFeed(out).errors).toEqual([]);
    const eye = out.schedule.regular.filter((s: { department: string }) => s.department === 'eye');
    expect(eye).toEqual([
      { department: 'eye', days: ['mon'], start: '08:00', end: '12:00', doctor: '张三' },
      { department: 'eye', days: ['tue'], start: '14:00', end: '17:30', clinicType: 'expert' },
      { department: 'eye', days: ['wed'], start: '08:00', end: '11:30' },
    ]);
    // The departments the sheet covers get its sessions in place of their old ones.
    const peds = out.schedule.regular.filter((s: { department: string }) => s.department === 'peds');
    expect(peds).toEqual([
      { department: 'peds', days: ['mon', 'tue', 'wed'], start: '08:00', end: '12:00' },
      { department: 'peds', days: ['mon'], start: '14:00', end: '17:30' },
    ]);
    const named = await cli([
      'import',
      'roster',
      path('roster.xlsx'),
      '--feed',
      path('feed.json'),
      '--sheet',
      '出诊表',
      '--json',
    ]);
    expect(JSON.parse(named.stdout)).toMatchObject({ layout: 'department-rows', review: [] });
  });

  test('fields the checker does not know are written back as they were', async () => {
    const r = await cli(['import', 'roster', path('roster.xlsx'), '--feed', path('extra.json')]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out['x-cms']).toEqual({ page: 42 });
    expect(out.departments[0]['x-floor']).toBe('B2');
  });

  test('a .csv with a cell it cannot read: the row, the column and why on stderr; exit 1', async () => {
    const r = await cli(['import', 'roster', path('roster.csv'), '--feed', path('feed.json')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('review: row 3, 周一下午: "隔周出诊": 看不出是否出诊\n');
    expect(validateFeed(JSON.parse(r.stdout)).errors).toEqual([]);
  });

  test('bad input: each named, exit 2', async () => {
    writeFileSync(path('old.xls'), 'not really');
    writeFileSync(path('broken.xlsx'), 'PK not a zip');
    for (const [args, words] of [
      [['import', 'roster', path('roster.xlsx')], /--feed/],
      [['import', 'roster', path('roster.xlsx'), '--feed', path('feed.json'), '--sheet', '二月'], /出诊表/],
      [['import', 'roster', path('old.xls'), '--feed', path('feed.json')], /\.xlsx 或 \.csv/],
      [['import', 'roster', path('broken.xlsx'), '--feed', path('feed.json')], /broken\.xlsx/],
      [['import', 'roster', path('roster.xlsx'), '--feed', path('bare.json')], /dayParts/],
      [['import', 'roster', path('feed.json'), '--feed', path('feed.json')], /表头/],
      [
        ['import', 'roster', path('roster.xlsx'), '--feed', path('feed.json'), '--year', '2026'],
        /--year 不用于 import roster/,
      ],
    ] as [string[], RegExp][]) {
      const r = await cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(words);
    }
  });
});
