import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { describe as describeFinding } from '../../../utils/feed/messages';
import { PROBLEM_CODES, type ProblemCode, severityOf } from '../../../utils/feed/problem-codes';
import type { Feed } from '../../../utils/feed/schema';
import { validateFeed, validateFeedText } from '../../../utils/feed/validate';
import { baseFeed, feedWith } from '../../helpers/feed';

const minimal = readFileSync(new URL('../../fixtures/minimal.json', import.meta.url), 'utf8');
const codesOf = (r: ReturnType<typeof validateFeed>) => [...r.errors, ...r.warnings].map((p) => `${p.code} ${p.path}`);

test('the spec’s minimal example is valid, with the checksum warning its placeholder id earns', () => {
  const r = validateFeedText(minimal);
  expect(r.valid).toBe(true);
  expect(r.errors).toEqual([]);
  expect(codesOf(r)).toEqual(['hospital.id-checksum /hospital/id']);
  expect(r.feed?.hospital.name).toBe('示例市第一人民医院');
});

test('the base test feed is valid with no problem at all', () => {
  const r = validateFeed(baseFeed());
  expect(codesOf(r)).toEqual([]);
  expect(r.valid).toBe(true);
});

type Case = [ProblemCode, string, () => string | Uint8Array | Feed | unknown];
// These cases write deliberately wrong values, so the feed they edit is untyped.
// biome-ignore lint/suspicious/noExplicitAny: these cases write deliberately wrong values
type AnyFeed = any;
const edit = (fn: (f: AnyFeed) => void) => () => feedWith(fn);

