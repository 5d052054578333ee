import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { STYLES } from '../../../widget/styles';

const viewCss = (file: string) =>
  readFileSync(new URL(`../../../components/${file}`, import.meta.url), 'utf8')
    .split(/const \w+_CSS = `/)[1]!
    .split('`;')[0]!;

test.each([
  ['core', STYLES],
  ['slots', viewCss('SlotsView.tsx')],
  ['waits', viewCss('WaitsView.tsx')],
  ['guide', viewCss('GuideView.tsx')],
])('the %s stylesheet is well-formed: balanced braces, every declaration inside a rule', (_name, css) => {
  let depth = 0;
  for (const [i, line] of css.split('\n').entries()) {
    if (depth === 0 && line.trim() !== '')
      expect(line, `line ${i + 1} starts outside any rule`).toMatch(/^(@media|:host|\.cc|\*)/);
    for (const c of line) {
      if (c === '{') depth++;
      if (c === '}') depth--;
      expect(depth, `line ${i + 1}`).toBeGreaterThanOrEqual(0);
    }
  }
  expect(depth).toBe(0);
});
