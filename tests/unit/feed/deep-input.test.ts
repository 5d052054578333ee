/**
 * Nesting: JSON.parse reads any depth, but every recursive walk of the value (zod's error
 * paths, JSON.stringify, String(), the text scan) overflowed the call stack at a few
 * thousand levels, and the checker answered "Maximum call stack size exceeded".
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { MAX_JSON_DEPTH, valueTooDeep } from '../../../utils/feed/json-scan';
import { validateFeed, validateFeedText } from '../../../utils/feed/validate';
import { cli, ROOT } from '../../helpers/cli';
import { baseFeed } from '../../helpers/feed';

const sample = readFileSync(`${ROOT}public/samples/liaohe-first.json`, 'utf8');
const nest = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
/** The sample with the value at `path` (a JSON Pointer) replaced by `levels` nested arrays. */
function deepAt(path: string, levels: number): string {
  const feed = JSON.parse(sample);
  const keys = path.split('/').slice(1);
  let parent = feed;
  for (const key of keys.slice(0, -1)) parent = parent[key];
  parent[keys.at(-1)!] = '\u0000deep';
  return JSON.stringify(feed).replace('"\\u0000deep"', nest(levels));
}
const codes = (r: ReturnType<typeof validateFeedText>) =>
  [...r.errors, ...r.warnings].map((p) => `${p.code} ${p.path}`);

describe('a feed nested too deep', () => {
  // Up to what fits in 5 MiB next to the sample: 2 million levels.
  test.each([
    ['/hospital/name', 4_000],
    ['/departments/3/name', 100_000],
    ['/schedule/regular/0/start', 4_000],
    ['/slots/0/start', 4_000],
    ['/guide/items/0/steps/0', 4_000],
    ['/x-vendor', 2_000_000],
  ])('at %s (%i levels) is json.too-deep at the level past the limit, never a crash', (path, levels) => {
    const r = validateFeedText(deepAt(path, levels));
    const depth = path.split('/').length; // the value's own level: the root is 1
    expect(codes(r)).toEqual([`json.too-deep ${path}${'/0'.repeat(MAX_JSON_DEPTH + 1 - depth)}`]);
    expect(r.valid).toBe(false);
    expect(r.errors[0]!.message).toBe('嵌套超过 64 层，未检查其中的内容');
  });

  test('the limit is 64 levels: 64 are read as usual (an unknown field), 65 are refused', () => {
    // /x-vendor is level 2: 63 nested arrays there make 64 levels.
    expect(codes(validateFeedText(JSON.stringify({ ...baseFeed(), 'x-vendor': JSON.parse(nest(63)) })))).toEqual([]);
    expect(codes(validateFeedText(JSON.stringify({ ...baseFeed(), 'x-vendor': JSON.parse(nest(64)) })))).toEqual([
      `json.too-deep /x-vendor${'/0'.repeat(63)}`,
    ]);
  });

  test('every place too deep is named, objects and arrays alike, with escaped keys', () => {
    const deepObject = (levels: number) => `${'{"a/b":'.repeat(levels)}1${'}'.repeat(levels)}`;
    const text = JSON.stringify({ ...baseFeed(), p: '\u0000', q: ['\u0001'] })
      .replace('"\\u0000"', deepObject(100))
      .replace('"\\u0001"', nest(100));
    expect(codes(validateFeedText(text))).toEqual([
      `json.too-deep /p${'/a~1b'.repeat(63)}`,
      `json.too-deep /q/0${'/0'.repeat(62)}`,
    ]);
  });

  test('an already-parsed value: deep, or a cycle (infinitely deep), is refused the same way', () => {
    let deep: unknown[] = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(codes(validateFeed({ ...baseFeed(), x: deep }))).toEqual([`json.too-deep /x${'/0'.repeat(63)}`]);
    const cyclic = baseFeed() as unknown as Record<string, unknown>;
    cyclic.self = cyclic;
    expect(codes(validateFeed(cyclic))).toEqual(['json.too-deep /self']);
    // Shared, not cyclic: 2^64 paths through 64 objects, each walked once.
    let shared: object = {};
    for (let i = 0; i < 64; i++) shared = { a: shared, b: shared };
    expect(valueTooDeep({ x: shared }, 200, true)).toEqual([]);
  });

  test('valueTooDeep walks with its own stack: a million levels, no recursion', () => {
    let deep: unknown = {};
    for (let i = 0; i < 1_000_000; i++) deep = { k: deep };
    expect(valueTooDeep(deep, 3)).toEqual(['/k/k/k']);
    expect(valueTooDeep({ a: [1, { b: 2 }], c: 'x' }, 3)).toEqual([]);
    expect(valueTooDeep({ a: [1, { b: [] }] }, 3)).toEqual(['/a/1/b']);
  });
});

describe('the commands with a deep feed among others', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearclinic-deep-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const deep = join(dir, 'deep.json');
  writeFileSync(deep, deepAt('/hospital/name', 200_000));
  const others = ['liaohe-tcm', 'liaohe-mch'].map((s) => `${ROOT}public/samples/${s}.json`);

  test('validate: the deep feed fails with json.too-deep, the others are still checked', async () => {
    const r = await cli(['validate', '--json', others[0]!, deep, others[1]!]);
    expect(r.code).toBe(1);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.valid, l.errors.map((e: { code: string }) => e.code)])).toEqual([
      [true, []],
      [false, ['json.too-deep']],
      [true, []],
    ]);
    expect(r.stderr).not.toMatch(/内部错误|call stack/);
  });

  test('schedule: an invalid feed (exit 1), not an internal error', async () => {
    const r = await cli(['schedule', deep, '--from', '2026-11-23', '--to', '2026-11-23']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('json.too-deep');
    expect(r.stderr).not.toMatch(/内部错误|call stack/);
  });

  test('audit: the deep feed is a hospital with an error, the others are audited', async () => {
    const r = await cli(['audit', others[0]!, others[1]!, deep, '--as-of', '2026-11-20', '--format', 'json']);
    const report = JSON.parse(r.stdout);
    expect(report.hospitals).toHaveLength(3);
    expect(report.hospitals[0].results.length).toBeGreaterThan(0);
    expect(report.hospitals[1].results.length).toBeGreaterThan(0);
    expect(report.hospitals[2].error).toContain('json.too-deep');
  });
});
