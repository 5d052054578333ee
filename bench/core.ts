/**
 * `npm run bench`: the core engine's figures next to opening_hours.js on the same work.
 * Not a test: it prints times (median of repeated runs after warm-up), peak memory (each
 * task in its own process) and ratios, and marks the issue's budgets.
 *
 *   npm run bench                     # everything
 *   npm run bench -- --task sessions  # one task, in this process
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import opening_hours from 'opening_hours';
import { SYNTHETIC_ROSTER, syntheticFeed, weekendDaysOf } from '../samples/synthetic';
import { dayFromCivil, formatDate, parseDate } from '../utils/date/civil';
import type { Feed } from '../utils/feed/schema';
import { validateFeedText } from '../utils/feed/validate';
import { ScheduleEngine } from '../utils/schedule/engine';
import { slotsInRange } from '../utils/schedule/slots';

const YEAR = 2026;
const DEPARTMENTS = 200;
const FROM = dayFromCivil(YEAR, 1, 1);
const TO = dayFromCivil(YEAR, 12, 31);

interface TaskResult {
  task: string;
  label: string;
  runs: number;
  medianMs: number;
  minMs: number;
  peakRssMiB: number;
  result: string;
  openMinutes?: number;
}

function time(runs: number, warmup: number, fn: () => unknown): { median: number; min: number; last: unknown } {
  let last: unknown;
  for (let i = 0; i < warmup; i++) last = fn();
  const times: number[] = [];
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let i = 0; i < runs; i++) {
    // Each run starts from a collected heap, so one run's garbage is not billed to the next.
    last = undefined;
    gc?.();
    const t = performance.now();
    last = fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, min: times[0]!, last };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ohDate = (date: string) => `${date.slice(0, 4)} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(8, 10)}`;

/** The opening_hours.js rule equivalent to one synthetic department's resolved schedule. */
function ohRule(feed: Feed, index: number): string {
  const id = `dept-${String(index).padStart(3, '0')}`;
  const { morning, afternoon } = SYNTHETIC_ROSTER;
  const weekday = `${morning[0]}-${morning[1]},${afternoon[0]}-${afternoon[1]}`;
  const rules = [`Mo-Fr ${weekday}`];
  const weekend = weekendDaysOf(index);
  if (weekend.length)
    rules.push(`${weekend.map((d) => (d === 'sat' ? 'Sa' : 'Su')).join(',')} ${morning[0]}-${morning[1]}`);
  const offs: string[] = [];
  const opens: string[] = [];
  // The synthetic notices: "*" closed over the days off (through), holiday clinics for named
  // departments (through), make-up days 按星期X排班 for every department.
  const datesOf = (e: { date: string; through?: string }) => {
    const out: string[] = [];
    for (let d = parseDate(e.date)!, last = parseDate(e.through ?? e.date)!; d <= last; d++) out.push(formatDate(d));
    return out;
  };
  for (const notice of feed.schedule.notices ?? []) {
    for (const e of notice.entries) {
      for (const date of datesOf(e)) {
        if (e.status === 'closed' && (e.departments ?? '*') === '*') offs.push(`${ohDate(date)} off`);
        else if (e.status === 'open' && Array.isArray(e.departments) && e.departments.includes(id)) {
          opens.push(`${ohDate(date)} ${e.sessions!.map((s) => `${s.start}-${s.end}`).join(',')}`);
        } else if (e.status === 'roster') opens.push(`${ohDate(date)} ${weekday}`);
      }
    }
  }
  return [...rules, ...offs, ...opens].join('; ');
}

