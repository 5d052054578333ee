import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

/** Runs `npm start`'s script until it prints its pages (or ends), then stops it; returns what it printed. */
function start(args: string[]): Promise<{ out: string; code: number | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/start.ts', ...args], {
      cwd: ROOT,
    });
    let out = '';
    const take = (chunk: Buffer) => {
      out += chunk;
      if (out.includes('Ctrl+C')) child.kill();
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('close', (code) => resolve({ out, code }));
  });
}

test('npm start on a busy port serves on the next free one and says so; a bad port is one clear line', async () => {
  const busy = createServer();
  await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
  const port = (busy.address() as { port: number }).port;
  try {
    const { out } = await start(['--no-build', '--port', String(port)]);
    expect(out).toContain(`Port ${port} is in use; serving on port ${port + 1} instead`);
    expect(out).toContain(`http://127.0.0.1:${port + 1}/`);
    expect(out).not.toMatch(/EADDRINUSE|\n\s+at /);
  } finally {
    busy.close();
  }
  const bad = await start(['--no-build', '--port', 'abc']);
  expect(bad.code).toBe(2);
  expect(bad.out.trim()).toBe('npm start: the port "abc" is not a port number (0–65535); set PORT or --port.');
}, 60_000);
