/**
 * `npm start`: builds the widget and the webmaster tools, then serves the demo hospital
 * website on localhost with sample data generated for today (so it never goes stale).
 */
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { PAGES } from '../demo/pages';
import { startDemoServer } from '../demo/server';
import { parseDate } from '../utils/date/civil';
import { todayIn } from '../utils/date/zone';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '5173' },
    host: { type: 'string', default: '127.0.0.1' },
    'no-build': { type: 'boolean' },
  },
});
if (!values['no-build']) {
  for (const script of ['scripts/build-widget.mjs', 'scripts/build-tools.mjs'])
    execFileSync(process.execPath, [script], { stdio: 'inherit' });
}
const today = todayIn('Asia/Shanghai');
const server = await startDemoServer({ asOf: parseDate(today)!, port: Number(values.port), host: values.host });
console.log(`\n明白就医 ClearClinic demo · sample data for ${today} (Asia/Shanghai)\n`);
for (const page of PAGES.filter(
  (p) => !['/hostile.html', '/bench.html', '/bench-small.html', '/about.html'].includes(p.path),
))
  console.log(`  ${server.url}${page.path.padEnd(18)} ${page.title}`);
console.log(`  ${server.url}/tools/            webmaster tools (站长工具)`);
console.log(`  ${server.url}/.well-known/clearclinic.json   the hospital's feed\n`);
console.log('Ctrl+C to stop.');
