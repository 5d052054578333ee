// `npm test`: builds the CLI, lints, typechecks each target, runs every vitest project, and ends with one plain
// summary line ("tests: N passed, N failed") that any CI can read. Exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: false }).status ?? 1;
const npx = (args) => run(process.platform === 'win32' ? 'npx.cmd' : 'npx', args);

let failed = run(process.execPath, ['scripts/build-cli.mjs']) !== 0 ? 'build:cli' : '';
// The lint and format gate (biome.json): lists without keys, floating promises, hook dependencies …
if (!failed && npx(['biome', 'check', '--error-on-warnings', '.']) !== 0) failed = 'lint';
// One typecheck per target: the CLI and the pure logic without the DOM or WXT's globals, the
// widget with the DOM and without WXT, the extension (and everything else) with both.
for (const project of ['tsconfig.core.json', 'tsconfig.cli.json', 'tsconfig.widget.json', 'tsconfig.json']) {
  if (!failed && npx(['tsc', '--noEmit', '-p', project]) !== 0) failed = `typecheck (${project})`;
}
let summary = 'tests: 0 passed, 1 failed';
if (!failed) {
  const dir = mkdtempSync(join(tmpdir(), 'clearclinic-test-'));
  const json = join(dir, 'results.json');
  const status = npx([
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${json}`,
    ...process.argv.slice(2),
  ]);
  try {
    const r = JSON.parse(readFileSync(json, 'utf8'));
    const skipped = r.numPendingTests + r.numTodoTests;
    summary = `tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`;
    if (r.numTotalTests === 0) failed = 'no tests ran';
  } catch {
    failed = 'vitest (no results)';
  }
  if (status !== 0) failed ||= 'vitest';
  rmSync(dir, { recursive: true, force: true });
}
if (failed) console.error(`npm test failed at: ${failed}`);
console.log(summary);
process.exit(failed ? 1 : 0);
