import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { INSTANT_PATTERN } from '../../../utils/feed/schema';
import { buildCli, cli, ROOT, spawnCli } from '../../helpers/cli';
import { baseFeed, feedWith } from '../../helpers/feed';
import { startServer } from '../../helpers/feed-server';

const dir = mkdtempSync(join(tmpdir(), 'clearclinic-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};
const good = file('good.json', baseFeed());
const bad = file(
  'bad.json',
  feedWith((f) => {
    f.schedule.regular[0]!.end = '07:00';
    f.hospital.website = 'javascript:alert(1)';
  }),
);
const warnOnly = file(
  'warn.json',
  feedWith((f) => (f.hospital.id = '123502001549897398')),
);
const sample = `${ROOT}public/samples/liaohe-first.json`;
const lines = (s: string) => s.trim().split('\n').filter(Boolean);
const ndjson = (s: string) => lines(s).map((l) => JSON.parse(l));

describe('validate', () => {
  test('a valid feed: exit 0, and a summary line', async () => {
    const r = await cli(['validate', good]);
    expect(r.code).toBe(0);
    expect(lines(r.stdout).at(-1)).toBe('1 个数据文件全部通过（0 个警告）');
    expect(r.stderr).toBe('');
  });

  test('an invalid feed: exit 1, one line per problem as source:path code message', async () => {
    const r = await cli(['validate', bad, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(lines(r.stdout)).toEqual([
      `${bad}:/hospital/website url.scheme error: Links must be https: or http:, not javascript:`,
      `${bad}:/schedule/regular/0/end time.order error: End 07:00 is not after start 08:00`,
      '1 of 1 feed with errors: 2 errors and 0 warnings',
    ]);
  });

  test('warnings alone: exit 0', async () => {
    const r = await cli(['validate', warnOnly]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('hospital.id-checksum');
  });

  test('in a pipe, each line says error or warning in words, and counts read as English', async () => {
    const zh = await cli(['validate', bad, warnOnly]);
    expect(lines(zh.stdout).filter((l) => l.includes(' 错误：'))).toHaveLength(2);
    expect(lines(zh.stdout).filter((l) => l.includes('hospital.id-checksum 警告：'))).toHaveLength(1);
    const en = await cli(['validate', warnOnly, '--lang', 'en']);
    expect(lines(en.stdout)[0]).toMatch(/ hospital\.id-checksum warning: /);
    expect(lines(en.stdout).at(-1)).toBe('1 feed valid (1 warning)');
    const one = file('one.json', { ...baseFeed(), updatedAt: '2026-11-25 10:00' });
    const r = await cli(['validate', one, good, '--lang', 'en', '--json']);
    const hint: string = ndjson(r.stdout)[0].errors[0].hint;
    // The hint's example is itself a valid instant.
    const example = hint.match(/e\.g\. (\S+?)\.$/)![1]!;
    expect(example).toBe('2026-11-25T10:00+08:00');
    expect(INSTANT_PATTERN.test(example)).toBe(true);
    const human = await cli(['validate', one, good, '--lang', 'en']);
    expect(lines(human.stdout).at(-1)).toBe('1 of 2 feeds with errors: 1 error and 0 warnings');
  });

  test('--json: one object per source and line, errors and warnings apart', async () => {
    const r = await cli(['validate', good, bad, warnOnly, '--json']);
    expect(r.code).toBe(1);
    const [a, b, c] = ndjson(r.stdout);
    expect(a).toEqual({ source: good, valid: true, errors: [], warnings: [] });
    expect(b.valid).toBe(false);
    expect(b.errors.map((e: { code: string; path: string }) => [e.code, e.path])).toEqual([
      ['url.scheme', '/hospital/website'],
      ['time.order', '/schedule/regular/0/end'],
    ]);
    expect(Object.keys(b.errors[0])).toEqual(expect.arrayContaining(['code', 'path', 'message']));
    expect(c.valid).toBe(true);
    expect(c.warnings[0].code).toBe('hospital.id-checksum');
  });

  test('the user’s language from --lang, else from the locale', async () => {
    expect((await cli(['validate', bad])).stdout).toContain('结束时间 07:00 不晚于开始时间 08:00');
    expect((await cli(['validate', bad], { LANG: 'en_US.UTF-8' })).stdout).toContain(
      'End 07:00 is not after start 08:00',
    );
    expect((await cli(['validate', bad, '--lang', 'zh-CN'], { LANG: 'en_US.UTF-8' })).stdout).toContain('结束时间');
  });

  test('an unreadable source is reported in one line, the others still checked, exit 2', async () => {
    const r = await cli(['validate', join(dir, 'missing.json'), bad, '--json']);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([`${join(dir, 'missing.json')}：文件不存在`]);
    const [missing, checked] = ndjson(r.stdout);
    expect(missing).toMatchObject({ valid: false, readError: expect.stringContaining('文件不存在') });
    expect(checked.errors).toHaveLength(2);
  });

  test('broken files: truncated, BOM, too large, a directory', async () => {
    const truncated = file('trunc.json', JSON.stringify(baseFeed()).slice(0, 300));
    const bom = file('bom.json', `\uFEFF${JSON.stringify(baseFeed())}`);
    const big = file('big.json', JSON.stringify({ ...baseFeed(), pad: 'x'.repeat(6 * 1024 * 1024) }));
    const r = await cli(['validate', truncated, bom, big, '--json']);
    const [t, b, g] = ndjson(r.stdout);
    expect(t.errors[0].code).toBe('json.syntax');
    expect(b).toMatchObject({ valid: true, warnings: [expect.objectContaining({ code: 'json.bom' })] });
    expect(g.errors[0].code).toBe('feed.too-large');
    expect(r.code).toBe(1);
    const d = await cli(['validate', dir]);
    expect(d.code).toBe(2);
    expect(d.stderr).toContain('是目录');
  });

  test('@FILE lists sources one per line, relative to the list; comments and blanks skipped', async () => {
    const list = file('list.txt', `# feeds\n${'good.json'}\n\n${bad}\n`);
    const r = await cli(['validate', `@${list}`, '--json']);
    expect(ndjson(r.stdout).map((o) => [o.source, o.valid])).toEqual([
      [join(dir, 'good.json'), true],
      [bad, false],
    ]);
    expect((await cli(['validate', `@${join(dir, 'nope.txt')}`])).code).toBe(2);
    expect((await cli(['validate', `@${file('empty.txt', '\n# nothing\n')}`])).stderr).toContain('没有任何来源');
  });

  describe('URLs', () => {
    let server: Awaited<ReturnType<typeof startServer>>;
    beforeAll(async () => {
      server = await startServer({
        '/feed.json': { body: JSON.stringify(baseFeed()) },
        '/404': { status: 404, body: 'nope' },
        '/500': { status: 500, body: 'oops' },
        '/garbage': { body: '<html>hello</html>', type: 'text/html' },
        '/huge': { body: Buffer.alloc(10 * 1024 * 1024, 0x20) },
        '/hang': { hang: true },
      });
    });
    afterAll(() => server.close());

    test('fetched and checked; HTTP errors, garbage, 10 MiB and silence each reported, none stops the rest', async () => {
      const r = await cli([
        'validate',
        ...['/feed.json', '/404', '/500', '/garbage', '/huge', '/hang'].map(server.url),
        '--json',
        // Bounds every source, the good ones too: 1 s was not always enough on a loaded machine.
        '--timeout',
        '3',
      ]);
      expect(r.code).toBe(2);
      const out = ndjson(r.stdout);
      expect(out.map((o) => o.valid)).toEqual([true, false, false, false, false, false]);
      expect(out[3].errors[0].code).toBe('json.syntax');
      expect(out[4].errors[0].code).toBe('feed.too-large');
      expect(lines(r.stderr)).toEqual([
        `${server.url('/404')}：服务器返回 HTTP 404`,
        `${server.url('/500')}：服务器返回 HTTP 500`,
        `${server.url('/hang')}：3 秒内没有响应`,
      ]);
    }, 10_000);

    test('a closed port is a one-line connection error', async () => {
      const gone = await startServer({});
      const url = gone.url('/feed.json');
      await gone.close();
      const r = await cli(['validate', url, '--lang', 'en']);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`${url}: cannot connect (ECONNREFUSED)\n`);
    });
  });

  test('usage errors: exit 2, one line, no stack trace', async () => {
    for (const args of [
      [],
      ['frobnicate'],
      ['validate'],
      ['validate', good, '--slots'],
      ['validate', good, '--lang', 'fr'],
      ['validate', good, '--timeout', '-3'],
      ['validate', good, '--timeout=-3'],
      ['schedule', good, '--from'],
    ]) {
      const r = await cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(lines(r.stderr), args.join(' ')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect((await cli(['validate', good, '--slots'])).stderr).toBe(
      'clearclinic: 未知选项 --slots（此命令的选项见 --help）\n',
    );
    expect((await cli(['validate', good, '--timeout', '-3'], { LANG: 'en' })).stderr).toContain(
      'Option --timeout needs a value',
    );
    expect((await cli(['--help'])).code).toBe(0);
    expect((await cli(['validate', '--help'], { LANG: 'en' })).stdout).toContain('Usage: clearclinic');
  });
});

describe('schedule', () => {
  test('one line per resolved line, sorted, with the contract’s fields; silence is unknown, never open or closed', async () => {
    const r = await cli(['schedule', good, '--from', '2026-02-13', '--to', '2026-02-15']);
    expect(r.code).toBe(0);
    const open = { status: 'open', clinicType: 'general', slotMinutes: 30, calendar: 'published' };
    expect(ndjson(r.stdout)).toEqual([
      {
        date: '2026-02-13',
        department: 'er',
        ...open,
        start: '00:00',
        end: '24:00',
        dayType: 'workday',
        basis: 'always-open',
      },
      {
        date: '2026-02-13',
        department: 'peds',
        ...open,
        start: '08:00',
        end: '12:00',
        dayType: 'workday',
        basis: 'regular',
      },
      {
        date: '2026-02-14',
        department: 'er',
        ...open,
        start: '00:00',
        end: '24:00',
        dayType: 'makeup-workday',
        basis: 'always-open',
        makeupFor: '春节',
      },
      // The feed states no makeupRoster and no notice covers the make-up day: not stated.
      {
        date: '2026-02-14',
        department: 'peds',
        status: 'unknown',
        start: '00:00',
        end: '24:00',
        dayType: 'makeup-workday',
        basis: 'not-stated',
        calendar: 'published',
        makeupFor: '春节',
      },
      {
        date: '2026-02-15',
        department: 'er',
        ...open,
        start: '00:00',
        end: '24:00',
        dayType: 'holiday',
        basis: 'always-open',
        holidayName: '春节',
      },
      {
        date: '2026-02-15',
        department: 'peds',
        status: 'unknown',
        start: '00:00',
        end: '24:00',
        dayType: 'holiday',
        basis: 'not-stated',
        calendar: 'published',
        holidayName: '春节',
      },
    ]);
  });

  test('notice lines carry hoursStated, clinic types, referTo, location and note', async () => {
    const feed = feedWith((f) => {
      f.departments.push({ id: 'endo', name: '胃镜室' });
      f.schedule.regular.push({
        department: 'endo',
        days: ['mon', 'tue', 'wed', 'thu', 'fri'],
        start: '08:00',
        end: '16:00',
      });
      f.schedule.notices = [
        {
          id: 'n',
          title: '元旦',
          publishedAt: '2026-11-20T09:00:00+08:00',
          entries: [
            { date: '2026-11-27', status: 'open', part: 'am', departments: ['peds'], location: '门诊二楼' },
            {
              date: '2026-11-27',
              status: 'emergency-only',
              departments: ['endo'],
              referTo: { department: 'er', note: '急诊听班' },
            },
            { date: '2026-11-26', status: 'unannounced', clinicTypes: ['expert'] },
          ],
        },
      ];
    });
    const r = await cli([
      'schedule',
      file('notice-lines.json', feed),
      '--from',
      '2026-11-26',
      '--to',
      '2026-11-27',
      '--department',
      'peds',
      '--department',
      'endo',
    ]);
    expect(r.code).toBe(0);
    const lines = ndjson(r.stdout).map(
      ({ date, department, status, start, end, hoursStated, clinicTypes, referTo, location }) => ({
        date,
        department,
        status,
        start,
        end,
        hoursStated,
        clinicTypes,
        referTo,
        location,
      }),
    );
    expect(lines).toEqual([
      // "专家门诊另行通知" for every department: the expert session goes; the day stays unknown for experts only.
      {
        date: '2026-11-26',
        department: 'endo',
        status: 'unknown',
        start: '00:00',
        end: '24:00',
        clinicTypes: ['expert'],
      },
      {
        date: '2026-11-26',
        department: 'peds',
        status: 'unknown',
        start: '00:00',
        end: '24:00',
        clinicTypes: ['expert'],
      },
      { date: '2026-11-26', department: 'endo', status: 'open', start: '08:00', end: '16:00' },
      { date: '2026-11-26', department: 'peds', status: 'open', start: '08:00', end: '12:00' },
      {
        date: '2026-11-27',
        department: 'endo',
        status: 'emergency-only',
        start: '00:00',
        end: '24:00',
        referTo: { department: 'er', note: '急诊听班' },
      },
      {
        date: '2026-11-27',
        department: 'peds',
        status: 'open',
        start: '00:00',
        end: '12:00',
        hoursStated: false,
        location: '门诊二楼',
      },
    ]);
  });

  test('--days: every date once, with its open departments sorted', async () => {
    const r = await cli(['schedule', sample, '--from', '2026-02-14', '--to', '2026-02-16', '--days']);
    const days = ndjson(r.stdout);
    expect(days.map((d) => [d.date, d.weekday, d.dayType, d.holidayName, d.calendar])).toEqual([
      ['2026-02-14', 'sat', 'makeup-workday', undefined, 'published'],
      ['2026-02-15', 'sun', 'holiday', '春节', 'published'],
      ['2026-02-16', 'mon', 'holiday', '春节', 'published'],
    ]);
    expect(days[0].makeupFor).toBe('春节');
    expect(days[1].openDepartments).toEqual(['emergency', 'fever-clinic', 'north-emergency']);
    expect(days[0].openDepartments).toEqual([...days[0].openDepartments].sort());
    expect(days[0].openDepartments.length).toBeGreaterThan(30);
  });

  test('--slots: instants with offsets; --department repeats', async () => {
    const r = await cli([
      'schedule',
      sample,
      '--from',
      '2026-02-18',
      '--to',
      '2026-02-18',
      '--slots',
      '--department',
      'pediatrics',
      '--department',
      'stomatology',
    ]);
    const slots = ndjson(r.stdout);
    // The holiday notice's session has no slotMinutes of its own: 30, the default (not the roster's 15).
    expect(slots[0]).toEqual({
      department: 'pediatrics',
      start: '2026-02-18T08:00:00+08:00',
      end: '2026-02-18T08:30:00+08:00',
      clinicType: 'general',
      date: '2026-02-18',
      dayType: 'holiday',
    });
    expect(slots[1].department).toBe('stomatology');
    expect(new Set(slots.map((s) => s.department))).toEqual(new Set(['pediatrics', 'stomatology']));
  });

  test('a pending year is marked on every line, and noted once on stderr', async () => {
    const r = await cli(['schedule', good, '--from', '2026-12-31', '--to', '2027-01-01', '--lang', 'en']);
    const out = ndjson(r.stdout);
    expect(new Set(out.map((s) => `${s.date} ${s.calendar}`))).toEqual(
      new Set(['2026-12-31 published', '2027-01-01 pending']),
    );
    expect(out.filter((s) => s.date === '2027-01-01')).toHaveLength(2);
    expect(lines(r.stderr)).toEqual([expect.stringContaining('2027')]);
  });

  test('holiday names in machine output stay Chinese unless --lang asks', async () => {
    const args = ['schedule', good, '--from', '2026-10-01', '--to', '2026-10-01'];
    expect(ndjson((await cli(args, { LANG: 'en_US.UTF-8' })).stdout)[0].holidayName).toBe('国庆节');
    expect(ndjson((await cli([...args, '--lang', 'en'])).stdout)[0].holidayName).toBe('National Day');
  });

  test('bad arguments: exit 2 with a message naming the argument', async () => {
    const cases: [string[], string][] = [
      [['schedule', good, '--to', '2026-01-01'], '--from'],
      [['schedule', good, '--from', '2026-02-30', '--to', '2026-03-01'], '2026-02-30'],
      [['schedule', good, '--from', '2026-03-01', '--to', '2026-02-01'], '早于'],
      [['schedule', good, '--from', '2026-01-01', '--to', '2029-01-02'], '3 年'],
      [['schedule', good, '--from', '2026-01-01', '--to', '2026-01-02', '--department', 'nope'], 'nope'],
      [['schedule', good, '--from', '2026-01-01', '--to', '2026-01-02', '--slots', '--days'], '--slots'],
      [['schedule', good, good, '--from', '2026-01-01', '--to', '2026-01-02'], '一个'],
    ];
    for (const [args, says] of cases) {
      const r = await cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toContain(says);
    }
    // Exactly three years is allowed.
    expect((await cli(['schedule', good, '--from', '2026-01-01', '--to', '2029-01-01', '--days'])).code).toBe(0);
  });

  test('an invalid feed: exit 1 and its errors on stderr', async () => {
    const r = await cli(['schedule', bad, '--from', '2026-01-01', '--to', '2026-01-02']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('/schedule/regular/0/end time.order');
  });
});

describe('the installed command', () => {
  beforeAll(() => buildCli(), 30_000);

  test('runs from bin/, reads standard input, and exits with the contract’s codes', async () => {
    const input = readFileSync(good);
    const ok = await spawnCli(['validate', '-'], { input });
    expect(ok.code).toBe(0);
    const invalid = await spawnCli(['validate', bad]);
    expect(invalid.code).toBe(1);
    const usage = await spawnCli(['schedule', good]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).not.toMatch(/\n\s+at /);
    expect((await spawnCli(['--version'])).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  test('the same answers whatever TZ the machine runs in', async () => {
    const args = [
      'schedule',
      sample,
      '--from',
      '2026-09-19',
      '--to',
      '2026-10-11',
      '--slots',
      '--department',
      'pediatrics',
    ];
    const runs = await Promise.all(
      ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Shanghai'].map((TZ) =>
        spawnCli(args, { env: { TZ } }),
      ),
    );
    for (const r of runs) expect(r.code).toBe(0);
    expect(runs[0]!.stdout.length).toBeGreaterThan(1000);
    for (const r of runs.slice(1)) expect(r.stdout).toBe(runs[0]!.stdout);
  }, 20_000);

  test('a reader that stops early is not an error', async () => {
    const { spawnSync } = await import('node:child_process');
    const r = spawnSync(
      'sh',
      ['-c', `node bin/clearclinic.mjs schedule ${sample} --from 2026-01-01 --to 2026-12-31 --slots | head -1`],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).toBe('');
  });
});
