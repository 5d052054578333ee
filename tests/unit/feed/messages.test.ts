/**
 * What the messages say about values they cannot show as written: 1e400 parses to Infinity,
 * which read "取值 null 不在允许范围内" or "应为数字，实际为数字"; and a value of any length
 * was echoed whole in its message.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { echo, MAX_ECHO } from '../../../utils/feed/problem-codes';
import { validateFeedText } from '../../../utils/feed/validate';
import { baseFeed } from '../../helpers/feed';

// biome-ignore lint/suspicious/noExplicitAny: the cases write deliberately wrong values
type AnyFeed = any;
/** The base feed with `edit` applied, as text where every "NUM" string becomes `literal`. */
const withNumber = (literal: string, edit: (f: AnyFeed) => void) => {
  const feed: AnyFeed = baseFeed();
  edit(feed);
  return JSON.stringify(feed).replaceAll('"NUM"', literal);
};

describe('a number too large to represent (1e400 reads as Infinity)', () => {
  test.each<[string, (f: AnyFeed) => void]>([
    ['/hospital/level', (f) => (f.hospital.level = 'NUM')],
    ['/version', (f) => (f.version = 'NUM')],
    ['/schedule/regular/0/slotMinutes', (f) => (f.schedule.regular[0].slotMinutes = 'NUM')],
    ['/schedule/regular/0/capacityPerSlot', (f) => (f.schedule.regular[0].capacityPerSlot = 'NUM')],
    [
      '/waitTimes/0/meanMinutes',
      (f) =>
        (f.waitTimes = [
          { department: '*', periodStart: '2026-01-01', periodEnd: '2026-01-31', meanMinutes: 'NUM', sampleSize: 5 },
        ]),
    ],
    [
      '/slots/0/booked',
      (f) =>
        (f.slots = [
          {
            department: 'peds',
            start: '2026-11-26T08:00:00+08:00',
            end: '2026-11-26T08:30:00+08:00',
            status: 'free',
            capacity: 3,
            booked: 'NUM',
          },
        ]),
    ],
  ])('at %s: out of range, in so many words', (path, edit) => {
    for (const literal of ['1e400', '-1e400']) {
      const r = validateFeedText(withNumber(literal, edit));
      expect(r.errors.map((e) => `${e.code} ${e.path} ${e.message}`)).toEqual([
        `schema.range ${path} 数值的绝对值太大，超出可表示的范围`,
      ]);
      // Nor a slot "booked Infinity" over its capacity.
      expect(r.warnings.map((w) => w.code)).not.toContain('slot.overbooked');
      const en = validateFeedText(withNumber(literal, edit), { lang: 'en' }).errors[0]!;
      expect(en.message).toBe('The number is out of range: too large to be represented');
      expect(en.hint).toContain('1e400');
    }
  });

  test('where text is expected, a number is still the wrong type', () => {
    const r = validateFeedText(
      withNumber('1e400', (f) => (f.hospital.name = 'NUM')),
      { lang: 'en' },
    );
    expect(r.errors.map((e) => `${e.code} ${e.path}`)).toEqual(['schema.type /hospital/name']);
    expect(r.errors[0]!.message).toMatch(/got a number$/);
  });

  test('a value the messages show is never "null" for such a number', () => {
    const r = validateFeedText(withNumber('1e400', (f) => (f.hospital.ownership = 'NUM')));
    expect(r.errors[0]!.message).not.toContain('null');
  });
});

describe('values echoed in messages are cut at 200 characters', () => {
  test('echo: at most 200, ending in …, never half a surrogate pair', () => {
    expect(echo('x'.repeat(200))).toBe('x'.repeat(200));
    expect(echo('x'.repeat(201))).toBe(`${'x'.repeat(199)}…`);
    const emoji = `${'x'.repeat(198)}😀😀`;
    expect(echo(emoji)).toBe(`${'x'.repeat(198)}…`);
    expect([...echo(`${'医'.repeat(500)}`)]).toHaveLength(MAX_ECHO);
  });

  test('300,000 characters in ids, times and links of the sample: every message stays short and whole', () => {
    const long = `Asia/${'Ab'.repeat(150_000)}`;
    const sample = JSON.parse(
      readFileSync(new URL('../../../public/samples/liaohe-tcm.json', import.meta.url), 'utf8'),
    );
    sample.timeZone = long;
    sample.hospital.id = long;
    sample.departments[1].id = sample.departments[0].id = long;
    sample.schedule.regular[0].start = long;
    sample.schedule.regular[1].clinicType = long;
    sample.hospital.website = `javascript:${long}`;
    const r = validateFeedText(JSON.stringify(sample), { lang: 'en' });
    const problems = [...r.errors, ...r.warnings];
    expect(new Set(problems.map((p) => p.code))).toEqual(
      new Set([
        'timezone.unknown',
        'hospital.id-checksum',
        'id.format',
        'id.duplicate',
        'time.format',
        'url.scheme',
        'ref.unknown-department',
      ]),
    );
    for (const p of problems) {
      expect(p.message.length, `${p.code} ${p.path}`).toBeLessThan(600);
      for (const value of Object.values(p.params))
        if (typeof value === 'string') expect(value.length).toBeLessThanOrEqual(MAX_ECHO);
    }
    const zone = problems.find((p) => p.code === 'timezone.unknown')!;
    expect(zone.message).toBe(`Unknown time zone ${long.slice(0, 199)}…`);
  });
});
