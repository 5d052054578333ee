/** Running the CLI in tests: in-process through main(), or as the real command. */
import { execFileSync, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { main } from '../../cli/main';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = `${ROOT}bin/clearclinic.mjs`;

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** main() with captured output; env defaults to no locale (zh-CN). */
export async function cli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: {
      write: (t) => {
        stdout += t;
      },
    },
    stderr: {
      write: (t) => {
        stderr += t;
      },
    },
    env,
  });
  return { code, stdout, stderr };
}

/** Builds dist/cli.mjs, as `npm install` and `npm test` do. */
export function buildCli() {
  execFileSync(process.execPath, [`${ROOT}scripts/build-cli.mjs`], { stdio: 'inherit' });
}

/** The installed command in a child process; `input: 'open'` leaves its standard input open and silent. */
export function spawnCli(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; input?: string | Buffer | 'open' } = {},
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { PATH: process.env.PATH, ...options.env },
      cwd: ROOT,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      child.stdin.destroy();
      resolve({ code: code ?? -1, stdout, stderr });
    });
    child.stdin.on('error', () => {});
    if (options.input !== 'open') child.stdin.end(options.input ?? '');
  });
}
