/**
 * `npm start`: builds the widget and the webmaster tools, then serves the demo hospital
 * website on localhost with sample data generated for today (so it never goes stale).
 */
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { PAGES } from '../demo/pages';
import { type DemoServer, startDemoServer } from '../demo/server';
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
const wanted = Number(values.port);
if (!Number.isInteger(wanted) || wanted < 0 || wanted > 65535) {
  console.error(`npm start: the port "${values.port}" is not a port number (0–65535); set PORT or --port.`);
  process.exit(2);
}
const today = todayIn('Asia/Shanghai');
/** The demo on the wanted port, else the next free one of the following 20 (5173 is also Vite's default). */
async function serve(): Promise<DemoServer> {
  for (let port = wanted; ; port++) {
    try {
      const server = await startDemoServer({ asOf: parseDate(today)!, port, host: values.host });
      if (port !== wanted)
        console.log(`\nPort ${wanted} is in use; serving on port ${port} instead (PORT=… chooses one).`);
      return server;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE' && wanted !== 0 && port < wanted + 20 && port < 65535) continue;
      console.error(
        code === 'EADDRINUSE'
          ? `npm start: ports ${wanted}–${port} are all in use; set PORT to a free one.`
          : `npm start: cannot listen on ${values.host}:${port} (${code ?? String(error)}).`,
      );
      process.exit(2);
    }
  }
}
const server = await serve();
console.log(`\n明白就医 ClearClinic demo · sample data for ${today} (Asia/Shanghai)\n`);
for (const page of PAGES.filter(
  (p) => !['/hostile.html', '/bench.html', '/bench-small.html', '/about.html'].includes(p.path),
))
  console.log(`  ${server.url}${page.path.padEnd(18)} ${page.title}`);
console.log(`  ${server.url}/tools/            webmaster tools (站长工具)`);
console.log(`  ${server.url}/.well-known/clearclinic.json   the hospital's feed\n`);
console.log('Ctrl+C to stop.');
