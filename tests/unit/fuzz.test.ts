/**
 * Hostile and broken input, generated: the sample feeds mutated at random (values replaced,
 * removed, repeated, copied from elsewhere, nested deep, numbers too large, keys twice) and
 * arbitrary JSON, through the checker, the engine (for a mutated feed still valid) and the
 * audit. Whatever comes in: nothing throws; every problem has a known code, words in both
 * languages and a JSON Pointer that resolves in the input (or whose parent does, for a
 * missing field); the engine's lines are well formed and never repeat; each run ends within
 * a generous time, a cap that catches a hang, not a measure of speed.
 *
 * Runs are few under CI (the unit suite stays quick); set FUZZ_RUNS for a longer session.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { auditInput } from '../../utils/audit/audit-input';
import { BUILT_IN_PROFILES } from '../../utils/audit/profile';
import { buildReport } from '../../utils/audit/report';
import { parseDate } from '../../utils/date/civil';
import { wallClockAt } from '../../utils/date/zone';
import { describe as describeFinding, type Problem } from '../../utils/feed/messages';
import { PROBLEM_CODES, severityOf } from '../../utils/feed/problem-codes';
import type { Feed } from '../../utils/feed/schema';
import { type ValidationResult, validateFeed, validateFeedText } from '../../utils/feed/validate';
import { type ResolvedLine, ScheduleEngine } from '../../utils/schedule/engine';
import { slotsInRange } from '../../utils/schedule/slots';

const RUNS = Number(process.env.FUZZ_RUNS ?? (process.env.CI ? 25 : 60));
/** Per run, generous on a slow, shared 2-core machine: a hang detector, not a benchmark. */
const CAP_MS = 10_000;

type Json = unknown;
const SAMPLES = ['liaohe-tcm', 'liaohe-mch', 'liaohe-first'].map((name) => ({
  name,
  value: JSON.parse(readFileSync(new URL(`../../public/samples/${name}.json`, import.meta.url), 'utf8')) as Json,
}));
const KNOWN: ReadonlySet<string> = new Set(PROBLEM_CODES);
const sampleFeed = SAMPLES[0]!.value as Feed;
const liaoning = BUILT_IN_PROFILES['liaoning-2025']!;

// ---------------------------------------------------------------------------------------
// What a run must hold to

/** The value a JSON Pointer names, or `missing`. */
const MISSING = Symbol('missing');
function resolve(root: Json, pointer: string): Json | typeof MISSING {
  if (pointer === '') return root;
  if (!pointer.startsWith('/')) return MISSING;
  let value = root;
  for (const raw of pointer.slice(1).split('/')) {
    if (/~[^01]|~$/.test(raw)) return MISSING;
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(value)) {
      if (!/^(0|[1-9]\d*)$/.test(token) || Number(token) >= value.length) return MISSING;
      value = value[Number(token)];
    } else if (value !== null && typeof value === 'object' && Object.hasOwn(value, token)) {
      value = (value as Record<string, Json>)[token];
    } else return MISSING;
  }
  return value;
}

