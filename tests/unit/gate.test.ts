/**
 * The house's gate refuses what it exists to refuse: a list rendered without keys, a floating
 * promise and a missed hook dependency (Biome, biome.json), and WXT's or the DOM's globals in
 * code that runs in Node (the CLI and the pure logic: tsconfig.core.json) or WXT's in the
 * widget (tsconfig.widget.json). Each planted file is also shown to pass once fixed, so the
 * refusals are about the plant and not about the set-up.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const bin = (name: string) => join(ROOT, 'node_modules/.bin', name);
// Planted files live inside the repository (and git-ignored) so that biome.json and the extended
// tsconfigs apply to them as to any source file.
const DIR = join(ROOT, '.gate-test');
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

function lint(path: string, code: string) {
  const file = join(DIR, 'lint', path);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, code);
  const r = spawnSync(bin('biome'), ['lint', '--vcs-use-ignore-file=false', file], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, output: `${r.stdout}${r.stderr}` };
}

describe('lint', () => {
  test('a list rendered without keys is refused', () => {
    const planted = `export function L({ items }: { items: { id: string }[] }) {\n  return <ul>{items.map((i) => <li>{i.id}</li>)}</ul>;\n}\n`;
    const refused = lint('components/Planted.tsx', planted);
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain('useJsxKeyInIterable');
    expect(lint('components/Planted.tsx', planted.replace('<li>', '<li key={i.id}>')).code).toBe(0);
  });

  test('a floating promise is refused', () => {
    const planted = `async function save(): Promise<number> {\n  return 1;\n}\nexport function go(): void {\n  save();\n}\n`;
    const refused = lint('utils/planted.ts', planted);
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain('noFloatingPromises');
    expect(lint('utils/planted.ts', planted.replace('  save();', '  save().catch(() => undefined);')).code).toBe(0);
  });

  test('a hook that leaves out what it reads is refused', () => {
    const planted = `import { useEffect, useState } from 'preact/hooks';\n\nexport function C({ n }: { n: number }) {\n  const [v, setV] = useState(0);\n  useEffect(() => setV(n), []);\n  return <p>{v}</p>;\n}\n`;
    const refused = lint('components/Planted.tsx', planted);
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain('useExhaustiveDependencies');
    expect(lint('components/Planted.tsx', planted.replace('[]);', '[n]);')).code).toBe(0);
  });
});

describe('typecheck per target', () => {
  const dir = join(DIR, 'tsc');

  function typecheck(target: 'core' | 'widget' | 'extension', code: string) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, 'src'), { recursive: true });
    writeFileSync(join(dir, 'src/planted.ts'), code);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify(
        target === 'extension'
          ? // WXT's generated declarations come along, as in tsconfig.json itself.
            { extends: '../../tsconfig.json', include: ['src', '../../.wxt/wxt.d.ts'] }
          : { extends: `../../tsconfig.${target}.json`, include: ['src'] },
      ),
    );
    const r = spawnSync(bin('tsc'), ['--noEmit', '-p', join(dir, 'tsconfig.json')], { cwd: ROOT, encoding: 'utf8' });
    return { code: r.status, output: `${r.stdout}${r.stderr}` };
  }

  test('the CLI and the pure logic see neither the DOM nor WXT', () => {
    const r = typecheck(
      'core',
      `export const a = document.title;\nexport const b = storage.defineItem('local:x');\nexport const c = browser.runtime.id;\n`,
    );
    expect(r.code).not.toBe(0);
    for (const name of ['document', 'storage', 'browser']) expect(r.output).toContain(`'${name}'`);
    expect(typecheck('core', `import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n`).code).toBe(0);
  });

  test('the widget sees the DOM, not WXT and not Node', () => {
    const r = typecheck(
      'widget',
      `export const c = browser.runtime.id;\nexport const s = storage.defineItem('local:x');\n`,
    );
    expect(r.code).not.toBe(0);
    expect(r.output).toContain("'browser'");
    expect(typecheck('widget', `export const t = document.title;\n`).code).toBe(0);
  });

  test('the extension imports what it uses: no auto-imported globals', () => {
    const r = typecheck('extension', `export const c = browser.runtime.id;\n`);
    expect(r.code).not.toBe(0);
    expect(r.output).toContain("'browser'");
    expect(
      typecheck('extension', `import { browser } from 'wxt/browser';\nexport const c = browser.runtime.id;\n`).code,
    ).toBe(0);
  });
});

describe('commit messages', () => {
  const check = (message: string) => {
    mkdirSync(DIR, { recursive: true });
    const file = join(DIR, 'COMMIT_EDITMSG');
    writeFileSync(file, message);
    return spawnSync(process.execPath, [join(ROOT, '.githooks/commit-msg'), file], { encoding: 'utf8' });
  };
  test('the commit-msg hook refuses a subject over 72 characters and a body without a blank line', () => {
    expect(check(`${'长'.repeat(73)}\n\nwhy\n`).stderr).toContain('73 characters');
    expect(check('Subject\nbody at once\n').status).toBe(1);
    expect(check(`${'长'.repeat(72)}\n\nwhy, and the figures\n# a comment git strips\n`).status).toBe(0);
  });
});
