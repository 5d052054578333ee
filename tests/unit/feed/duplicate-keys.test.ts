/**
 * A key named twice in one object: JSON.parse keeps the last value and says nothing, so a
 * feed edited by hand ("name" pasted twice, the first one meant) passed as it was read.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { duplicateKeys } from '../../../utils/feed/json-scan';
import { pointerToken } from '../../../utils/feed/problem-codes';
import { validateFeed, validateFeedText } from '../../../utils/feed/validate';
import { baseFeed } from '../../helpers/feed';

const found = (text: string) => duplicateKeys(text).found.map((d) => `${d.path} ${d.key}`);

describe('duplicateKeys', () => {
  test('names each repeat by the pointer of the member JSON.parse kept, at any depth', () => {
    expect(found('{"a":1,"b":{"c":[{"d":1,"d":2}],"c":3},"a":4}')).toEqual(['/b/c/0/d d', '/b/c c', '/a a']);
  });

  test('the same key in sibling objects, or a key spelled in a string value, is no repeat', () => {
    expect(found('[{"a":1},{"a":2},{"x":{"a":1},"a":"\\"a\\":{,}[]"}]')).toEqual([]);
    expect(found('{"a":"}","b":"{\\"a\\":1,\\"a\\":2}"}')).toEqual([]);
  });

  test('keys are compared as JSON.parse reads them: escapes decoded, hashes never trusted alone', () => {
    expect(found('{"a":1,"\\u0061":2}')).toEqual(['/a a']);
    expect(found('{"a\\"b":1,"a\\u0022b":2,"a\\\\":3,"a\\\\":4}')).toEqual(['/a"b a"b', '/a\\ a\\']);
    // "Aa" and "BB" share the 31-polynomial hash.
    expect(found('{"Aa":1,"BB":2}')).toEqual([]);
    expect(found('{"":1,"":2,"__proto__":1,"__proto__":2}')).toEqual(['/ ', '/__proto__ __proto__']);
  });

  test('pointer tokens are escaped; whitespace anywhere is fine', () => {
    expect(found('{ "x/y" : { "~" : 1 ,\n\t"~" : 2 } , "x/y" : 0 }')).toEqual(['/x~1y/~0 ~', '/x~1y x/y']);
  });

  test('an object with very many keys is checked through a set, still exactly', () => {
    const keys = Array.from({ length: 500 }, (_, i) => `"k${i}":${i}`);
    expect(found(`{${keys.join(',')},"k7":0,"k499":0,"k500":0}`)).toEqual(['/k7 k7', '/k499 k499']);
  });

  test('a flood is counted past `max`, not listed', () => {
    const flood = `{${Array.from({ length: 5000 }, () => '"a":1').join(',')}}`;
    const r = duplicateKeys(flood, 10);
    expect(r.found).toHaveLength(10);
    expect(r.more).toBe(4989);
  });

  // Any JSON with keys drawn from a few (so they repeat), some escaped: the scan finds exactly
  // the repeats a plain walk of the members finds, in the same order.
  type Node = { list: Node[] } | { entries: [string, Node][] } | { leaf: string | number | null };
  const { node } = fc.letrec<{ node: Node }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.oneof(fc.string(), fc.integer(), fc.constant(null)).map((leaf) => ({ leaf })),
      fc.array(tie('node'), { maxLength: 4 }).map((list) => ({ list })),
      fc
        .array(fc.tuple(fc.constantFrom('a', 'b', 'Aa', 'BB', 'x/y', '~', '"', '\\', 'é', ''), tie('node')), {
          maxLength: 5,
        })
        .map((entries) => ({ entries })),
    ),
  }));
  const write = (n: Node, escapeKeys: boolean, gap: string): string => {
    if ('leaf' in n) return JSON.stringify(n.leaf);
    if ('list' in n) return `[${gap}${n.list.map((x) => write(x, escapeKeys, gap)).join(`,${gap}`)}]`;
    const key = (k: string) =>
      escapeKeys
        ? `"${[...k].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}"`
        : JSON.stringify(k);
    return `{${gap}${n.entries.map(([k, v]) => `${key(k)}${gap}:${gap}${write(v, escapeKeys, gap)}`).join(`,${gap}`)}}`;
  };
  const expected = (n: Node, path: string, out: string[]) => {
    if ('list' in n) for (const [i, x] of n.list.entries()) expected(x, `${path}/${i}`, out);
    if (!('entries' in n)) return out;
    const seen = new Set<string>();
    for (const [k, v] of n.entries) {
      const here = `${path}/${pointerToken(k)}`;
      if (seen.has(k)) out.push(`${here} ${k}`);
      seen.add(k);
      expected(v, here, out);
    }
    return out;
  };

  test('agrees with a walk of the members on any JSON, escaped or spaced', () => {
    fc.assert(
      fc.property(node, fc.boolean(), fc.constantFrom('', ' ', '\n  '), (tree, escapeKeys, gap) => {
        const text = write(tree, escapeKeys, gap);
        JSON.parse(text); // the scan's premise
        expect(found(text)).toEqual(expected(tree, '', []));
      }),
      { numRuns: process.env.CI ? 200 : 1000 },
    );
  });
});

describe('json.duplicate-key in the checker', () => {
  const text = JSON.stringify(baseFeed()).replace('"ownership":"public"', '"ownership":"private","ownership":"public"');

  test('a warning at the member JSON.parse kept; the feed stays valid, read as JSON.parse reads it', () => {
    const r = validateFeedText(text, { lang: 'en' });
    expect(r.valid).toBe(true);
    expect(r.warnings.map((w) => `${w.code} ${w.path} ${w.message}`)).toEqual([
      'json.duplicate-key /hospital/ownership Key "ownership" appears more than once in this object; only the last value counts',
    ]);
    expect(r.feed!.hospital.ownership).toBe('public');
  });

  test('a parsed value has no text to scan; the first render (no warnings) does not scan', () => {
    expect(validateFeed(JSON.parse(text)).warnings).toEqual([]);
  });

  test('a flood of repeats is counted, and never pushes the errors out of the list', () => {
    const flood = JSON.stringify({ ...baseFeed(), version: 'one', x: {} }).replace(
      '"x":{}',
      `"x":{${Array.from({ length: 3000 }, () => '"k":1').join(',')}}`,
    );
    const r = validateFeedText(flood);
    expect(r.valid).toBe(false);
    expect(r.errors.map((e) => `${e.code} ${e.path}`)).toEqual(['schema.type /version']);
    expect(r.warnings.filter((w) => w.code === 'json.duplicate-key')).toHaveLength(999);
    expect(r.warnings.at(-1)!.code).toBe('feed.too-many-problems');
    expect(r.warnings.at(-1)!.params.count).toBe(2999 + 1 - 1000);
  });
});
