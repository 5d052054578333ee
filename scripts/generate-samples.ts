/**
 * Writes the sample feeds to public/samples/ (or --out DIR) for a date (--date, default the
 * fixed SAMPLE_DATE so the checked-in files only change when the generator does).
 *
 *   npm run samples                       # the checked-in samples
 *   npm run samples -- --date 2026-12-01 --out /tmp/samples
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SAMPLE_DATE, SAMPLES } from '../samples';
import { parseDate } from '../utils/date/civil';
import { validateFeed } from '../utils/feed/validate';

const { values } = parseArgs({
  options: { date: { type: 'string', default: SAMPLE_DATE }, out: { type: 'string', default: 'public/samples' } },
});
const asOf = parseDate(values.date!);
if (asOf === undefined) {
  console.error(`--date ${values.date}: not a date (YYYY-MM-DD)`);
  process.exit(2);
}
mkdirSync(values.out!, { recursive: true });
for (const { file, build } of SAMPLES) {
  const feed = build(asOf);
  const result = validateFeed(feed, { lang: 'en' });
  if (!result.valid) {
    console.error(
      `${file}: the generator made an invalid feed:\n` +
        result.errors.map((e) => `  ${e.path} ${e.code} ${e.message}`).join('\n'),
    );
    process.exit(1);
  }
  const text = `${JSON.stringify(feed, null, 1)}\n`;
  writeFileSync(join(values.out!, file), text);
  const warnings = result.warnings.map((w) => w.code);
  console.log(
    `${file}: ${feed.departments.length} departments, ${feed.slots?.length ?? 0} slots, ${(text.length / 1024).toFixed(0)} KiB` +
      (warnings.length ? `, warnings: ${[...new Set(warnings)].join(', ')}` : ''),
  );
}