/** Every problem: a known code of its severity, words in both languages, a path into `input`. */
function holdsProblems(r: ValidationResult, input: Json | typeof MISSING) {
  const problems: Problem[] = [...r.errors, ...r.warnings];
  expect(r.valid).toBe(r.errors.length === 0 && r.feed !== undefined);
  for (const p of problems) {
    const where = `${p.code} at ${JSON.stringify(p.path)}`;
    expect(KNOWN.has(p.code), where).toBe(true);
    expect(p.severity, where).toBe(severityOf(p.code));
    for (const words of [p, describeFinding(p, 'en')]) {
      expect(words.message.length, where).toBeGreaterThan(3);
      expect(words.hint.length, where).toBeGreaterThan(3);
      expect(words.message, where).not.toMatch(/undefined|\[object|NaN/);
    }
    if (input === MISSING) {
      // Text that does not parse (or is not read at all): the problem is the whole document.
      expect(p.path, where).toBe('');
      continue;
    }
    if (resolve(input, p.path) !== MISSING) continue;
    // A missing field: its parent is there, and it is not.
    const parent = p.path.slice(0, p.path.lastIndexOf('/'));
    const container = resolve(input, parent);
    expect(container !== MISSING && container !== null && typeof container === 'object', where).toBe(true);
  }
}

/** The engine on a valid feed: days around its update and the dates it names; lines well formed, none twice. */
function holdsEngine(feed: Feed) {
  const engine = new ScheduleEngine(feed);
  const updated = wallClockAt(engine.timeZone, Date.parse(feed.updatedAt)).day;
  const days = new Set<number>();
  for (let d = updated - 3; d <= updated + 40; d++) days.add(d);
  for (const n of feed.schedule.notices ?? []) for (const e of n.entries) days.add(parseDate(e.date)!);
  for (const day of days) {
    const lines = engine.resolveLines(day);
    const seen = new Set<string>();
    let previous: ResolvedLine | undefined;
    for (const l of lines) {
      expect(l.startMinute).toBeGreaterThanOrEqual(0);
      expect(l.endMinute).toBeLessThanOrEqual(1440);
      expect(l.startMinute).toBeLessThan(l.endMinute);
      if (previous) expect(previous.startMinute).toBeLessThanOrEqual(l.startMinute);
      previous = l;
      // A mark's `types` holds sets (they print as {}); its clinicTypes say the same in words.
      const key = JSON.stringify(l.status === 'open' ? l : { ...l, types: undefined });
      expect(seen.has(key), `${l.date} ${l.department} ${l.status} ${l.start}-${l.end} twice`).toBe(false);
      seen.add(key);
    }
  }
  slotsInRange(engine, updated, updated + 6);
}

/** The audit of the feed (or its error) next to a sample: a report for both (or one and a note), whatever the feed. */
function holdsAudit(r: ValidationResult) {
  const report = buildReport(
    liaoning,
    parseDate('2026-11-20')!,
    [auditInput('fuzzed', r, 'en'), { source: 'sample', feed: sampleFeed }],
    'en',
  );
  // Both listed, unless the fuzzed feed is still the sample's hospital: then it is audited once, with a note.
  expect(report.hospitals.length + (report.notes?.length ?? 0)).toBe(2);
  for (const h of report.hospitals) {
    if (h.results) for (const x of h.results) expect(['pass', 'fail', 'warn', 'n/a']).toContain(x.status);
    else expect(h.error).toBeTruthy();
  }
}

/** Times one run of the checker, and the engine and the audit after it. */
function check(text: string | undefined, value: Json) {
  const started = performance.now();
  const r = text === undefined ? validateFeed(value) : validateFeedText(text);
  let input: Json | typeof MISSING = value;
  if (text !== undefined) {
    try {
      input = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch {
      input = MISSING;
    }
    if (r.errors.some((e) => e.code === 'feed.too-large')) input = MISSING;
  }
  holdsProblems(r, input);
  if (r.feed) holdsEngine(r.feed);
  holdsAudit(r);
  const ms = performance.now() - started;
  expect(ms, `one run took ${ms.toFixed(0)} ms`).toBeLessThan(CAP_MS);
  return r;
}

// ---------------------------------------------------------------------------------------
// Mutations

const nest = (levels: number, open = '[', close = ']') => `${open.repeat(levels)}${close.repeat(levels)}`;
/** Raw JSON that no JavaScript value serializes to: written into the text in a marker's place. */
const RAW = [
  '1e400',
  '-1e400',
  '1e-400',
  '-0',
  '1E2',
  nest(70),
  nest(5000),
  nest(100, '{"a":', '}').replace('{"a":}', '{"a":1}'),
  '{"id":"a","id":"b"}',
  '{"zh-CN":"一","zh-CN":"二"}',
  '"\\ud800"',
  '"\\u0000"',
];
const INTERESTING: Json[] = [
  '',
  ' ',
  '0000-01-01',
  '1948-12-31',
  '1949-01-01',
  '2100-12-31',
  '2101-01-01',
  '9999-12-31',
  '2026-02-29',
  '2028-02-29',
  '2026-11-26',
  '2027-01-01',
  '00:00',
  '12:00',
  '23:59',
  '24:00',
  '25:00',
  '2026-11-26T08:00:00+08:00',
  '2026-11-26T08:00:00',
  '2026-11-31T08:00:00+08:00',
  '0001-01-01T00:00:00Z',
  'Asia/Shanghai',
  'Mars/Olympus',
  'javascript:alert(1)',
  'https://h.example/x',
  '*',
  'mon',
  'sun',
  'general',
  'expert',
  'closed',
  'open',
  'roster',
  'regular',
  'unannounced',
  'emergency-only',
  'weekend-roster',
  'am',
  'pm',
  'evening',
  'free',
  'full',
  'peds',
  '__proto__',
  '\u202e\u0007',
  'x'.repeat(5000),
  null,
  true,
  false,
  0,
  -1,
  1,
  2,
  3,
  5,
  30,
  240,
  241,
  1.5,
  2 ** 53,
  [],
  {},
  [''],
  ['mon', 'mon'],
  { 'zh-CN': '儿科', en: 'Pediatrics' },
];

type Op =
  | { kind: 'replace'; with: Json }
  | { kind: 'raw'; raw: number }
  | { kind: 'remove' }
  | { kind: 'repeat' }
  | { kind: 'copy'; from: number }
  | { kind: 'shift'; days: number };
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.constantFrom(...INTERESTING).map((v): Op => ({ kind: 'replace', with: v })),
  fc.jsonValue({ maxDepth: 3 }).map((v): Op => ({ kind: 'replace', with: v })),
  fc.nat(RAW.length - 1).map((raw): Op => ({ kind: 'raw', raw })),
  fc.constant<Op>({ kind: 'remove' }),
  fc.constant<Op>({ kind: 'repeat' }),
  fc.nat().map((from): Op => ({ kind: 'copy', from })),
  fc.integer({ min: -400, max: 400 }).map((days): Op => ({ kind: 'shift', days })),
);
/** Mutations, each at a place picked among all the places of the value as it is then. */
const plan = fc.array(fc.tuple(fc.nat(), op), { minLength: 1, maxLength: 4 });

/** Every place in a value: [parent, key] pairs, the root's children first (breadth first, bounded). */
function places(root: Json): [Record<string, Json> | Json[], string | number][] {
  const out: [Record<string, Json> | Json[], string | number][] = [];
  const queue: Json[] = [root];
  for (let q = 0; q < queue.length && out.length < 20_000; q++) {
    const v = queue[q];
    if (Array.isArray(v))
      for (const [i, x] of v.entries()) {
        out.push([v, i]);
        queue.push(x);
      }
    else if (v !== null && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        out.push([v as Record<string, Json>, k]);
        queue.push(x);
      }
  }
  return out;
}

/** The sample with the plan applied: the value, and its text with the raw markers written in. */
function mutate(sample: Json, steps: [number, Op][]): { value: Json; text: string } {
  const value = structuredClone(sample) as Record<string, Json>;
  const raws: string[] = [];
  for (const [pick, step] of steps) {
    const all = places(value);
    if (all.length === 0) break;
    const [parent, key] = all[pick % all.length]!;
    const set = (v: Json) => ((parent as Record<string | number, Json>)[key] = v);
    const current = (parent as Record<string | number, Json>)[key];
    switch (step.kind) {
      case 'replace':
        set(structuredClone(step.with));
        break;
      case 'raw':
        raws.push(RAW[step.raw]!);
        set(`\u0000raw${raws.length - 1}`);
        break;
      case 'remove':
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete parent[key as string];
        break;
      case 'repeat':
        if (Array.isArray(parent)) parent.splice(key as number, 0, structuredClone(current));
        else set([current, current]);
        break;
      case 'copy': {
        const [p, k] = all[step.from % all.length]!;
        set(structuredClone((p as Record<string | number, Json>)[k]));
        break;
      }
      case 'shift': {
        // A date or an instant moved by some days: mostly still well formed, often still valid.
        if (typeof current !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(current)) break;
        const day = parseDate(current.slice(0, 10));
        if (day === undefined) break;
        const moved = new Date((day + step.days) * 86_400_000).toISOString().slice(0, 10);
        set(moved + current.slice(10));
        break;
      }
    }
  }
  let text = JSON.stringify(value);
  raws.forEach((raw, i) => {
    text = text.replace(`"\\u0000raw${i}"`, () => raw);
  });
  return { value, text };
}

// ---------------------------------------------------------------------------------------

describe('fuzz: mutated sample feeds', () => {
  for (const { name, value: sample } of SAMPLES) {
    test(`${name}: checker, engine and audit hold whatever the mutation`, () => {
      let valid = 0;
      fc.assert(
        fc.property(plan, (steps) => {
          const { value, text } = mutate(sample, steps);
          if (check(text, value).valid) valid++;
          // The same value handed in already parsed (no raw markers there: they are text only).
          if (!text.includes('\\u0000raw')) check(undefined, JSON.parse(text));
        }),
        {
          numRuns: name === 'liaohe-first' ? Math.ceil(RUNS / 2) : RUNS,
          // A date shifted by no days is a mutation that keeps the feed valid: so the engine and the
          // audit always meet at least one real feed, however few of the random plans stay valid
          // (with 25 plans, liaohe-mch now and then had none, and the count below failed by chance).
          examples: [[[[0, { kind: 'shift', days: 0 }]]]],
        },
      );
      // Enough of them stay valid for the engine and the audit to meet real feeds.
      expect(valid).toBeGreaterThan(0);
    });
  }
});

describe('fuzz: any JSON', () => {
  test('arbitrary values, as text and as values', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const r = check(JSON.stringify(value), value);
        expect(r.valid).toBe(false);
        check(undefined, value);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  test('deep nesting of any shape and depth, anywhere in a feed', () => {
    const shape = fc.constantFrom(['[', '', ']'], ['{"k":', '1', '}'], ['[{"a":[', '', ']}]']);
    fc.assert(
      fc.property(
        shape,
        fc.integer({ min: 1, max: 30_000 }),
        fc.nat(),
        fc.constantFrom(...SAMPLES.slice(0, 2)),
        ([open, inner, close], levels, pick, { value: sample }) => {
          const copy = structuredClone(sample);
          const all = places(copy);
          const [parent, key] = all[pick % all.length]!;
          (parent as Record<string | number, Json>)[key] = '\u0000deep';
          const deep = `${open.repeat(levels)}${inner}${close.repeat(levels)}`;
          const text = JSON.stringify(copy).replace('"\\u0000deep"', () => deep);
          check(text, JSON.parse(text));
        },
      ),
      { numRuns: RUNS },
    );
  });

  test('text broken at any point, or with a byte changed', () => {
    const text = JSON.stringify(SAMPLES[0]!.value);
    fc.assert(
      fc.property(fc.nat(text.length - 1), fc.integer({ min: 0, max: 0x7f }), fc.boolean(), (at, byte, cut) => {
        const broken = cut ? text.slice(0, at) : text.slice(0, at) + String.fromCharCode(byte) + text.slice(at + 1);
        check(broken, undefined);
      }),
      { numRuns: RUNS },
    );
  });
});
