/** Process wiring for `clearclinic` (bundled to dist/cli.mjs). */
import { main } from './main';
import { streamOutput } from './output';

const code = await main(process.argv.slice(2), {
  stdout: streamOutput(process.stdout, 'stdout'),
  stderr: streamOutput(process.stderr, 'stderr'),
  env: process.env,
});
process.exitCode = code;
