/** A local HTTP server for tests: serves feeds and the failures real servers produce. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Route {
  status?: number;
  body?: string | Buffer;
  type?: string;
  /** Never answer (the client must time out). */
  hang?: boolean;
  headers?: Record<string, string>;
}

export async function startServer(
  routes: Record<string, Route>,
): Promise<{ url: (path: string) => string; close: () => Promise<void>; hits: string[] }> {
  const hits: string[] = [];
  const open = new Set<import('node:net').Socket>();
  const server: Server = createServer((req, res) => {
    hits.push(req.url ?? '');
    const route = routes[req.url ?? ''];
    if (!route) return res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    if (route.hang) return; // keep the socket open and say nothing
    res.writeHead(route.status ?? 200, { 'content-type': route.type ?? 'application/json', ...route.headers });
    res.end(route.body ?? '');
  });
  server.on('connection', (s) => {
    open.add(s);
    s.on('close', () => open.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of open) s.destroy();
        server.close(() => resolve());
      }),
  };
}
