#!/usr/bin/env node
// The `clearclinic` command. Its code is bundled to dist/cli.mjs by `npm install` (prepare)
// and `npm run build:cli`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist/cli.mjs', import.meta.url);
if (!existsSync(fileURLToPath(bundle))) {
  const en = /^en/i.test(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '');
  process.stderr.write(
    en
      ? 'clearclinic: the command is not built yet: run `npm install` (or `npm run build:cli`) in the ClearClinic folder\n'
      : 'clearclinic：命令尚未构建：请在 ClearClinic 目录中运行 `npm install`（或 `npm run build:cli`）\n',
  );
  process.exit(2);
}
await import(bundle.href);
