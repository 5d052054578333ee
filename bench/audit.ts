/**
 * `npm run bench:audit`: `clearclinic audit` on 1,000 generated feeds (seeded mix of
 * compliant and non-compliant hospitals across cities) read from local files. Prints total
 * time, feeds per second and peak memory; the audit runs in its own process, so its peak
 * memory is the audit's alone.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { main } from '../cli/main';
import { auditPopulation } from '../samples/audit-population';
import { parseDate } from '../utils/date/civil';

const COUNT = 1000;
const AS_OF = '2026-11-20';
const { values } = parseArgs({ options: { run: { type: 'string' } } });

if (values.run) {
  // The child: the CLI's own code path, in this process.
  const t = performance.now();
  let out = '';
  const code = await main(['audit', `@${values.run}`, '--as-of', AS_OF, '--format', 'json'], {
    stdout: {
      write: (s) => {
        out += s;
      },
    },
    stderr: { write: () => {} },
    env: {},
  });
  const ms = performance.now() - t;
  const report = JSON.parse(out);
  const failing = report.hospitals.filter((h: { results?: { status: string }[] }) =>
    h.results?.some((r) => r.status === 'fail'),
  ).length;
  process.stdout.write(
    `${JSON.stringify({
      code,
      ms,
      hospitals: report.hospitals.length,
      failing,
      regions: report.region.length,
      maxRssMiB: process.resourceUsage().maxRSS / 1024,
    })}\n`,
  );
} else {
  const dir = mkdtempSync(join(tmpdir(), 'clearclinic-bench-audit-'));
  const feeds = auditPopulation(COUNT, 42, parseDate(AS_OF)!, 2026);
  let bytes = 0;
  const files = feeds.map((feed, i) => {
    const file = join(dir, `hospital-${i}.json`);
    const text = JSON.stringify(feed);
    bytes += text.length;
    writeFileSync(file, text);
    return file;
  });
  writeFileSync(join(dir, 'list.txt'), `${files.join('\n')}\n`);
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), '--run', join(dir, 'list.txt')],
    { encoding: 'utf8' },
  );
  rmSync(dir, { recursive: true, force: true });
  if (child.status !== 0) {
    console.error(child.stderr);
    process.exit(1);
  }
  const r = JSON.parse(child.stdout.trim().split('\n').at(-1)!);
  console.log(
    `ClearClinic audit benchmark · ${COUNT} generated feeds (${(bytes / 1024 / 1024).toFixed(1)} MiB, seed 42) · profile liaoning-2025 · as of ${AS_OF}`,
  );
  console.log(
    `total ${(r.ms / 1000).toFixed(2)} s · ${(COUNT / (r.ms / 1000)).toFixed(0)} feeds/s · peak RSS ${r.maxRssMiB.toFixed(0)} MiB`,
  );
  console.log(`${r.hospitals} hospitals audited, ${r.failing} with a failing rule, ${r.regions} region results`);
  console.log(
    `budgets: 1,000 feeds ≤ 10 s: ${r.ms <= 10_000 ? 'met' : 'MISSED'} · peak memory ≤ 500 MB: ${r.maxRssMiB * 1.048576 <= 500 ? 'met' : 'MISSED'}`,
  );
}
