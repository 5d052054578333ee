import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { auditHospital } from '../../../utils/audit/audit-hospital';
import { BUILT_IN_PROFILES, type Profile, ProfileSchema } from '../../../utils/audit/profile';
import { buildReport } from '../../../utils/audit/report';
import { parseDate } from '../../../utils/date/civil';
import type { Feed } from '../../../utils/feed/schema';
import { baseFeed, feedWith } from '../../helpers/feed';

const AS_OF = parseDate('2026-11-20')!;
const liaoning = BUILT_IN_PROFILES['liaoning-2025']!;
const only = (profile: Profile, id: string): Profile => ({
  ...profile,
  rules: profile.rules.filter((r) => r.id === id),
});
const run = (feed: Feed, id: string, asOf = AS_OF, profile = liaoning) =>
  auditHospital(feed, only(profile, id), asOf, 'en').results[0]!;
const sample = (file: string) =>
  JSON.parse(readFileSync(new URL(`../../../public/samples/${file}`, import.meta.url), 'utf8')) as Feed;

const guide = (): NonNullable<Feed['guide']> => ({
  title: '指南',
  url: 'https://h.example/guide',
  publishedAt: '2026-03-01T09:00:00+08:00',
  items: [
    {
      id: 'a',
      name: '挂号',
      materials: [],
      noMaterials: true,
      steps: ['去窗口'],
      locations: [{ place: '一楼' }],
      hours: '8:00-17:00',
      consultPhone: '024-1',
      complaintChannels: [{ type: 'phone', value: '12320' }],
    },
  ],
  prohibited: ['不收红包'],
  waivable: ['危重先救治'],
});

describe('scope', () => {
  test('out-of-scope hospitals get n/a with the reason on every rule', () => {
    for (const edit of [
      (f: Feed) => (f.hospital.level = 1),
      (f: Feed) => (f.hospital.ownership = 'private'),
      (f: Feed) => (f.hospital.type = 'B100'),
    ]) {
      const audit = auditHospital(feedWith(edit), liaoning, AS_OF, 'en');
      expect(audit.inScope).toBe(false);
      expect(new Set(audit.results.map((r) => r.status))).toEqual(new Set(['n/a']));
      expect(audit.results[0]!.message).toMatch(/out of scope/);
    }
    expect(
      auditHospital(
        feedWith((f) => (f.hospital.type = 'G100')),
        liaoning,
        AS_OF,
        'en',
      ).inScope,
    ).toBe(true);
  });
  test('profiles are data, validated', () => {
    expect(Object.keys(BUILT_IN_PROFILES)).toEqual(['liaoning-2025', 'national']);
    expect(ProfileSchema.safeParse({ ...liaoning, scope: { levels: [4] } }).success).toBe(false);
  });
});

