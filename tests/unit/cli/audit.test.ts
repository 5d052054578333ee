import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildCli, cli, ROOT } from '../../helpers/cli';
import { baseFeed } from '../../helpers/feed';
import { startServer } from '../../helpers/feed-server';

const dir = mkdtempSync(join(tmpdir(), 'clearclinic-audit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const samples = ['liaohe-first', 'liaohe-tcm', 'liaohe-mch'].map((s) => `${ROOT}public/samples/${s}.json`);
const asOf = ['--as-of', '2026-11-20'];

describe('clearclinic audit', () => {
  test('--format json: the contract’s shape, every hospital and region result with evidence', async () => {
    const r = await cli(['audit', ...samples, ...asOf, '--format', 'json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ profile: 'liaoning-2025', asOf: '2026-11-20' });
    expect(report.hospitals).toHaveLength(3);
    const h = report.hospitals[0];
    expect(Object.keys(h)).toEqual(expect.arrayContaining(['source', 'hospitalId', 'name', 'inScope', 'results']));
    expect(h.results.length).toBe(17);
    for (const result of h.results) {
      expect(Object.keys(result)).toEqual(['rule', 'status', 'message', 'evidence']);
      expect(['pass', 'fail', 'warn', 'n/a']).toContain(result.status);
    }
    expect(report.region.map((x: { rule: string; scope: string }) => `${x.rule} ${x.scope}`)).toEqual([
      'region-geriatrics-90 辽宁省',
      'region-internet-nursing 辽宁省/辽河市',
      'region-holiday-vaccination 辽宁省/辽河市',
    ]);
  });

  test('--fail-on: exit 1 when a rule fails (or warns); the national profile by name', async () => {
    expect((await cli(['audit', samples[1]!, ...asOf, '--format', 'json', '--fail-on', 'fail'])).code).toBe(1);
    expect((await cli(['audit', samples[0]!, ...asOf, '--format', 'json', '--fail-on', 'fail'])).code).toBe(0);
    expect((await cli(['audit', samples[0]!, ...asOf, '--format', 'json', '--fail-on', 'warn'])).code).toBe(1);
    const national = JSON.parse(
      (await cli(['audit', samples[0]!, ...asOf, '--format', 'json', '--profile', 'national'])).stdout,
    );
    expect(national.hospitals[0].results.map((r: { rule: string }) => r.rule)).toEqual([
      'slot-30',
      'guide-published',
      'wait-reported',
      'appointment-rate-reported',
      'hospital-id',
    ]);
  });

  test('a profile from a file is validated; bad flags are usage errors', async () => {
    const custom = join(dir, 'hainan.json');
    writeFileSync(
      custom,
      JSON.stringify({
        name: 'hainan-2026',
        title: '海南',
        sources: [],
        scope: { levels: [3], ownership: ['public'], types: ['A*'] },
        rules: [{ id: 'slot-30', maxMinutes: 15 }],
        regionRules: [],
      }),
    );
    const r = JSON.parse((await cli(['audit', samples[0]!, ...asOf, '--format', 'json', '--profile', custom])).stdout);
    expect(r.profile).toBe('hainan-2026');
    expect(r.hospitals[0].results[0]).toMatchObject({ rule: 'slot-30', status: 'fail' });
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, JSON.stringify({ name: 'x', scope: {} }));
    for (const args of [
      ['--profile', broken],
      ['--profile', 'guangdong'],
      ['--format', 'pdf'],
      ['--fail-on', 'never'],
      ['--as-of', '2026-13-01'],
    ]) {
      const bad = await cli(['audit', samples[0]!, ...args]);
      expect(bad.code, args.join(' ')).toBe(2);
      expect(bad.stderr.split('\n').filter(Boolean), args.join(' ')).toHaveLength(1);
    }
  });

  test('csv opens in Excel with Chinese intact; html is one printable page; --out writes a file', async () => {
    const csv = await cli(['audit', ...samples, ...asOf, '--format', 'csv']);
    expect(
      csv.stdout.startsWith('\uFEFFsource,hospitalId,name,province,city,inScope,rule,status,message,evidence\r\n'),
    ).toBe(true);
    expect(csv.stdout).toContain('辽河市中医医院（示例）');
    expect(csv.stdout.split('\r\n').filter(Boolean)).toHaveLength(1 + 3 * 17 + 3);
    const out = join(dir, 'report.html');
    const html = await cli(['audit', ...samples, ...asOf, '--format', 'html', '--out', out]);
    expect(html.stdout).toBe('');
    const page = readFileSync(out, 'utf8');
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain('<svg role="img"');
    expect(page).toContain('辽河市妇幼保健院（示例）');
    expect(page).not.toMatch(/<script|<link|src="http/);
    const en = await cli(['audit', samples[0]!, ...asOf, '--format', 'html', '--lang', 'en']);
    expect(en.stdout).toContain('Hospital schedule and service guide audit');
  });

  test('feed text is escaped in HTML and cannot become a formula in CSV', async () => {
    const evil = join(dir, 'evil.json');
    writeFileSync(
      evil,
      JSON.stringify({
        ...baseFeed(),
        hospital: { ...baseFeed().hospital, name: '=HYPERLINK("http://x")<img src=x onerror=alert(1)>' },
      }),
    );
    const html = (await cli(['audit', evil, ...asOf, '--format', 'html'])).stdout;
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const csv = (await cli(['audit', evil, ...asOf, '--format', 'csv'])).stdout;
    // A leading = would make Excel run a formula: the cell starts with ' instead.
    expect(csv).toContain(`,"'=HYPERLINK(""http://x"")<img src=x onerror=alert(1)>",`);
  });

  describe('sources that fail', () => {
    let server: Awaited<ReturnType<typeof startServer>>;
    beforeAll(async () => {
      server = await startServer({
        '/good.json': { body: readFileSync(samples[0]!) },
        '/404': { status: 404 },
        '/500': { status: 500 },
        '/garbage': { body: 'not json at all' },
        '/huge': { body: Buffer.alloc(10 * 1024 * 1024, 0x20) },
        '/hang': { hang: true },
      });
    });
    afterAll(() => server.close());

    test('each is reported as an error entry, the others are still audited, exit 2', async () => {
      const list = join(dir, 'list.txt');
      writeFileSync(
        list,
        `${['/good.json', '/404', '/500', '/garbage', '/huge', '/hang'].map((p) => server.url(p)).join('\n')}\n`,
      );
      // The timeout bounds every source, the good one too: 3 s lets its 0.7 MB arrive from the
      // in-process server even on a loaded two-core machine, where 1 s did not always.
      const r = await cli(['audit', `@${list}`, ...asOf, '--format', 'json', '--timeout', '3', '--lang', 'en']);
      expect(r.code).toBe(2);
      const report = JSON.parse(r.stdout);
      expect(
        report.hospitals.map((h: { results?: unknown; error?: string }) => (h.results ? 'audited' : h.error)),
      ).toEqual([
        'audited',
        expect.stringContaining('HTTP 404'),
        expect.stringContaining('HTTP 500'),
        'Invalid feed (1 errors: / json.syntax); not audited',
        'Invalid feed (1 errors: / feed.too-large); not audited',
        expect.stringContaining('no answer within 3 s'),
      ]);
      // One line each: the three unreadable and the two that are not valid feeds.
      expect(r.stderr.split('\n').filter(Boolean)).toEqual([
        expect.stringContaining('HTTP 404'),
        expect.stringContaining('HTTP 500'),
        `${server.url('/garbage')}: Invalid feed (1 errors: / json.syntax); not audited`,
        `${server.url('/huge')}: Invalid feed (1 errors: / feed.too-large); not audited`,
        expect.stringContaining('no answer within 3 s'),
      ]);
    }, 15_000);

    test('a source that is not a valid feed is listed with its error and exits 2, --fail-on or not', async () => {
      const invalid = join(dir, 'invalid.json');
      writeFileSync(invalid, JSON.stringify({ ...baseFeed(), version: 'one' }));
      for (const failOn of [[], ['--fail-on', 'fail'], ['--fail-on', 'warn']]) {
        const r = await cli(['audit', samples[0]!, invalid, ...asOf, '--format', 'json', ...failOn]);
        expect(r.code, failOn.join(' ')).toBe(2);
        const [audited, listed] = JSON.parse(r.stdout).hospitals;
        expect(audited.results.length).toBe(17);
        expect(listed).toEqual({ source: invalid, error: expect.stringContaining('无法评估') });
        expect(r.stderr).toBe(`${invalid}：${listed.error}\n`);
      }
    });
  });
});

describe('progress', () => {
  beforeAll(() => buildCli(), 30_000);
  const run = (env: Record<string, string>) => {
    const list = join(dir, 'progress-list.txt');
    writeFileSync(list, `${[...samples, ...samples].join('\n')}\n`);
    const command = `node bin/clearclinic.mjs audit @${list} --as-of 2026-11-20 --format json --out ${join(dir, 'progress.json')} --lang en`;
    return spawnSync('script', ['-qec', command, '/dev/null'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, ...env },
    });
  };
  test('a bar on an interactive terminal; nothing in pipes or CI', () => {
    // `script` gives the command a terminal.
    const tty = run({});
    expect(tty.status).toBe(0);
    expect(tty.stdout).toMatch(/Auditing \[[█░]+\] 6\/6/);
    expect(run({ CI: 'true' }).stdout).not.toContain('Auditing');
    const piped = spawnSync(
      process.execPath,
      [`${ROOT}bin/clearclinic.mjs`, 'audit', ...samples, ...samples, '--as-of', '2026-11-20', '--format', 'json'],
      { encoding: 'utf8', env: { PATH: process.env.PATH } },
    );
    expect(piped.stderr).toBe('');
  });
});