/** One case per code: the input, and the JSON Pointer the problem must name. */
const CASES: Case[] = [
  ['json.syntax', '', () => minimal.slice(0, 200)],
  ['json.encoding', '', () => new Uint8Array([0x7b, 0x22, 0xb6, 0xf9, 0xbf, 0xc6, 0x22, 0x7d])], // {"儿科"} in GBK
  ['json.bom', '', () => `\uFEFF${JSON.stringify(baseFeed())}`],
  [
    'json.too-deep',
    `/departments/0/name${'/0'.repeat(61)}`,
    () =>
      JSON.stringify(baseFeed()).replace(
        '{"zh-CN":"小儿内科","en":"Pediatrics"}',
        `${'['.repeat(5000)}${']'.repeat(5000)}`,
      ),
  ],
  [
    'json.duplicate-key',
    '/hospital/name',
    () => JSON.stringify(baseFeed()).replace('"name":{"zh-CN":"测试医院"', '"name":"医院","name":{"zh-CN":"测试医院"'),
  ],
  ['feed.too-large', '', () => JSON.stringify({ ...baseFeed(), padding: 'x'.repeat(6 * 1024 * 1024) })],
  ['feed.unsupported-version', '/version', edit((f) => (f.version = 2))],
  ['schema.required', '/hospital/ownership', edit((f) => delete (f.hospital as Partial<Feed['hospital']>).ownership)],
  ['schema.type', '/hospital/level', edit((f) => (f.hospital.level = '3'))],
  ['schema.enum', '/hospital/ownership', edit((f) => (f.hospital.ownership = 'Public'))],
  ['schema.range', '/schedule/regular/0/slotMinutes', edit((f) => (f.schedule.regular[0]!.slotMinutes = 300))],
  ['time.format', '/schedule/regular/0/start', edit((f) => (f.schedule.regular[0]!.start = '8:00'))],
  ['time.order', '/schedule/regular/0/end', edit((f) => (f.schedule.regular[0]!.end = '07:59'))],
  ['date.format', '/schedule/regular/0/validFrom', edit((f) => (f.schedule.regular[0]!.validFrom = '2026-02-29'))],
  [
    'date.order',
    '/schedule/notices/0/entries/0/through',
    edit(
      (f) =>
        (f.schedule.notices = [
          {
            id: 'n',
            title: 'n',
            publishedAt: '2026-11-20T09:00:00+08:00',
            entries: [{ date: '2026-11-26', through: '2026-11-25', status: 'closed' }],
          },
        ]),
    ),
  ],
  [
    'date.order',
    '/schedule/regular/0/validThrough',
    edit((f) => Object.assign(f.schedule.regular[0]!, { validFrom: '2026-05-01', validThrough: '2026-04-30' })),
  ],
  ['date.range', '/schedule/regular/0/validFrom', edit((f) => (f.schedule.regular[0]!.validFrom = '0000-01-01'))],
  ['instant.format', '/updatedAt', edit((f) => (f.updatedAt = '2026-11-31T09:00:00+08:00'))],
  ['instant.offset-missing', '/updatedAt', edit((f) => (f.updatedAt = '2026-11-20T09:00:00'))],
  ['timezone.unknown', '/timeZone', edit((f) => (f.timeZone = 'Asia/Beijing'))],
  ['id.format', '/departments/0/id', edit((f) => (f.departments[0]!.id = '儿科'))],
  ['id.duplicate', '/departments/1/id', edit((f) => (f.departments[1]!.id = 'peds'))],
  [
    'ref.unknown-department',
    '/schedule/regular/0/department',
    edit((f) => (f.schedule.regular[0]!.department = 'pedz')),
  ],
  ['ref.unknown-campus', '/departments/0/campus', edit((f) => (f.departments[0]!.campus = 'north'))],
  ['url.scheme', '/hospital/website', edit((f) => (f.hospital.website = 'javascript:alert(1)'))],
  ['url.format', '/hospital/website', edit((f) => (f.hospital.website = 'www.example.cn'))],
  ['hospital.id-checksum', '/hospital/id', edit((f) => (f.hospital.id = '123502001549897398'))],
  [
    'slot.overbooked',
    '/slots/0/booked',
    edit(
      (f) =>
        (f.slots = [
          {
            department: 'peds',
            start: '2026-11-26T08:00:00+08:00',
            end: '2026-11-26T08:30:00+08:00',
            status: 'full',
            capacity: 5,
            booked: 6,
          },
        ]),
    ),
  ],
  [
    'slot.outside-hours',
    '/slots/0',
    edit(
      (f) =>
        (f.slots = [
          { department: 'peds', start: '2026-11-26T12:00:00+08:00', end: '2026-11-26T12:30:00+08:00', status: 'free' },
        ]),
    ),
  ],
  ['session.overlap', '/schedule/regular/4', edit((f) => f.schedule.regular.push({ ...f.schedule.regular[0]! }))],
  [
    'calendar.pending',
    '/schedule/notices/0/entries/0/date',
    edit(
      (f) =>
        (f.schedule.notices = [
          {
            id: 'ny',
            title: '元旦',
            publishedAt: '2026-11-20T09:00:00+08:00',
            entries: [{ date: '2027-01-01', status: 'closed' }],
          },
        ]),
    ),
  ],
  [
    'calendar.duplicate-date',
    '/holidayCalendar/1/date',
    edit(
      (f) =>
        (f.holidayCalendar = [
          { date: '2026-03-02', kind: 'off', name: 'x' },
          { date: '2026-03-02', kind: 'makeup-workday', name: 'y' },
        ]),
    ),
  ],
  [
    'notice.duplicate-entry',
    '/schedule/notices/0/entries/1',
    edit(
      (f) =>
        (f.schedule.notices = [
          {
            id: 'n',
            title: 'n',
            publishedAt: '2026-11-20T09:00:00+08:00',
            entries: [
              { date: '2026-11-26', status: 'closed' },
              { date: '2026-11-26', status: 'open', sessions: [] },
            ],
          },
        ]),
    ),
  ],
  [
    'ref.unknown-clinic-type',
    '/schedule/regular/1/clinicType',
    edit((f) => (f.schedule.regular[1]!.clinicType = 'famous-expert')),
  ],
  [
    'ref.unknown-notice',
    '/schedule/notices/0/supersedes/0',
    edit(
      (f) =>
        (f.schedule.notices = [
          { id: 'n2', title: 'n', publishedAt: '2026-11-20T09:00:00+08:00', supersedes: ['n1'], entries: [] },
        ]),
    ),
  ],
  [
    'notice.range',
    '/schedule/notices/0/entries/0/through',
    edit(
      (f) =>
        (f.schedule.notices = [
          {
            id: 'n',
            title: 'n',
            publishedAt: '2026-11-20T09:00:00+08:00',
            entries: [{ date: '2026-11-26', through: '2027-01-28', status: 'closed' }],
          },
        ]),
    ),
  ],
  [
    'notice.clinic-type-scope',
    '/schedule/notices/0/entries/0/sessions/0/clinicType',
    edit(
      (f) =>
        (f.schedule.notices = [
          {
            id: 'n',
            title: 'n',
            publishedAt: '2026-11-20T09:00:00+08:00',
            entries: [
              {
                date: '2026-11-26',
                status: 'open',
                clinicTypes: ['expert'],
                sessions: [{ start: '08:00', end: '12:00', clinicType: 'general' }],
              },
            ],
          },
        ]),
    ),
  ],
  [
    'schedule.not-stated',
    '/schedule/makeupRoster',
    edit(
      (f) =>
        Object.assign(f, { updatedAt: '2026-09-15T09:00:00+08:00' }) &&
        Object.assign(f.schedule, { onHoliday: 'closed' }),
    ),
  ],
  [
    'guide.materials-empty',
    '/guide/items/0/materials',
    edit(
      (f) =>
        (f.guide = {
          title: '指南',
          url: 'https://example.cn/guide',
          publishedAt: '2026-01-01T00:00:00+08:00',
          items: [{ id: 'a', name: '挂号', materials: [], steps: ['到窗口'] }],
        }),
    ),
  ],
  [
    'text.control-character',
    '/departments/0/name/zh-CN',
    edit((f) => (f.departments[0]!.name = { 'zh-CN': '小儿\u0007内科' })),
  ],
  [
    'feed.too-many-problems',
    '',
    edit(
      (f) =>
        (f.schedule.regular = Array.from({ length: 1200 }, () => ({
          department: 'nope',
          days: ['mon'],
          start: '08:00',
          end: '09:00',
        }))),
    ),
  ],
];

