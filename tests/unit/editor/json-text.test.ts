import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { setAt } from '../../../utils/editor/edit-path';
import { compactJson } from '../../../utils/editor/json-text';
import { feedText } from '../../../utils/editor/new-feed';

describe('compactJson', () => {
  it('writes exactly what JSON.stringify writes', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(compactJson(value)).toBe(JSON.stringify(value));
      }),
    );
  });

  it('follows JSON.stringify on what JSON cannot hold', () => {
    const value = { a: undefined, b: [undefined, () => 1, Number.NaN, -0], c: new Date(0), d: { toJSON: () => 'x' } };
    expect(compactJson(value)).toBe(JSON.stringify(value));
    expect(compactJson(undefined)).toBeUndefined();
  });

  it('writes a document again after edits that copy the path, and an edit shows', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.array(fc.dictionary(fc.string(), fc.jsonValue()), { minLength: 1 }), {
          minKeys: 1,
        }),
        fc.string(),
        fc.jsonValue(),
        (doc, field, value) => {
          compactJson(doc);
          const key = Object.keys(doc)[0]!;
          const next = setAt(doc, [key, 0, field], value);
          expect(compactJson(next)).toBe(JSON.stringify(next));
          // the document before the edit still writes as it was
          expect(compactJson(doc)).toBe(JSON.stringify(doc));
        },
      ),
    );
  });

  it('is what feedText writes, compact above the limit and pretty below', () => {
    const doc = { hospital: { name: '辽河医院' }, list: [1, 2] };
    expect(feedText(doc)).toBe(`${JSON.stringify(doc, null, 2)}\n`);
    expect(feedText(doc, 10)).toBe(`${JSON.stringify(doc)}\n`);
  });
});
