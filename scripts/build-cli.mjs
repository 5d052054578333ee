// Bundles the CLI (cli/bin.ts and the utils it uses) into dist/cli.mjs for fast start-up.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
await build({
  entryPoints: [new URL('../cli/bin.ts', import.meta.url).pathname],
  outfile: new URL('../dist/cli.mjs', import.meta.url).pathname,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  packages: 'bundle',
  define: { __CLEARCLINIC_VERSION__: JSON.stringify(pkg.version) },
  // CommonJS dependencies (cli-progress) require Node's built-ins: give the ESM bundle a require.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
