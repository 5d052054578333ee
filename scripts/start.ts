/**
 * `npm start`: serves ClearClinic on built-in sample data, on localhost. Each sample
 * hospital publishes its feed as a real site would, at /.well-known/clearclinic.json, with
 * samples generated for today so the demo never goes stale.
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { todayIn } from '../utils/date/zone';
import { parseDate } from '../utils/date/civil';
import { feedJsonSchema } from '../utils/feed/schema';
import { SAMPLES } from '../samples';

const { values } = parseArgs({ options: { port: { type: 'string', default: process.env.PORT ?? '5173' }, host: { type: 'string', default: '127.0.0.1' } } });
const today = todayIn('Asia/Shanghai');
const feeds = new Map(SAMPLES.map(({ file, build }) => [file.replace(/\.json$/, ''), JSON.stringify(build(parseDate(today)!), null, 1)]));
const schema = JSON.stringify(feedJsonSchema(), null, 2);
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const [, site, ...rest] = url.pathname.split('/');
  if (site && feeds.has(site) && rest.join('/') === '.well-known/clearclinic.json') {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'access-control-allow-origin': '*' });
    return res.end(feeds.get(site));
  }
  if (url.pathname === '/schema/clearclinic-feed-v1.json') {
    res.writeHead(200, { 'content-type': 'application/schema+json; charset=utf-8' });
    return res.end(schema);
  }
  if (url.pathname === '/') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    const links = [...feeds.keys()].map((s) => `<li><a href="/${s}/.well-known/clearclinic.json">/${s}/.well-known/clearclinic.json</a></li>`).join('');
    return res.end(`<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>明白就医 ClearClinic ${pkg.version}</title><h1>明白就医 ClearClinic</h1><p>示例医院数据（${today} 生成）：</p><ul>${links}</ul><p><a href="/schema/clearclinic-feed-v1.json">JSON Schema</a></p></html>`);
  }
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
});

server.listen(Number(values.port), values.host, () => {
  const base = `http://${values.host}:${values.port}`;
  console.log(`ClearClinic ${pkg.version} · sample data generated for ${today} (Asia/Shanghai)\n`);
  for (const site of feeds.keys()) console.log(`  ${base}/${site}/.well-known/clearclinic.json`);
  console.log(`  ${base}/schema/clearclinic-feed-v1.json\n`);
  console.log(`Try:  npx clearclinic schedule ${base}/liaohe-first/.well-known/clearclinic.json --from ${today} --to ${today} --days`);
});