const tasks: Record<string, () => TaskResult> = {
  sessions() {
    const feed = syntheticFeed({ departments: DEPARTMENTS, year: YEAR });
    const t = time(9, 3, () => new ScheduleEngine(feed).resolveRange(FROM, TO));
    const sessions = t.last as ReturnType<ScheduleEngine['resolveRange']>;
    const open = sessions
      .filter((s) => s.department !== 'emergency')
      .reduce((n, s) => n + s.endMinute - s.startMinute, 0);
    return {
      task: 'sessions',
      label: `resolve ${YEAR} × ${DEPARTMENTS} departments → sessions`,
      runs: 9,
      medianMs: t.median,
      minMs: t.min,
      peakRssMiB: 0,
      result: `${sessions.length.toLocaleString('en')} sessions`,
      openMinutes: open,
    };
  },
  slots() {
    const feed = syntheticFeed({ departments: DEPARTMENTS, year: YEAR });
    const t = time(7, 2, () => slotsInRange(new ScheduleEngine(feed), FROM, TO, { includeAlwaysOpen: false }));
    const slots = t.last as unknown[];
    return {
      task: 'slots',
      label: `resolve ${YEAR} × ${DEPARTMENTS} departments → slots`,
      runs: 7,
      medianMs: t.median,
      minMs: t.min,
      peakRssMiB: 0,
      result: `${slots.length.toLocaleString('en')} slots`,
    };
  },
  validate() {
    // Enough explicit slots to make the feed about 2 MiB.
    let text = '';
    for (let days = 4; ; days += 1) {
      text = JSON.stringify(syntheticFeed({ departments: DEPARTMENTS, year: YEAR, slotDays: days }));
      if (text.length >= 2 * 1024 * 1024) break;
    }
    const t = time(9, 3, () => validateFeedText(text, { lang: 'en' }));
    const r = t.last as ReturnType<typeof validateFeedText>;
    if (!r.valid)
      throw new Error(
        'the benchmark feed is invalid: ' +
          r.errors
            .slice(0, 3)
            .map((e) => e.message)
            .join('; '),
      );
    const size = (new TextEncoder().encode(text).length / 1024 / 1024).toFixed(2);
    return {
      task: 'validate',
      label: `validate a ${size} MiB feed (${r.feed!.slots!.length.toLocaleString('en')} slots)`,
      runs: 9,
      medianMs: t.median,
      minMs: t.min,
      peakRssMiB: 0,
      result: `${r.errors.length} errors, ${r.warnings.length} warnings`,
    };
  },
  openingHours() {
    const feed = syntheticFeed({ departments: DEPARTMENTS, year: YEAR });
    const rules = Array.from({ length: DEPARTMENTS }, (_, i) => ohRule(feed, i));
    // opening_hours.js evaluates in the process's zone: the bench runs it under Asia/Shanghai.
    const from = new Date(YEAR, 0, 1);
    const to = new Date(YEAR + 1, 0, 1);
    const t = time(3, 1, () => rules.map((rule) => new opening_hours(rule, null, 0).getOpenIntervals(from, to)));
    const intervals = t.last as [Date, Date][][];
    const count = intervals.reduce((n, list) => n + list.length, 0);
    const open = intervals.reduce(
      (n, list) => n + list.reduce((m, [a, b]) => m + (b.getTime() - a.getTime()) / 60_000, 0),
      0,
    );
    return {
      task: 'openingHours',
      label: `opening_hours.js: ${YEAR} open intervals × ${DEPARTMENTS} rules`,
      runs: 3,
      medianMs: t.median,
      minMs: t.min,
      peakRssMiB: 0,
      result: `${count.toLocaleString('en')} intervals`,
      openMinutes: open,
    };
  },
  openingHoursWeekly() {
    // Context only, not the same work: the weekly rules without holidays, make-up days or notices.
    const rules = Array.from({ length: DEPARTMENTS }, (_, i) =>
      ohRule(syntheticFeed({ departments: 1, year: YEAR }), i)
        .split('; ')
        .slice(0, weekendDaysOf(i).length ? 2 : 1)
        .join('; '),
    );
    const from = new Date(YEAR, 0, 1);
    const to = new Date(YEAR + 1, 0, 1);
    const t = time(3, 1, () => rules.map((rule) => new opening_hours(rule, null, 0).getOpenIntervals(from, to)));
    const count = (t.last as unknown[][]).reduce((n, list) => n + list.length, 0);
    return {
      task: 'openingHoursWeekly',
      label: `  (context) opening_hours.js, weekly rules only`,
      runs: 3,
      medianMs: t.median,
      minMs: t.min,
      peakRssMiB: 0,
      result: `${count.toLocaleString('en')} intervals`,
    };
  },
};

