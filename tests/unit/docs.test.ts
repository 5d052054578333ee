/** The project documents itself: README and docs/ describe every checker code and link only inside the repository. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { PROBLEM_CODES } from '../../utils/feed/problem-codes';

const ROOT = join(import.meta.dirname, '../..');
const docs = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

test('docs/feed-format.md names every code the checker reports', () => {
  const text = readFileSync(join(ROOT, 'docs/feed-format.md'), 'utf8');
  for (const code of PROBLEM_CODES) expect(text, code).toContain(`\`${code}\``);
});

test.each(docs)('%s links only inside the repository', (file) => {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const targets = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
  for (const target of targets) {
    expect(target, target).not.toMatch(/^[a-z]+:/i);
    expect(target, target).not.toMatch(/^\.\.\/\.\.|^\.\.\/shared|^\/\//);
  }
  expect(text).not.toContain('../shared');
});

test('docs/architecture.md names only paths that exist', () => {
  const text = readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8');
  const tops = new Set(readdirSync(ROOT));
  const paths = [...text.matchAll(/`([a-z][\w.-]*\/[\w./-]*)`/g)]
    .map((m) => m[1]!)
    .filter((p) => tops.has(p.split('/')[0]!));
  expect(paths.length).toBeGreaterThan(10);
  for (const path of paths) expect(existsSync(join(ROOT, path)), path).toBe(true);
});