describe('every problem code', () => {
  test.each(CASES)('%s at %s', (code, path, make) => {
    const input = make();
    const r = typeof input === 'string' || input instanceof Uint8Array ? validateFeedText(input) : validateFeed(input);
    const found = [...r.errors, ...r.warnings].find((p) => p.code === code);
    expect(found, codesOf(r).join('\n')).toBeDefined();
    expect(found!.path).toBe(path);
    expect(found!.severity).toBe(severityOf(code));
    if (found!.severity === 'error') {
      expect(r.valid).toBe(false);
      expect(r.feed).toBeUndefined();
    }
    // Messages and hints exist in both languages and say different things.
    const en = describeFinding(found!, 'en');
    expect(found!.message.length).toBeGreaterThan(5);
    expect(en.message.length).toBeGreaterThan(5);
    expect(en.message).not.toBe(found!.message);
    expect(en.hint).not.toBe(found!.hint);
    expect(found!.message).not.toMatch(/undefined|\[object/);
    expect(en.message).not.toMatch(/undefined|\[object/);
  });

  test('the cases above cover every code the reader knows', () => {
    expect(new Set(CASES.map((c) => c[0]))).toEqual(new Set(PROBLEM_CODES));
  });

  test('the codes the spec requires exist', () => {
    const required = [
      'json.syntax',
      'feed.too-large',
      'feed.unsupported-version',
      'schema.required',
      'schema.type',
      'schema.enum',
      'time.format',
      'time.order',
      'date.format',
      'instant.offset-missing',
      'ref.unknown-department',
      'ref.unknown-campus',
      'id.duplicate',
      'url.scheme',
      'hospital.id-checksum',
      'slot.overbooked',
      'slot.outside-hours',
      'calendar.pending',
    ];
    for (const code of required) expect(PROBLEM_CODES).toContain(code);
    for (const code of ['hospital.id-checksum', 'slot.overbooked', 'slot.outside-hours', 'calendar.pending']) {
      expect(severityOf(code as ProblemCode)).toBe('warning');
    }
  });
});

describe('reporting', () => {
  test('every problem is reported, not only the first, each at its own path', () => {
    const r = validateFeed(
      feedWith((f) => {
        f.schedule.regular[0]!.end = '07:00';
        f.schedule.regular[1]!.department = 'nope';
        f.departments[1]!.name = 42 as never;
        f.hospital.website = 'data:text/html,hi';
        f.slots = [
          {
            department: 'peds',
            start: '2026-11-26T08:00:00',
            end: '2026-11-26T08:30:00+08:00',
            status: 'open' as never,
          },
        ];
      }),
    );
    expect(codesOf(r)).toEqual([
      'schema.type /departments/1/name',
      'url.scheme /hospital/website',
      'time.order /schedule/regular/0/end',
      'ref.unknown-department /schedule/regular/1/department',
      'instant.offset-missing /slots/0/start',
      'schema.enum /slots/0/status',
    ]);
  });

  test('problems come in document order', () => {
    const r = validateFeed(
      feedWith((f) => {
        f.schedule.regular[2]!.start = 'x';
        f.schedule.regular[0]!.start = 'y';
        f.departments[0]!.name = 5 as never;
      }),
    );
    expect(r.errors.map((e) => e.path)).toEqual([
      '/departments/0/name',
      '/schedule/regular/0/start',
      '/schedule/regular/2/start',
    ]);
  });

  test('messages are in the requested language', () => {
    const feed = feedWith((f) => (f.schedule.regular[0]!.end = '07:00'));
    expect(validateFeed(feed).errors[0]!.message).toBe('结束时间 07:00 不晚于开始时间 08:00');
    expect(validateFeed(feed, { lang: 'en' }).errors[0]!.message).toBe('End 07:00 is not after start 08:00');
  });

  test('JSON Pointer tokens are escaped', () => {
    const r = validateFeed(feedWith((f) => (f.departments[0]!.name = { 'zh/CN~x': 'a\u0001' })));
    expect(r.warnings.map((w) => w.path)).toEqual(['/departments/0/name/zh~1CN~0x']);
  });

  test('a union reports the problem inside the alternative the value was meant as', () => {
    const r = validateFeed(
      feedWith(
        (f) =>
          (f.schedule.notices = [
            {
              id: 'n',
              title: 't',
              publishedAt: '2026-11-20T09:00:00+08:00',
              entries: [{ date: '2026-11-26', status: 'closed', departments: ['peds', 'Bad Id'] }],
            },
          ]),
      ),
    );
    expect(codesOf(r)).toEqual(['id.format /schedule/notices/0/entries/0/departments/1']);
  });

  test('an open entry may leave out its sessions (times not published); a roster entry needs rosterOf', () => {
    const r = validateFeed(
      feedWith(
        (f) =>
          (f.schedule.notices = [
            {
              id: 'n',
              title: 't',
              publishedAt: '2026-11-20T09:00:00+08:00',
              entries: [
                { date: '2026-11-26', status: 'open' },
                { date: '2026-11-27', status: 'roster' },
              ],
            },
          ]),
      ),
    );
    expect(codesOf(r)).toEqual(['schema.required /schedule/notices/0/entries/1/rosterOf']);
  });

  test('a slot inside hours that were not published is outside every session proper', () => {
    const r = validateFeed(
      feedWith((f) => {
        f.schedule.notices = [
          {
            id: 'n',
            title: 'n',
            publishedAt: '2026-11-20T09:00:00+08:00',
            entries: [{ date: '2026-11-28', status: 'open', part: 'am', departments: ['peds'] }],
          },
        ];
        f.slots = [
          { department: 'peds', start: '2026-11-28T09:00:00+08:00', end: '2026-11-28T09:30:00+08:00', status: 'free' },
        ];
      }),
    );
    expect(codesOf(r)).toContain('slot.outside-hours /slots/0');
  });

  test('a missing required field is schema.required at its own path, whatever shapes it may take', () => {
    const r = validateFeed(feedWith((f) => delete (f.hospital as Partial<Feed['hospital']>).name));
    expect(codesOf(r)).toEqual(['schema.required /hospital/name']);
    expect(r.errors[0]!.message).not.toMatch(/undefined/);
    const noDepartment = validateFeed(
      feedWith((f) => delete (f.schedule.regular[0] as Partial<Feed['schedule']['regular'][0]>).department),
    );
    expect(codesOf(noDepartment)).toEqual(['schema.required /schedule/regular/0/department']);
  });

  test('a fee whose `free` is neither true nor false is named at /fee/free, once (found by the fuzz suite)', () => {
    const sample = () =>
      JSON.parse(readFileSync(new URL('../../../public/samples/liaohe-tcm.json', import.meta.url), 'utf8')) as AnyFeed;
    const wrong = sample();
    wrong.guide.items[2].fee = { free: 0 };
    expect(codesOf(validateFeed(wrong))).toEqual(['schema.enum /guide/items/2/fee/free']);
    const missing = sample();
    missing.guide.items[2].fee = {};
    expect(codesOf(validateFeed(missing))).toEqual(['schema.required /guide/items/2/fee/free']);
  });

  test("the hospital's own clinic types: referenced by id, counted by their category in a notice's scope", () => {
    const ok = validateFeed(
      feedWith((f) => {
        f.schedule.clinicTypes = [{ id: 'famous-expert', name: '著名专家门诊', category: 'expert' }];
        f.schedule.regular[1]!.clinicType = 'famous-expert';
        f.schedule.notices = [
          {
            id: 'n',
            title: 'n',
            publishedAt: '2026-11-20T09:00:00+08:00',
            entries: [
              {
                date: '2026-11-26',
                status: 'open',
                clinicTypes: ['expert'],
                sessions: [
                  { start: '08:00', end: '12:00', clinicType: 'famous-expert' },
                  { start: '13:00', end: '16:00' },
                ],
              },
            ],
          },
        ];
      }),
    );
    expect(codesOf(ok)).toEqual([]);
    const slot = validateFeed(
      feedWith(
        (f) =>
          (f.slots = [
            {
              department: 'peds',
              start: '2026-11-26T08:00:00+08:00',
              end: '2026-11-26T08:30:00+08:00',
              status: 'free',
              clinicType: 'famous',
            },
          ]),
      ),
    );
    expect(codesOf(slot)).toEqual(['ref.unknown-clinic-type /slots/0/clinicType']);
    const builtIn = validateFeed(
      feedWith((f) => (f.schedule.clinicTypes = [{ id: 'expert', name: '专家', category: 'expert' }])),
    );
    expect(codesOf(builtIn)).toEqual(['id.duplicate /schedule/clinicTypes/0/id']);
  });

  test('schedule.not-stated names the undecided dates and the policy field to add', () => {
    const r = validateFeed(feedWith((f) => (f.updatedAt = '2026-09-15T09:00:00+08:00')));
    const found = r.warnings.filter((w) => w.code === 'schedule.not-stated');
    expect(found.map((w) => w.path)).toEqual(['/schedule/makeupRoster', '/schedule/onHoliday']);
    expect(found[1]!.message).toContain('2026-09-25');
    expect(found[1]!.message).toContain('2026-10-07');
    expect(found[0]!.message).toContain('2026-09-20');
    expect(found[0]!.message).toContain('2026-10-10');
    expect(r.valid).toBe(true);
    // Every date is named, however many there are.
    const year = validateFeed(
      feedWith((f) => {
        f.updatedAt = '2026-01-20T09:00:00+08:00';
        f.schedule.notices = [
          {
            id: 'late',
            title: 'late',
            publishedAt: '2026-01-20T09:00:00+08:00',
            entries: [{ date: '2026-10-20', status: 'closed' }],
          },
        ];
      }),
      { lang: 'en' },
    ).warnings.find((w) => w.path === '/schedule/onHoliday');
    for (const date of ['2026-02-15', '2026-05-05', '2026-06-19', '2026-10-07']) expect(year!.message).toContain(date);
    // A notice that decides the dates leaves nothing unsaid.
    const decided = validateFeed(
      feedWith((f) => {
        f.updatedAt = '2026-09-15T09:00:00+08:00';
        f.schedule.notices = [
          {
            id: 'nd',
            title: '国庆',
            publishedAt: '2026-09-10T09:00:00+08:00',
            entries: [
              { date: '2026-09-25', through: '2026-10-07', status: 'closed' },
              { date: '2026-09-20', status: 'roster', rosterOf: 'mon' },
              { date: '2026-10-10', status: 'roster', rosterOf: 'fri' },
            ],
          },
        ];
      }),
    );
    expect(decided.warnings.filter((w) => w.code === 'schedule.not-stated')).toEqual([]);
  });

  test('unknown fields are allowed and ignored', () => {
    const r = validateFeed({
      ...baseFeed(),
      x_vendor: { anything: [1, 2] },
      hospital: { ...baseFeed().hospital, extra: true },
    });
    expect(codesOf(r)).toEqual([]);
  });
});

describe('bad input never throws and never passes for good', () => {
  test('truncated at any point, the JSON is a syntax error with a line and column', () => {
    const text = JSON.stringify(baseFeed(), null, 2);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: text.length - 1 }), (cut) => {
        const r = validateFeedText(text.slice(0, cut));
        expect(r.valid).toBe(false);
        expect(r.errors.map((e) => e.code)).toEqual(['json.syntax']);
        expect(r.errors[0]!.params.line).toBeGreaterThanOrEqual(1);
      }),
    );
  });

  test('the syntax error points at the offending character', () => {
    const r = validateFeedText('{\n  "format": "clearclinic-feed",\n  "version": 1,,\n}', { lang: 'en' });
    expect(r.errors[0]!.message).toBe('Not valid JSON: line 3, column 16: unexpected ","');
  });

  test('6 MiB is refused before parsing, whatever it holds', () => {
    const huge = `{"format":${' '.repeat(6 * 1024 * 1024)}}`;
    const r = validateFeedText(huge);
    expect(r.errors.map((e) => e.code)).toEqual(['feed.too-large']);
    expect(r.errors[0]!.message).toContain('6.0 MiB');
    // Multi-byte text counts in bytes: 2 Mi characters of Chinese are 6 MiB of UTF-8.
    expect(validateFeedText(`"${'医'.repeat(2 * 1024 * 1024)}"`).errors[0]!.code).toBe('feed.too-large');
  });

  test('a BOM is skipped with a warning and the feed still reads', () => {
    const r = validateFeedText(`\uFEFF${minimal}`);
    expect(r.valid).toBe(true);
    expect(r.warnings.map((w) => w.code)).toContain('json.bom');
  });

  test('a document that is not an object says so', () => {
    for (const doc of ['[]', '"feed"', '42', 'null']) {
      expect(codesOf(validateFeedText(doc))).toEqual(['schema.type ']);
    }
  });

  test('any JSON value at all: no throw, and never valid unless it is a feed', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const r = validateFeed(value);
        expect(r.valid).toBe(false);
        expect(r.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  test('a wrong type at any leaf of a full feed is an error at that path (or inside it)', () => {
    const sample = JSON.parse(
      readFileSync(new URL('../../../public/samples/liaohe-first.json', import.meta.url), 'utf8'),
    );
    const leaves: (string | number)[][] = [];
    const walk = (v: unknown, path: (string | number)[]) => {
      if (Array.isArray(v)) for (const [i, x] of v.entries()) walk(x, [...path, i]);
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
      else leaves.push(path);
    };
    walk(sample, []);
    // One leaf for each distinct field (array positions aside): every kind of field, quickly.
    const seen = new Set<string>();
    const distinct = leaves.filter((path) => {
      const shape = path.map((k) => (typeof k === 'number' ? '*' : k)).join('/');
      return !seen.has(shape) && seen.add(shape);
    });
    expect(distinct.length).toBeGreaterThan(100);
    for (const path of distinct) {
      const feed = structuredClone(sample);
      let parent = feed;
      for (const key of path.slice(0, -1)) parent = parent[key];
      const key = path.at(-1)!;
      const old = parent[key];
      parent[key] =
        typeof old === 'string' ? 42 : typeof old === 'number' ? String(old) : typeof old === 'boolean' ? 'yes' : 7;
      const r = validateFeed(feed);
      const pointer = `/${path.join('/')}`;
      expect(r.valid, pointer).toBe(false);
      expect(
        r.errors.some(
          (e) => e.path === pointer || e.path.startsWith(`${pointer}/`) || pointer.startsWith(`${e.path}/`),
        ),
        `${pointer}: ${codesOf(r).join(', ')}`,
      ).toBe(true);
    }
  });

  test('markup and control characters in every text field are data: kept exactly, never an error', () => {
    const evil = '<img src=x onerror=alert(1)><script>alert(2)</script>\u0007\u202e"\'&';
    const sample = JSON.parse(
      readFileSync(new URL('../../../public/samples/liaohe-first.json', import.meta.url), 'utf8'),
    );
    const TEXT_KEYS = new Set([
      'name',
      'title',
      'note',
      'doctor',
      'location',
      'place',
      'hours',
      'conditions',
      'serviceObject',
      'responsibleDept',
      'q',
      'a',
      'text',
      'address',
      'phone',
      'consultPhone',
      'window',
      'value',
      'version',
    ]);
    const LIST_KEYS = new Set(['steps', 'basis', 'prohibited', 'waivable']);
    let replaced = 0;
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) {
        for (const item of v) walk(item);
        return;
      }
      if (!v || typeof v !== 'object') return;
      const o = v as Record<string, unknown>;
      for (const [k, x] of Object.entries(o)) {
        if (
          TEXT_KEYS.has(k) &&
          (typeof x === 'string' ||
            (x && typeof x === 'object' && !Array.isArray(x) && Object.values(x).every((y) => typeof y === 'string')))
        ) {
          o[k] = typeof x === 'string' ? evil : Object.fromEntries(Object.keys(x as object).map((l) => [l, evil]));
          replaced++;
        } else if (LIST_KEYS.has(k) && Array.isArray(x)) {
          o[k] = x.map(() => evil);
          replaced++;
        } else walk(x);
      }
    };
    walk(sample);
    expect(replaced).toBeGreaterThan(100);
    const r = validateFeedText(JSON.stringify(sample));
    expect(r.errors).toEqual([]);
    expect(r.warnings.filter((w) => w.code === 'text.control-character').length).toBeGreaterThan(50);
    expect(r.feed!.departments[0]!.name).toEqual(sample.departments[0].name);
    expect(r.feed!.guide!.items[0]!.steps[0]).toBe(evil);
  });
});