const { values } = parseArgs({ options: { task: { type: 'string' } } });
if (values.task) {
  const result = tasks[values.task]!();
  result.peakRssMiB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else {
  const self = fileURLToPath(import.meta.url);
  const results: Record<string, TaskResult> = {};
  const wall: Record<string, number> = {};
  const run = (task: string) => {
    const t = performance.now();
    const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', self, '--task', task], {
      encoding: 'utf8',
      env: { ...process.env, TZ: 'Asia/Shanghai' },
    });
    const ms = performance.now() - t;
    if (child.status !== 0) {
      console.error(`${task} failed:\n${child.stderr}`);
      process.exit(1);
    }
    return { ms, result: JSON.parse(child.stdout.trim().split('\n').at(-1)!) as TaskResult };
  };
  for (const task of Object.keys(tasks)) results[task] = run(task).result;

  // Whole process, as each tool is run (no tsx): spawn to exit, median of 5. Ours is the built
  // CLI reading the feed, checking it and resolving the year (--days keeps the output small);
  // the peer is plain node with opening_hours.js on the equivalent rules.
  const dir = mkdtempSync(join(tmpdir(), 'clearclinic-bench-'));
  const feed = syntheticFeed({ departments: DEPARTMENTS, year: YEAR });
  writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed));
  writeFileSync(
    join(dir, 'rules.json'),
    JSON.stringify({ year: YEAR, rules: Array.from({ length: DEPARTMENTS }, (_, i) => ohRule(feed, i)) }),
  );
  const cli = fileURLToPath(new URL('../bin/clearclinic.mjs', import.meta.url));
  const peer = fileURLToPath(new URL('./opening-hours-once.mjs', import.meta.url));
  const wallOf = (args: string[]) => {
    const times = Array.from({ length: 5 }, () => {
      const t = performance.now();
      const child = spawnSync(process.execPath, args, {
        encoding: 'utf8',
        env: { ...process.env, TZ: 'Asia/Shanghai' },
        maxBuffer: 1 << 26,
      });
      if (child.status !== 0) throw new Error(`${args.join(' ')} failed:\n${child.stderr}`);
      return performance.now() - t;
    }).sort((a, b) => a - b);
    return times[2]!;
  };
  wall.sessionsOnce = wallOf([
    cli,
    'schedule',
    join(dir, 'feed.json'),
    '--from',
    `${YEAR}-01-01`,
    '--to',
    `${YEAR}-12-31`,
    '--days',
  ]);
  wall.openingHoursOnce = wallOf([peer, join(dir, 'rules.json')]);
  rmSync(dir, { recursive: true, force: true });
  const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].length));
  console.log(
    `ClearClinic core benchmark · node ${process.version} · ${cpus().length} cores · ${cpus()[0]?.model ?? ''}`,
  );
  console.log(`${pad('task', 58) + pad('median', 11) + pad('min', 11) + pad('peak RSS', 11)}result`);
  for (const r of Object.values(results)) {
    console.log(
      pad(r.label, 58) +
        pad(`${r.medianMs.toFixed(1)} ms`, 11) +
        pad(`${r.minMs.toFixed(1)} ms`, 11) +
        pad(`${r.peakRssMiB.toFixed(0)} MiB`, 11) +
        r.result,
    );
  }
  const s = results.sessions!;
  const oh = results.openingHours!;
  const ratio = oh.medianMs / s.medianMs;
  const agree = s.openMinutes === oh.openMinutes;
  console.log('');
  console.log(
    `same work: open minutes, ClearClinic ${s.openMinutes?.toLocaleString('en')} vs opening_hours.js ${oh.openMinutes?.toLocaleString('en')}: ${agree ? 'equal' : 'DIFFERENT'}`,
  );
  console.log(
    `ratio: opening_hours.js / ClearClinic sessions = ${ratio.toFixed(1)}× (against opening_hours.js on weekly rules only: ${(results.openingHoursWeekly!.medianMs / s.medianMs).toFixed(1)}×)`,
  );
  const whole = wall.sessionsOnce! / wall.openingHoursOnce!;
  console.log(
    `whole process (spawn to exit, median of 5): clearclinic schedule --days ${wall.sessionsOnce!.toFixed(0)} ms vs node + opening_hours.js ${wall.openingHoursOnce!.toFixed(0)} ms = ${whole.toFixed(3)}×`,
  );
  const check = (ok: boolean) => (ok ? 'met' : 'MISSED');
  console.log(
    `budgets: sessions ≥ 10× faster than opening_hours.js in process: ${check(ratio >= 10)} · whole process ≤ 0.15×: ${check(whole <= 0.15)} · slots ≤ 300 ms: ${check(results.slots!.medianMs <= 300)} · 2 MiB validated ≤ 200 ms: ${check(results.validate!.medianMs <= 200)}`,
  );
}
