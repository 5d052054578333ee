import { execFileSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { ROOT } from '../helpers/cli';

test('the Firefox build passes web-ext lint with zero errors', () => {
  let out: string;
  try {
    out = execFileSync(
      process.execPath,
      [
        `${ROOT}node_modules/web-ext/bin/web-ext.js`,
        'lint',
        '-s',
        `${ROOT}.output/firefox-mv2`,
        '--output',
        'json',
        '--no-input',
      ],
      { encoding: 'utf8' },
    );
  } catch (e) {
    // web-ext exits non-zero when there are errors; its report is still on stdout.
    out = (e as { stdout: string }).stdout;
  }
  const report = JSON.parse(out) as { summary: { errors: number }; errors: { code: string; message: string }[] };
  expect(report.errors.map((e) => `${e.code}: ${e.message}`)).toEqual([]);
  expect(report.summary.errors).toBe(0);
}, 60_000);