describe('schedule rules', () => {
  test('weekend-clinic: every Saturday and Sunday of 4 weeks, make-up days excepted', () => {
    expect(run(baseFeed(), 'weekend-clinic').status).toBe('pass');
    const noSunday = feedWith((f) => (f.schedule.regular = f.schedule.regular.filter((s) => !s.days.includes('sun'))));
    const r = run(noSunday, 'weekend-clinic');
    expect(r.status).toBe('fail');
    expect(r.evidence[0]).toBe('2026-11-22 (Sun): no outpatient session');
    expect(r.evidence).toHaveLength(4);
    // 2026-02-14 and 02-28 are make-up Saturdays: not weekend days to check.
    const feb = run(noSunday, 'weekend-clinic', parseDate('2026-02-09')!);
    expect(feb.evidence.some((e) => e.startsWith('2026-02-14'))).toBe(false);
  });

  test('holiday-clinic: every holiday period with at least one session; pending years warn', () => {
    const closed = run(baseFeed(), 'holiday-clinic', parseDate('2026-06-30')!);
    expect(closed.status).toBe('fail');
    expect(closed.evidence.some((e) => e.startsWith('National Day 2026-10-01–2026-10-07: no outpatient session'))).toBe(
      true,
    );
    const weekendRoster = feedWith((f) => (f.schedule.onHoliday = 'weekend-roster'));
    // The window reaches 2027, a pending year: its statutory days off are holiday periods, and a
    // clinic on one confirms the period; one without only warns, never fails, until 2027 is published.
    expect(run(weekendRoster, 'holiday-clinic', parseDate('2026-06-30')!).status).toBe('pass');
    const newYearClosed = feedWith((f) => {
      f.schedule.onHoliday = 'weekend-roster';
      f.schedule.notices = [
        {
          id: 'ny',
          title: '元旦',
          publishedAt: '2026-12-01T10:00:00+08:00',
          entries: [{ date: '2027-01-01', status: 'closed' }],
        },
      ];
    });
    const pending = run(newYearClosed, 'holiday-clinic', parseDate('2026-06-30')!);
    expect(pending.status).toBe('warn');
    expect(pending.evidence).toContain(
      "New Year's Day 2027-01-01–2027-01-01 (calendar pending): no outpatient session on any day off",
    );
    expect(run(weekendRoster, 'holiday-clinic', parseDate('2025-06-30')!).status).toBe('pass');
  });

  test('holiday-stated: every day off and make-up day of a near or past period stated for every outpatient department', () => {
    const silent = run(
      feedWith((f) => (f.schedule.onHoliday = 'closed')),
      'holiday-stated',
      parseDate('2026-09-15')!,
    );
    expect(silent.status).toBe('fail'); // no makeupRoster and no notice: 09-20 and 10-10 are not announced
    expect(
      silent.evidence.some((e) => e.includes('2026-09-20: Pediatrics') && e.includes('2026-10-10: Pediatrics')),
    ).toBe(true);
    const stated = feedWith((f) => {
      f.schedule.onHoliday = 'closed';
      f.schedule.makeupRoster = 'mon';
    });
    expect(run(stated, 'holiday-stated', parseDate('2026-09-15')!).status).toBe('pass'); // 2027's statutory days too: onHoliday says closed
    // A department without a roster is not an outpatient department: naming it unannounced changes nothing.
    const lab = feedWith((f) => {
      f.schedule.onHoliday = 'closed';
      f.schedule.makeupRoster = 'mon';
      f.departments.push({ id: 'lab', name: '检验科' });
      f.schedule.notices = [
        {
          id: 'n',
          title: 'n',
          publishedAt: '2026-09-01T10:00:00+08:00',
          entries: [{ date: '2026-10-02', departments: ['lab'], status: 'unannounced' }],
        },
      ];
    });
    expect(run(lab, 'holiday-stated', parseDate('2026-09-15')!).evidence.join('\n')).not.toContain('检验科');
  });

  test('holiday-notice-lead: a notice at least 7 days before each period; past periods without one fail', () => {
    const r = run(baseFeed(), 'holiday-notice-lead', parseDate('2026-06-30')!);
    expect(r.status).toBe('fail');
    expect(r.evidence).toContain("New Year's Day 2026-01-01: no notice");
    const timely = feedWith((f) => {
      f.schedule.notices = [
        {
          id: 'nd',
          title: 'nd',
          publishedAt: '2026-09-20T10:00:00+08:00',
          entries: [{ date: '2026-10-01', status: 'closed' }],
        },
      ];
    });
    const r2 = run(timely, 'holiday-notice-lead', parseDate('2026-09-15')!, {
      ...liaoning,
      rules: [{ id: 'holiday-notice-lead', days: 7, months: 1 }],
    });
    expect(r2).toMatchObject({
      status: 'pass',
      evidence: [
        'Mid-Autumn Festival 2026-09-25: no notice yet (10 days ahead)',
        'National Day 2026-10-01: /schedule/notices/0/publishedAt 2026-09-20, 11 days before',
      ],
    });
  });

  test('schedule-fresh: updated within 7 days, slots reaching 7 days ahead', () => {
    expect(run(baseFeed(), 'schedule-fresh').status).toBe('pass');
    expect(run(baseFeed(), 'schedule-fresh', parseDate('2026-12-01')!).status).toBe('fail');
    const shortSlots = feedWith(
      (f) =>
        (f.slots = [
          { department: 'peds', start: '2026-11-23T08:00:00+08:00', end: '2026-11-23T08:30:00+08:00', status: 'free' },
        ]),
    );
    expect(run(shortSlots, 'schedule-fresh').evidence).toContain('/slots: last 2026-11-23 (3 days ahead)');
    expect(run(shortSlots, 'schedule-fresh').status).toBe('fail');
  });

  test('slot-30: roster, notice and explicit slots; evidence names each', () => {
    expect(run(baseFeed(), 'slot-30').status).toBe('pass');
    const long = feedWith((f) => {
      f.schedule.regular[1]!.slotMinutes = 60;
      f.slots = [
        { department: 'peds', start: '2026-11-23T08:00:00+08:00', end: '2026-11-23T09:00:00+08:00', status: 'free' },
      ];
    });
    expect(run(long, 'slot-30')).toMatchObject({
      status: 'fail',
      evidence: ['/schedule/regular/1/slotMinutes 60', '/slots/0 60 min'],
    });
    // Nothing published: nothing to pass.
    expect(
      run(
        feedWith((f) => (f.schedule.regular = [])),
        'slot-30',
      ).status,
    ).toBe('warn');
  });
});

