/** Hostile and broken input: every command answers clearly, in bounded time and memory, and goes on with the rest. */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { main } from '../../../cli/main';
import { jsonText, printable } from '../../../cli/terminal';
import { BIN, buildCli, cli, ROOT, type Run, spawnCli } from '../../helpers/cli';
import { baseFeed, feedWith } from '../../helpers/feed';
import { startServer } from '../../helpers/feed-server';

const dir = mkdtempSync(join(tmpdir(), 'clearclinic-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};
const asOf = ['--as-of', '2026-11-20'];

/** What a terminal would act on: C0 but the line feed, DEL, C1, bidi controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const STEERING = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

// biome-ignore lint/suspicious/noControlCharactersInRegex: the colors' own escapes
const SGR = /\u001b\[[0-9;]*m/g;
const uncolored = (s: string) => s.replace(SGR, '');

/** main() as on a terminal: standard output is a TTY, so in color. */
async function onTerminal(args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: {
      isTTY: true,
      write: (t) => {
        stdout += t;
      },
    },
    stderr: {
      isTTY: true,
      write: (t) => {
        stderr += t;
      },
    },
    env: { CI: 'true' },
  });
  return { code, stdout, stderr };
}

describe('terminal escapes in feeds are shown, never sent', () => {
  test('printable: controls as escapes, everything else as it is', () => {
    expect(printable('a\nb\rc\td\u0000\u001b[2J\u007f\u0085\u009b\u202e\u2067\u200f\u2028')).toBe(
      'a\\nb\\rc\\td\\u0000\\u001b[2J\\u007f\\u0085\\u009b\\u202e\\u2067\\u200f\\u2028',
    );
    expect(printable('辽宁省 · Ünïcode ✔ 😀')).toBe('辽宁省 · Ünïcode ✔ 😀');
    const value = { s: '\u001b\u009b\u202e\u2028"\\' };
    expect(jsonText(value)).not.toMatch(STEERING);
    expect(JSON.parse(jsonText(value))).toEqual(value);
  });

  // An invalid feed: the checker quotes its id and time zone in its messages.
  const invalid = file(
    'escapes-invalid.json',
    feedWith((f) => {
      f.hospital.id = '\u001b]0;pwned\u0007\u001b[2J';
      f.timeZone = 'Asia/\u001bc';
    }),
  );
  // A valid feed (control characters are warnings): the audit shows its name and city.
  const name = { 'zh-CN': '测试\u001b[31m医院\u202e', en: 'Test\r\u009b2J' };
  const valid = file(
    'escapes-valid.json',
    feedWith((f) => {
      f.hospital.name = name;
      f.hospital.city = '沈阳\u001b[1;1H市';
      f.schedule.notices = [
        {
          id: 'n',
          title: '通知',
          publishedAt: '2026-11-20T09:00:00+08:00',
          entries: [
            { date: '2026-11-27', status: 'open', part: 'am', departments: ['peds'], location: 'x\u009by\u2066' },
          ],
        },
      ];
    }),
  );

  test('validate: ids, zones and messages print as visible escapes', async () => {
    const r = await cli(['validate', invalid, valid]);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(STEERING);
    expect(r.stdout).toContain('\\u001b]0;pwned\\u0007\\u001b[2J');
    expect(r.stdout).toContain('Asia/\\u001bc');
  });

  test('in color, the only escapes are the colors themselves', async () => {
    const r = await onTerminal(['validate', invalid, valid]);
    expect(uncolored(r.stdout)).not.toBe(r.stdout);
    expect(uncolored(r.stdout)).not.toMatch(STEERING);
  });

  test('audit --format table: names and cities, in color or not', async () => {
    for (const lang of ['zh-CN', 'en']) {
      const r = await cli(['audit', valid, ...asOf, '--lang', lang]);
      expect(r.stdout).not.toMatch(STEERING);
      expect(r.stdout).toContain(lang === 'en' ? 'Test\\r\\u009b2J' : '测试\\u001b[31m医院\\u202e');
      expect(r.stdout).toContain('沈阳\\u001b[1;1H市');
    }
    const colored = await onTerminal(['audit', valid, ...asOf]);
    expect(uncolored(colored.stdout)).not.toBe(colored.stdout);
    expect(uncolored(colored.stdout)).not.toMatch(STEERING);
  });

  test('error lines: a file name, an argument', async () => {
    const missing = join(dir, '\u001b[2Jmissing.json');
    const r = await cli(['validate', missing]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${join(dir, '\\u001b[2Jmissing.json')}：文件不存在\n`);
    const arg = await cli([
      'schedule',
      valid,
      '--from',
      '2026-01-01',
      '--to',
      '2026-01-02',
      '--department',
      '\u009b2J',
    ]);
    expect(arg.code).toBe(2);
    expect(arg.stderr).toContain('--department \\u009b2J');
    expect(arg.stderr).not.toMatch(STEERING);
  });

  test('JSON output is valid JSON with the same values, and safe on a terminal', async () => {
    const validated = await cli(['validate', invalid, '--json']);
    const audited = await cli(['audit', valid, ...asOf, '--format', 'json']);
    const scheduled = await cli(['schedule', valid, '--from', '2026-11-27', '--to', '2026-11-27']);
    for (const r of [validated, audited, scheduled]) expect(r.stdout).not.toMatch(STEERING);
    expect(JSON.parse(validated.stdout).errors.length).toBeGreaterThan(0);
    expect(JSON.parse(audited.stdout).hospitals[0].name).toBe(name['zh-CN']);
    const peds = JSON.parse(scheduled.stdout.split('\n').find((l) => l.includes('"peds"'))!);
    expect(peds.location).toBe('x\u009by\u2066');
  });

  test('csv and html keep their bytes in files and pipes; on a terminal they are escaped too', async () => {
    const piped = await cli(['audit', valid, ...asOf, '--format', 'csv']);
    expect(piped.stdout).toContain('沈阳\u001b[1;1H市');
    for (const format of ['csv', 'html']) {
      const shown = await onTerminal(['audit', valid, ...asOf, '--format', format]);
      expect(shown.stdout.replace(/\r\n/g, '\n')).not.toMatch(STEERING);
    }
    const csv = (await onTerminal(['audit', valid, ...asOf, '--format', 'csv'])).stdout;
    expect(csv).toContain('沈阳\\u001b[1;1H市');
    expect(csv.split('\r\n').length).toBe(piped.stdout.split('\r\n').length);
  });
});

/** main() reading `stdin` for `-`. */
async function withStdin(args: string[], stdin: Readable & { isTTY?: boolean }): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: {
      write: (t) => {
        stdout += t;
      },
    },
    stderr: {
      write: (t) => {
        stderr += t;
      },
    },
    stdin,
    env: {},
  });
  return { code, stdout, stderr };
}

/** A stream that never says anything and never ends. */
const silent = () => new Readable({ read() {} });
/** A stream of zeros without end. */
const endless = () =>
  new Readable({
    read() {
      this.push(Buffer.alloc(64 * 1024));
    },
  });

describe('endless and silent sources: one capped, timed reader for every kind', () => {
  test('a device without end stops at the cap: too large, not out of memory', async () => {
    const r = await cli(['validate', '/dev/zero', '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).errors[0].code).toBe('feed.too-large');
  });

  test('standard input: endless is too large; silent times out, naming it', async () => {
    const big = await withStdin(['validate', '-', '--json'], endless());
    expect(JSON.parse(big.stdout).errors[0].code).toBe('feed.too-large');
    const started = Date.now();
    const quiet = await withStdin(['validate', '-', '--timeout', '0.3'], silent());
    expect(Date.now() - started).toBeLessThan(3000);
    expect(quiet.code).toBe(2);
    expect(quiet.stderr).toBe('标准输入：0.3 秒内没有读完（已读 0 字节；可用 --timeout 调整时限）\n');
  });

  test('on a terminal, standard input first says it is waiting, and how to end', async () => {
    const tty = Object.assign(silent(), { isTTY: true });
    const r = await withStdin(['validate', '-', '--timeout', '0.2', '--lang', 'en'], tty);
    expect(r.stderr.split('\n')[0]).toBe(
      `Waiting for standard input: paste or type the feed, then press ${process.platform === 'win32' ? 'Ctrl+Z, Enter' : 'Ctrl+D'} (times out after 0.2 s)`,
    );
    expect(r.stderr.split('\n')[1]).toContain('standard input: not read to its end within 0.2 s');
    const piped = await withStdin(['validate', '-'], Readable.from([JSON.stringify(baseFeed())]));
    expect(piped.code).toBe(0);
    expect(piped.stderr).toBe('');
  });

  test('@lists and profile files are read the same way', async () => {
    const list = await cli(['validate', '@/dev/zero']);
    expect(list.code).toBe(2);
    expect(list.stderr).toContain('列表文件超过 5 MiB');
    const profile = await cli(['audit', '/dev/null', '--profile', '/dev/zero']);
    expect(profile.code).toBe(2);
    expect(profile.stderr).toContain('/dev/zero');
  });
});

describe.skipIf(process.platform === 'win32')('named pipes and standard input of the installed command', () => {
  beforeAll(() => buildCli(), 30_000);
  /** How a child ended (its signal, else its exit code), from the moment it is spawned. */
  const ended = (child: ReturnType<typeof spawn>) =>
    new Promise<string | number | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));
  const fifo = (name: string) => {
    const path = join(dir, name);
    spawnSync('mkfifo', [path]);
    return path;
  };

  test('a named pipe nobody writes to ends at --timeout, naming the file, exit 2', async () => {
    const path = fifo('nobody.fifo');
    const started = Date.now();
    const r = await spawnCli(['validate', path, '--timeout', '1']);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${path}：是命名管道（FIFO），1 秒内没有程序向它写入\n`);
  });

  test('a named pipe is read when its writer comes, to the cap when it never stops', async () => {
    const late = fifo('late.fifo');
    const writer = ended(spawn('sh', ['-c', `sleep 0.3; cat "${ROOT}public/samples/liaohe-first.json" > "${late}"`]));
    const r = await spawnCli(['validate', late, '--timeout', '10']);
    expect(r.code).toBe(0);
    await writer;

    const zeros = fifo('zeros.fifo');
    const flood = ended(spawn('sh', ['-c', `exec cat /dev/zero > "${zeros}"`]));
    const big = await spawnCli(['validate', zeros, '--json', '--timeout', '10']);
    expect(JSON.parse(big.stdout).errors[0].code).toBe('feed.too-large');
    // The reader let go: the writer ends on a broken pipe instead of writing on.
    expect(await flood).toBe('SIGPIPE');
  });

  test('a writer that stops talking is a timeout, with what was read', async () => {
    const path = fifo('stalls.fifo');
    const writer = spawn('sh', ['-c', `(printf '{"format"'; sleep 5) > "${path}"`]);
    const r = await spawnCli(['validate', path, '--timeout', '1', '--lang', 'en']);
    writer.kill();
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${path}: not read to its end within 1 s (9 bytes so far; --timeout sets the limit)\n`);
  });

  test('standard input left open ends at --timeout; from a terminal it says it is waiting first', async () => {
    const open = await spawnCli(['validate', '-', '--timeout', '1'], { input: 'open' });
    expect(open.code).toBe(2);
    expect(open.stderr).toBe('标准输入：1 秒内没有读完（已读 0 字节；可用 --timeout 调整时限）\n');

    // `script` gives the command a terminal; its own input stays open, so nothing is typed.
    const tty = spawn(
      'script',
      ['-qec', `"${process.execPath}" "${BIN}" validate - --timeout 1 --lang en`, '/dev/null'],
      {
        cwd: ROOT,
        env: { PATH: process.env.PATH },
      },
    );
    let shown = '';
    tty.stdout.on('data', (d) => (shown += d));
    const code = await new Promise((resolve) => tty.on('close', resolve));
    tty.stdin.destroy();
    expect(code).toBe(2);
    expect(shown).toContain('Waiting for standard input');
    expect(shown).toContain('standard input: not read to its end within 1 s');
  });

  test('sample input still reads whole', async () => {
    const r = await spawnCli(['validate', '-'], { input: readFileSync(`${ROOT}public/samples/liaohe-first.json`) });
    expect(r.code).toBe(0);
  });
});

describe('messages say what happened', () => {
  test('one byte over the limit shows as over: the size in bytes', async () => {
    const over = file('over.json', ' '.repeat(5 * 1024 * 1024 + 1));
    const zh = await cli(['validate', over]);
    expect(zh.stdout).toContain(
      `${over}: feed.too-large 错误：数据文件过大：5,242,881 字节，上限 5 MiB（5,242,880 字节）`,
    );
    const en = await cli(['validate', over, '--json', '--lang', 'en']);
    expect(JSON.parse(en.stdout).errors[0].message).toBe(
      'The feed is too large: 5,242,881 bytes, the limit is 5 MiB (5,242,880 bytes)',
    );
    // Exactly at the limit is not too large.
    const at = file('at.json', ' '.repeat(5 * 1024 * 1024));
    expect(JSON.parse((await cli(['validate', at, '--json'])).stdout).errors[0].code).not.toBe('feed.too-large');
  });

  test('a source without a known end says where reading stopped', async () => {
    const r = await cli(['validate', '/dev/zero', '--lang', 'en']);
    expect(r.stdout).toMatch(/over the 5 MiB limit \(5,242,880 bytes\); reading stopped at 5,[0-9]{3},[0-9]{3} bytes/);
  });

  test('a redirect loop is too many redirects, not "cannot connect"; a declared size is exact', async () => {
    const server = await startServer({
      '/loop': { status: 302, headers: { location: '/loop' } },
      '/huge': {
        body: Buffer.alloc(10 * 1024 * 1024, 0x20),
        headers: { 'content-length': String(10 * 1024 * 1024) },
      },
    });
    try {
      const loop = server.url('/loop');
      const en = await cli(['validate', loop, '--lang', 'en']);
      expect(en.code).toBe(2);
      expect(en.stderr).toBe(`${loop}: too many redirects (over 20; probably a redirect loop)\n`);
      expect((await cli(['validate', loop])).stderr).toBe(`${loop}：重定向次数过多（超过 20 次，可能是重定向循环）\n`);
      const huge = await cli(['validate', server.url('/huge'), '--json', '--lang', 'en']);
      expect(JSON.parse(huge.stdout).errors[0].message).toContain('10,485,760 bytes');
    } finally {
      await server.close();
    }
  });
});

describe('write errors: one line naming where, exit 2', () => {
  const good = file('write-good.json', baseFeed());
  const invalid = file(
    'write-invalid.json',
    feedWith((f) => {
      f.schedule.regular[0]!.end = '07:00';
    }),
  );

  test('--out to a folder, a missing folder, a full device, a pipe nobody reads', async () => {
    const cases: [string, string][] = [
      [dir, `${dir}：无法写入（这是一个文件夹）`],
      [
        join(dir, 'no-such-folder', 'report.html'),
        `${join(dir, 'no-such-folder', 'report.html')}：无法写入（所在文件夹不存在）`,
      ],
      [join(good, 'report.html'), `${join(good, 'report.html')}：无法写入（路径中有一段不是文件夹）`],
    ];
    if (process.platform === 'linux') cases.push(['/dev/full', '/dev/full：无法写入（磁盘空间已满）']);
    if (process.platform !== 'win32') {
      const pipe = join(dir, 'out.fifo');
      spawnSync('mkfifo', [pipe]);
      cases.push([pipe, `${pipe}：无法写入（这是命名管道，但没有程序在读取它）`]);
    }
    for (const [out, says] of cases) {
      const r = await cli(['audit', good, ...asOf, '--out', out]);
      expect(r.code, out).toBe(2);
      expect(r.stderr, out).toBe(`clearclinic: ${says}\n`);
    }
    const en = await cli(['audit', good, ...asOf, '--out', dir, '--lang', 'en']);
    expect(en.stderr).toBe(`clearclinic: ${dir}: cannot write (it is a folder)\n`);
  });

  describe.skipIf(process.platform !== 'linux')('standard output and error of the installed command', () => {
    beforeAll(() => buildCli(), 30_000);
    const sh = (command: string) =>
      spawnSync('bash', ['--norc', '--noprofile', '-c', command], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { PATH: process.env.PATH },
      });
    const clearclinic = `"${process.execPath}" "${BIN}"`;

    test('a full standard output: one line, no stack trace, exit 2', () => {
      const r = sh(`${clearclinic} validate "${good}" > /dev/full`);
      expect(r.status).toBe(2);
      expect(r.stderr).toBe('clearclinic: 标准输出：无法写入（磁盘空间已满）\n');
      const en = sh(`${clearclinic} audit "${good}" --as-of 2026-11-20 --format json --lang en > /dev/full`);
      expect(en.status).toBe(2);
      expect(en.stderr).toBe('clearclinic: standard output: cannot write (no space left on the device)\n');
      // --debug adds the stack, line by line.
      const debug = sh(`${clearclinic} validate "${good}" --debug > /dev/full`);
      expect(debug.status).toBe(2);
      expect(debug.stderr.split('\n')[1]).toMatch(/ENOSPC/);
      expect(debug.stderr.split('\n')[2]).toMatch(/^\s+at /);
    });

    test('a reader that stops early ends the output quietly; the exit code still says what was found', () => {
      const r = sh(
        `${clearclinic} validate "${invalid}" "${good}" "${invalid}" | head -1; echo "exit \${PIPESTATUS[0]}"`,
      );
      expect(r.stdout.split('\n').filter(Boolean)).toEqual([expect.stringContaining('time.order'), 'exit 1']);
      expect(r.stderr).toBe('');
      const slots = sh(
        `${clearclinic} schedule "${good}" --from 2026-01-01 --to 2026-12-31 --slots | head -1; echo "exit \${PIPESTATUS[0]}"`,
      );
      expect(slots.stdout.split('\n').filter(Boolean)).toEqual([expect.stringContaining('"start"'), 'exit 0']);
      expect(slots.stderr).toBe('');
    });

    test('a standard error that cannot be written does not stop the command', () => {
      const r = sh(`${clearclinic} validate "${join(dir, 'missing.json')}" "${good}" 2>/dev/full`);
      expect(r.status).toBe(2);
      expect(r.stdout).toContain('1 个来源无法读取');
    });
  });
});

describe('nesting too deep for the checker', () => {
  // Until the checker refuses such JSON itself (json.too-deep), it overflows the stack on it.
  const deep = file('deep.json', `${'{"a":'.repeat(200_000)}1${'}'.repeat(200_000)}`);
  const good = file('deep-neighbour.json', baseFeed());
  const refused = (o: { readError?: string; errors: { code: string }[] }) => o.readError ?? o.errors[0]?.code;

  test('is that source’s error; the others are still checked, and nothing is an internal error', async () => {
    const r = await cli(['validate', deep, good, '--json']);
    expect(r.code).toBeGreaterThan(0);
    expect(r.stderr).not.toContain('内部错误');
    const [first, second] = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(first.valid).toBe(false);
    expect(refused(first)).toMatch(/无法检查（JSON 嵌套层数过多）|json\.too-deep/);
    expect(second).toMatchObject({ source: good, valid: true });

    const audit = await cli(['audit', deep, good, ...asOf, '--format', 'json', '--lang', 'en']);
    expect(audit.code).toBe(2);
    const [skipped, audited] = JSON.parse(audit.stdout).hospitals;
    expect(skipped.error).toMatch(/nested too deeply|json\.too-deep/);
    expect(audited.results.length).toBeGreaterThan(0);

    const schedule = await cli(['schedule', deep, '--from', '2026-01-01', '--to', '2026-01-02']);
    expect(schedule.code).toBeGreaterThan(0);
    expect(schedule.stderr).not.toContain('内部错误');
  });
});
