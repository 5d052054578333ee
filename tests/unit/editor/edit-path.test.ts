import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { getAt, insertAt, moveAt, pointer, removeAt, setAt } from '../../../utils/editor/edit-path';

describe('edits by path', () => {
  const doc = {
    format: 'clearclinic-feed',
    hospital: { id: 'x', futureField: { a: 1 } },
    departments: [{ id: 'a' }, { id: 'b' }],
  };

  test('setAt changes one place, shares the rest, and keeps every field it does not touch', () => {
    const next = setAt(doc, ['hospital', 'id'], 'y');
    expect(next.hospital.id).toBe('y');
    expect(next.hospital.futureField).toBe(doc.hospital.futureField);
    expect(next.departments).toBe(doc.departments);
    expect(doc.hospital.id).toBe('x');
    expect(Object.keys(next)).toEqual(Object.keys(doc));
  });

  test('undefined removes a key; missing containers are made (an array before a number)', () => {
    expect(setAt(doc, ['hospital', 'id'], undefined).hospital).toEqual({ futureField: { a: 1 } });
    expect(setAt({}, ['guide', 'items', 0, 'name'], '挂号')).toEqual({ guide: { items: [{ name: '挂号' }] } });
  });

  test('insert, remove and move in a list', () => {
    expect(insertAt(doc, ['departments'], { id: 'c' }).departments.map((d: { id: string }) => d.id)).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(insertAt(doc, ['departments'], { id: 'c' }, 0).departments[0]).toEqual({ id: 'c' });
    expect(removeAt(doc, ['departments'], 0).departments).toEqual([{ id: 'b' }]);
    expect(removeAt(doc, ['departments'], 9)).toBe(doc);
    expect(moveAt(doc, ['departments'], 0, 1).departments).toEqual([{ id: 'b' }, { id: 'a' }]);
    expect(moveAt(doc, ['departments'], 1, 1)).toBe(doc);
  });

  test('JSON Pointers as the checker writes them (~ and / escaped)', () => {
    expect(pointer(['schedule', 'regular', 3, 'end'])).toBe('/schedule/regular/3/end');
    expect(pointer(['a/b', 'c~d'])).toBe('/a~1b/c~0d');
    expect(pointer([])).toBe('');
  });

  test('property: setting a value then reading it gives it back, and every other top-level key is the same object', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ minLength: 1, maxLength: 4 }), fc.jsonValue()),
        fc.array(fc.oneof(fc.string({ minLength: 1, maxLength: 4 }), fc.nat(3)), { minLength: 1, maxLength: 4 }),
        fc.jsonValue(),
        (start, path, value) => {
          const path0 = [String(path[0]), ...path.slice(1)];
          const next = setAt(start, path0, value) as Record<string, unknown>;
          expect(getAt(next, path0)).toEqual(value);
          for (const k of Object.keys(start)) if (k !== path0[0]) expect(next[k]).toBe(start[k]);
        },
      ),
    );
  });
});