describe('waits, services, guide, identity', () => {
  test('wait-20: hospital-wide latest, else the sample-weighted mean; warn without figures', () => {
    expect(run(baseFeed(), 'wait-20').status).toBe('warn');
    const stat = (department: string, mean: number, n: number, end = '2026-10-31') => ({
      department,
      periodStart: `${end.slice(0, 8)}01`,
      periodEnd: end,
      meanMinutes: mean,
      sampleSize: n,
    });
    const weighted = feedWith(
      (f) => (f.waitTimes = [stat('peds', 30, 100), stat('er', 10, 300), stat('peds', 10, 100, '2026-09-30')]),
    );
    expect(run(weighted, 'wait-20')).toMatchObject({
      status: 'pass',
      evidence: expect.arrayContaining(['sample-weighted mean of 2 departments: 15 min (n=400)']),
    });
    const whole = feedWith((f) => (f.waitTimes = [stat('*', 21, 1000), stat('peds', 30, 100)]));
    const r = run(whole, 'wait-20');
    expect(r.status).toBe('fail');
    expect(r.evidence[1]).toMatch(/^\/waitTimes\/1 /);
  });

  test('declared services: pass, fail, and warn when not declared', () => {
    expect(run(baseFeed(), 'one-stop').status).toBe('warn');
    expect(
      run(
        feedWith((f) => (f.services = { oneStopCenter: { outpatient: true, inpatient: false } })),
        'one-stop',
      ).status,
    ).toBe('fail');
    expect(
      run(
        feedWith((f) => (f.services = { internetHospital: { onlineFollowUp: true } })),
        'online-follow-up',
      ).status,
    ).toBe('pass');
    expect(
      run(
        feedWith((f) => (f.services = { accessibility: ['wheelchair'] })),
        'accessibility',
      ),
    ).toMatchObject({ status: 'fail', message: 'Missing: waiting chairs, stretcher, mother-and-baby room' });
  });

  test('pediatrics and geriatrics apply by type and level', () => {
    expect(run(baseFeed(), 'pediatrics').status).toBe('pass');
    expect(
      run(
        feedWith((f) => (f.hospital.type = 'A210')),
        'pediatrics',
      ).status,
    ).toBe('n/a');
    expect(run(baseFeed(), 'geriatrics').status).toBe('fail');
    expect(
      run(
        feedWith((f) => (f.hospital.level = 2)),
        'geriatrics',
      ).status,
    ).toBe('n/a');
    expect(
      run(
        feedWith((f) => f.departments.push({ id: 'ger', name: '老年医学科', category: 'geriatrics' })),
        'geriatrics',
      ).status,
    ).toBe('pass');
  });

  test('the guide: published, complete, lists, fresh; never passes without one', () => {
    for (const id of ['guide-published', 'guide-complete', 'guide-fresh'])
      expect(run(baseFeed(), id).status, id).toBe('fail');
    expect(run(baseFeed(), 'guide-published', AS_OF, BUILT_IN_PROFILES.national).status).toBe('warn');
    const ok = feedWith((f) => (f.guide = guide()));
    for (const id of ['guide-published', 'guide-complete', 'guide-lists', 'guide-fresh'])
      expect(run(ok, id).status, id).toBe('pass');
    const gaps = feedWith((f) => {
      f.guide = guide();
      f.guide.items.push({
        id: 'b',
        name: '病历复印',
        category: '证明与资料',
        materials: [{ name: '身份证' }],
        steps: ['申请'],
      });
      delete f.guide.waivable;
    });
    expect(run(gaps, 'guide-complete').evidence).toEqual([
      '/guide/items/1 病历复印: missing locations, hours, consultation phone, complaint channels, time limit, fee',
    ]);
    expect(run(gaps, 'guide-lists').status).toBe('warn');
    // In Chinese, the fields are named in words, as the hospital would.
    const zh = (id: string) => auditHospital(gaps, only(liaoning, id), AS_OF, 'zh-CN').results[0]!;
    expect(zh('guide-complete').evidence).toEqual([
      '/guide/items/1 病历复印：缺少办理地点、办理时间、咨询电话、投诉渠道、办理时限、收费标准',
    ]);
    expect(zh('guide-lists')).toMatchObject({ message: '缺少容缺办理清单', evidence: ['/guide/waivable：未提供'] });
    expect(run(ok, 'guide-fresh', parseDate('2027-06-01')!).status).toBe('fail');
  });

  test('hospital-id: checksum, and 12 for public institutions', () => {
    expect(run(baseFeed(), 'hospital-id').status).toBe('pass');
    expect(
      run(
        feedWith((f) => (f.hospital.id = '123502001549897398')),
        'hospital-id',
      ).status,
    ).toBe('warn');
    expect(
      run(
        feedWith((f) => (f.hospital.id = '91350200776049653A')),
        'hospital-id',
      ).status,
    ).toBe('warn');
  });
});

