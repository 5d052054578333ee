/** Process wiring for `clearclinic` (bundled to dist/cli.mjs). */
import { main, streamOutput } from './main';

// A reader that stops early (`clearclinic schedule … | head`) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
}

const code = await main(process.argv.slice(2), {
  stdout: streamOutput(process.stdout),
  stderr: streamOutput(process.stderr),
  env: process.env,
});
process.exitCode = code;
