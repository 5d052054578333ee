/**
 * The demo hospital website: the pages of pages.ts, the sample feeds where a hospital
 * publishes them (/.well-known/clearclinic.json, with ETag and 304), the built widget at
 * /clearclinic/ and the webmaster tools at /tools/. `npm start` runs it; browser tests too.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SAMPLES } from '../samples';
import type { DayNumber } from '../utils/date/civil';
import { checkFeedText } from '../utils/feed/check';
import { feedJsonSchema } from '../utils/feed/schema';
import { textIn } from '../utils/i18n/local-text';
import { parseAttributes } from '../widget/attributes';
import { prerenderWidget } from '../widget/prerender';
import { hoursTable } from './hours-table';
import { PAGES, type PageContext, renderPage } from './pages';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface DemoServer {
  url: string;
  /** Feed bodies by path; tests replace one to publish a broken update. */
  feeds: Map<string, string>;
  /** Paths requested, in order (tests count feed requests). */
  requests: string[];
  close(): Promise<void>;
}

export interface DemoOptions {
  asOf: DayNumber;
  port?: number;
  host?: string;
}

const etagOf = (body: string) => `"${createHash('sha1').update(body).digest('base64url').slice(0, 16)}"`;

export async function startDemoServer(options: DemoOptions): Promise<DemoServer> {
  const feeds = new Map<string, string>();
  for (const { file, build } of SAMPLES) {
    // Published compact, as a production feed would be.
    const body = JSON.stringify(build(options.asOf));
    feeds.set(`/${file.replace(/\.json$/, '')}/.well-known/clearclinic.json`, body);
    if (file === 'liaohe-first.json') feeds.set('/.well-known/clearclinic.json', body);
  }
  const hospital = textIn(JSON.parse(feeds.get('/.well-known/clearclinic.json')!).hospital.name, 'zh-CN');
  const sample = checkFeedText(feeds.get('/.well-known/clearclinic.json')!).feed!;
  // Rendered as a cron job's export would be: once a minute, then served as a file. Rendering
  // per request put ~270 ms of server time into bench:widget's "from navigation start"
  // figure that a static file never pays.
  const rendered = new Map<string, string>();
  let renderedMinute = -1;
  const everyMinute = (key: string, render: (now: number) => string) => {
    const now = Date.now();
    const minute = Math.floor(now / 60_000);
    if (minute !== renderedMinute) {
      rendered.clear();
      renderedMinute = minute;
    }
    let html = rendered.get(key);
    if (html === undefined) {
      html = render(now);
      rendered.set(key, html);
    }
    return html;
  };
  const context: PageContext = {
    prerender: (raw) =>
      everyMinute(`prerender ${JSON.stringify(raw)}`, (now) =>
        prerenderWidget({
          feed: sample,
          attributes: parseAttributes(raw).attributes,
          stylesheet: '/clearclinic/widget.css',
          now,
        }),
      ),
    hoursTable: () => everyMinute('table', (now) => hoursTable(sample, now)),
  };
  const schema = JSON.stringify(feedJsonSchema(), null, 2);
  const requests: string[] = [];
  const sockets = new Set<import('node:net').Socket>();

  const file = (res: ServerResponse, dir: string, rel: string) => {
    const path = normalize(join(dir, rel));
    if (!path.startsWith(dir) || !existsSync(path) || !statSync(path).isFile()) return notFound(res);
    // Content-hashed chunks never change: cache them for good, as real hosting would.
    const immutable = /\/chunks\/[^/]+-[A-Z0-9]{8}\.js$/.test(path);
    res.writeHead(200, {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    res.end(readFileSync(path));
  };
  const notFound = (res: ServerResponse) =>
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://demo.local');
    const path = decodeURIComponent(url.pathname);
    requests.push(path);
    const feed = feeds.get(path);
    if (feed !== undefined) {
      const etag = etagOf(feed);
      if (req.headers['if-none-match'] === etag) return res.writeHead(304, { etag }).end();
      res.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        etag,
        'cache-control': 'no-cache',
        'access-control-allow-origin': '*',
        'access-control-expose-headers': 'ETag',
      });
      return res.end(feed);
    }
    const page = PAGES.find((p) => p.path === path || (p.path.endsWith('/') && `${p.path}index.html` === path));
    if (page) {
      // Rendered before the headers go: a page that fails to render is a 500, not a half page.
      const html = renderPage(page, page.lang === 'en' ? 'Liaohe First People’s Hospital (sample)' : hospital, context);
      res.writeHead(200, { 'content-type': TYPES['.html']!, ...(page.csp && { 'content-security-policy': page.csp }) });
      return res.end(html);
    }
    if (path === '/site.css') return file(res, join(ROOT, 'demo'), 'site.css');
    if (path === '/favicon.ico') return res.writeHead(204).end();
    if (path === '/schema/clearclinic-feed-v1.json') {
      res.writeHead(200, { 'content-type': 'application/schema+json; charset=utf-8' });
      return res.end(schema);
    }
    if (path.startsWith('/clearclinic/'))
      return file(res, join(ROOT, '.output/widget'), path.slice('/clearclinic/'.length));
    if (path === '/tools' || path === '/tools/') return file(res, join(ROOT, '.output/tools'), 'index.html');
    if (path.startsWith('/tools/')) return file(res, join(ROOT, '.output/tools'), path.slice('/tools/'.length));
    if (path.startsWith('/samples/')) return file(res, join(ROOT, 'public/samples'), path.slice('/samples/'.length));
    notFound(res);
  };

  const server = createServer((req, res) => {
    try {
      handle(req, res);
    } catch (e) {
      // Said in the response and on the console; never a second set of headers (that threw
      // inside this handler and stopped the whole demo site).
      console.error(`demo site: ${req.url}:`, e);
      if (res.headersSent) res.destroy();
      else res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(String(e));
    }
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    feeds,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