test('the samples’ known findings', () => {
  const status = (file: string) =>
    Object.fromEntries(auditHospital(sample(file), liaoning, AS_OF, 'zh-CN').results.map((r) => [r.rule, r.status]));
  const first = status('liaohe-first.json');
  expect(first).toMatchObject({
    'weekend-clinic': 'pass',
    'slot-30': 'pass',
    'one-stop': 'pass',
    pediatrics: 'pass',
    geriatrics: 'pass',
    'guide-complete': 'pass',
    'hospital-id': 'pass',
    'holiday-clinic': 'warn',
  });
  const tcm = status('liaohe-tcm.json');
  expect(tcm).toMatchObject({
    'weekend-clinic': 'fail',
    'slot-30': 'fail',
    'guide-complete': 'fail',
    'guide-lists': 'warn',
    'online-follow-up': 'fail',
    pediatrics: 'n/a',
    geriatrics: 'n/a',
    'holiday-notice-lead': 'fail',
  });
  const mch = status('liaohe-mch.json');
  expect(mch).toMatchObject({ 'weekend-clinic': 'pass', pediatrics: 'n/a', 'guide-complete': 'fail' });
});

describe('region rules', () => {
  const hospital = (n: number, city: string, edit: (f: Feed) => void = () => {}) =>
    feedWith((f) => {
      f.hospital.id = `${f.hospital.id}-${n}`;
      f.hospital.city = city;
      edit(f);
    });
  const region = (feeds: Feed[]) =>
    buildReport(
      liaoning,
      AS_OF,
      feeds.map((feed, i) => ({ source: `h${i}`, feed })),
      'en',
    ).region;

  test('geriatrics in 90% of in-scope general hospitals per province; nursing and vaccination per city', () => {
    const withGeriatrics = (f: Feed) => f.departments.push({ id: 'ger', name: '老年医学科', category: 'geriatrics' });
    const feeds = [
      ...Array.from({ length: 9 }, (_, i) =>
        hospital(i, '沈阳市', (f) => {
          withGeriatrics(f);
          f.services = { internetNursing: true };
        }),
      ),
      hospital(9, '大连市', (f) => (f.services = { holidayVaccination: true })),
      hospital(10, '大连市', (f) => (f.hospital.type = 'A210')), // not a general hospital: not counted
      hospital(11, '大连市', (f) => (f.hospital.level = 1)), // out of scope: not counted
    ];
    const byRule = (rule: string) =>
      region(feeds)
        .filter((r) => r.rule === rule)
        .map((r) => [r.scope, r.status, r.message]);
    expect(byRule('region-geriatrics-90')).toEqual([['辽宁省', 'pass', 'Geriatrics in 90%']]);
    expect(byRule('region-internet-nursing')).toEqual([
      ['辽宁省/大连市', 'fail', 'No hospital offers internet-plus nursing'],
      ['辽宁省/沈阳市', 'pass', '9 hospitals offer internet-plus nursing'],
    ]);
    expect(byRule('region-holiday-vaccination').map((r) => r.slice(0, 2))).toEqual([
      ['辽宁省/大连市', 'pass'],
      ['辽宁省/沈阳市', 'fail'],
    ]);
    const fewer = region(feeds.slice(1));
    expect(fewer.find((r) => r.rule === 'region-geriatrics-90')).toMatchObject({
      status: 'fail',
      message: 'Geriatrics in 88.9%, below 90%',
    });
  });

  test('a province with no general hospital in scope is n/a', () => {
    const special = (f: Feed) => (f.hospital.type = 'G100');
    expect(
      region([hospital(1, '沈阳市', special), hospital(2, '沈阳市', special)]).find(
        (r) => r.rule === 'region-geriatrics-90',
      )?.status,
    ).toBe('n/a');
  });

  test('one hospital says nothing of its region; the same hospital twice is one hospital, audited once', () => {
    expect(region([hospital(1, '沈阳市', (f) => (f.services = { internetNursing: true }))])).toEqual([]);
    const twice = buildReport(
      liaoning,
      AS_OF,
      [
        { source: 'https://a.example/feed.json', feed: hospital(1, '沈阳市') },
        { source: 'https://a.example/feed.json', feed: hospital(1, '沈阳市') },
        { source: 'https://mirror.example/feed.json', feed: hospital(1, '沈阳市') },
      ],
      'zh-CN',
    );
    expect(twice.hospitals.map((h) => h.source)).toEqual(['https://a.example/feed.json']);
    expect(twice.region).toEqual([]);
    expect(twice.notes).toEqual([
      'https://a.example/feed.json 重复给出，只评估一次。',
      `https://mirror.example/feed.json 与 https://a.example/feed.json 是同一所医院（${hospital(1, '沈阳市').hospital.id}），只评估一次。`,
    ]);
    // Two cities of one hospital each: no city rule; the province's rule sees both.
    const two = region([hospital(1, '沈阳市'), hospital(2, '大连市')]);
    expect(two.map((r) => r.scope)).toEqual(['辽宁省']);
  });

  test('a Chinese report is Chinese throughout: evidence in words, the only Latin letters in paths, ids and codes', () => {
    const report = buildReport(
      liaoning,
      AS_OF,
      ['liaohe-first.json', 'liaohe-tcm.json', 'liaohe-mch.json'].map((file) => ({ source: file, feed: sample(file) })),
      'zh-CN',
    );
    const words = [...report.hospitals.flatMap((h) => h.results!), ...report.region].flatMap((r) => [
      r.message,
      ...r.evidence,
    ]);
    expect(words.length).toBeGreaterThan(50);
    // Strip JSON Pointers (/a/b/0), ISO dates and instants, ids and a few codes that are data.
    const stripped = words.map((w) =>
      w
        .replace(/https?:\S+/g, '')
        .replace(/\/[\w*/.-]+/g, '')
        .replace(/\d{4}-\d{2}-\d{2}(T[\d:.+-]+)?/g, '')
        .replace(/\b[0-9A-Z]{18}\b/g, ''),
    );
    for (const [i, w] of stripped.entries()) expect(w, words[i]).not.toMatch(/\b[a-z]{3,}\b/i);
  });
});
