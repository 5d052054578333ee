/**
 * `npm run bench:fast-paths`: each hand-written fast path of the feed checker beside zod on
 * the same array (the fast path only ever says "all valid, here they are" or "don't know", and
 * zod then judges). Printed per fast path: the median time of each, their ratio, and what the
 * fast path saves on the budgeted figure it serves (checking a whole feed: the 2 MiB synthetic
 * feed, budget 200 ms; the 45-department sample the widget checks on a first visit), next to
 * that figure's run-to-run spread. A fast path is worth keeping only when its saving is well
 * above the spread.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { syntheticFeed } from '../samples/synthetic';
import { checkFeedText } from '../utils/feed/check';
import { fastSessions } from '../utils/feed/fast-sessions';
import { fastSlots } from '../utils/feed/fast-slots';
import { fastWaitTimes } from '../utils/feed/fast-wait-times';
import { feedSchemas } from '../utils/feed/schema';
import { median } from './median';

function time(runs: number, fn: () => unknown): { median: number; spread: number } {
  for (let i = 0; i < 5; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  // Spread: the interquartile range, a noise figure robust to the odd GC pause.
  return { median: median(times), spread: times[Math.floor(runs * 0.75)]! - times[Math.floor(runs * 0.25)]! };
}

const sampleText = () =>
  readFileSync(fileURLToPath(new URL('../public/samples/liaohe-first.json', import.meta.url)), 'utf8');

// The whole first check in a new process with a variant of the checker: `--whole DIR`.
const wholeIndex = process.argv.indexOf('--whole');
if (wholeIndex > 0) {
  const dir = process.argv[wholeIndex + 1]!;
  const { checkFeedText: check } = (await import(
    new URL(`${dir}/utils/feed/check.ts`, `file://${process.cwd()}/`).href
  )) as typeof import('../utils/feed/check');
  const text = sampleText();
  const t = performance.now();
  check(text);
  process.stdout.write(`${performance.now() - t}\n`);
  process.exit(0);
}

// A first call in a new process, as the widget's check runs on a first visit: `--cold PART fast|zod`.
const coldIndex = process.argv.indexOf('--cold');
if (coldIndex > 0) {
  const [part, impl] = process.argv.slice(coldIndex + 1);
  const data = JSON.parse(sampleText()) as Record<string, unknown> & { schedule: Record<string, unknown> };
  const sc = feedSchemas();
  const value = part === 'slots' ? data.slots : part === 'roster' ? data.schedule.regular : data.waitTimes;
  const schema = part === 'slots' ? sc.SlotSchema : part === 'roster' ? sc.SessionSchema : sc.WaitStatSchema;
  const fast = part === 'slots' ? fastSlots : part === 'roster' ? fastSessions : fastWaitTimes;
  const t = performance.now();
  if (impl === 'fast') fast(value);
  else z.array(schema).safeParse(value);
  process.stdout.write(`${performance.now() - t}\n`);
  process.exit(0);
}

let big = '';
for (let days = 4; big.length < 2 * 1024 * 1024; days++)
  big = JSON.stringify(syntheticFeed({ departments: 200, year: 2026, slotDays: days }));
const sample = sampleText();
const s = feedSchemas();

console.log(
  `ClearClinic checker fast paths · node ${process.version} · median of 25 runs (ms), spread = interquartile range`,
);
for (const [name, text] of [
  ['2 MiB synthetic feed (budget 200 ms)', big],
  ['45-department sample (the widget, first visit)', sample],
] as const) {
  const data = JSON.parse(text) as Record<string, unknown> & { schedule: Record<string, unknown> };
  const whole = time(25, () => checkFeedText(text));
  console.log(`\n${name}: whole check ${whole.median.toFixed(2)} ms (spread ${whole.spread.toFixed(2)} ms)`);
  const rows: [string, unknown, () => unknown, () => unknown][] = [
    ['slots', data.slots, () => fastSlots(data.slots), () => z.array(s.SlotSchema).safeParse(data.slots)],
    [
      'weekly roster',
      data.schedule.regular,
      () => fastSessions(data.schedule.regular),
      () => z.array(s.SessionSchema).safeParse(data.schedule.regular),
    ],
    [
      'wait figures',
      data.waitTimes,
      () => fastWaitTimes(data.waitTimes),
      () => z.array(s.WaitStatSchema).safeParse(data.waitTimes),
    ],
  ];
  for (const [part, value, fast, slow] of rows) {
    const count = Array.isArray(value) ? value.length : 0;
    if (count === 0) {
      console.log(`  ${part.padEnd(14)} none in this feed`);
      continue;
    }
    const a = time(25, fast);
    const b = time(25, slow);
    const saving = b.median - a.median;
    const verdict = saving > 2 * whole.spread ? 'keeps its place' : 'within noise';
    console.log(
      `  ${part.padEnd(14)} ${String(count).padStart(6)} items · fast ${a.median.toFixed(2)} ms · zod ${b.median.toFixed(2)} ms · ${(b.median / a.median).toFixed(1)}× · saves ${saving.toFixed(2)} ms of ${whole.median.toFixed(2)} (${((100 * saving) / whole.median).toFixed(0)}%): ${verdict}`,
    );
  }
}

// The widget's figure: one first call in a new process (no warm-up, no optimised code), median of 9 processes.
console.log(
  '\nfirst call in a new process (the widget on a first visit), 45-department sample, median of 9 processes:',
);
const self = fileURLToPath(import.meta.url);
for (const part of ['slots', 'roster', 'waits']) {
  const cold = (impl: string) =>
    median(
      Array.from({ length: 9 }, () =>
        Number(
          spawnSync(process.execPath, ['--import', 'tsx', self, '--cold', part, impl], {
            encoding: 'utf8',
          }).stdout.trim(),
        ),
      ),
    );
  const fast = cold('fast');
  const zod = cold('zod');
  console.log(
    `  ${part.padEnd(8)} fast ${fast.toFixed(2)} ms · zod ${zod.toFixed(2)} ms · saves ${(zod - fast).toFixed(2)} ms`,
  );
}

// A/B on the figure the fast paths serve: the whole first check of the sample in a new process,
// with the checker as it is and with each of the roster's and the waits' fast paths switched
// off (a copy of utils/ where check.ts does not call it), median of 15 processes each.
console.log('\nthe whole first check of the sample in a new process, median of 15 processes:');
const root = fileURLToPath(new URL('..', import.meta.url));
const variants: [string, (src: string) => string][] = [
  ['as it is', (src) => src],
  [
    'without the roster fast path',
    (src) => src.replace('schedule ? fastSessions(schedule.regular) : undefined', 'undefined'),
  ],
  [
    'without the waits fast path',
    (src) => src.replace('data.waitTimes === undefined ? undefined : fastWaitTimes(data.waitTimes)', 'undefined'),
  ],
];
for (const [label, edit] of variants) {
  const dir = `.bench-variant-${variants.findIndex((v) => v[0] === label)}`;
  rmSync(`${root}${dir}`, { recursive: true, force: true });
  cpSync(`${root}utils`, `${root}${dir}/utils`, { recursive: true });
  const checkPath = `${root}${dir}/utils/feed/check.ts`;
  const src = readFileSync(checkPath, 'utf8');
  if (edit(src) === src && label !== 'as it is')
    throw new Error(`the variant "${label}" changed nothing: check.ts moved on`);
  writeFileSync(checkPath, edit(src));
  const times = Array.from({ length: 15 }, () =>
    Number(
      spawnSync(process.execPath, ['--import', 'tsx', self, '--whole', dir], {
        encoding: 'utf8',
        cwd: root,
      }).stdout.trim(),
    ),
  );
  rmSync(`${root}${dir}`, { recursive: true, force: true });
  console.log(
    `  ${label.padEnd(30)} ${median(times).toFixed(2)} ms (min ${Math.min(...times).toFixed(2)}, max ${Math.max(...times).toFixed(2)})`,
  );
}
