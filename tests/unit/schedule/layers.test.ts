/**
 * feed-v1 "How a day is resolved", step 2: notice entries laid over the base, each replacing
 * what lies in its scope (part of the day × clinic types, campuses), in the contract's order.
 * Each test is a sentence real hospitals publish.
 */
import { describe, expect, test } from 'vitest';
import { parseDate } from '../../../utils/date/civil';
import type { Feed, Notice, NoticeEntry } from '../../../utils/feed/schema';
import { validateFeed } from '../../../utils/feed/validate';
import { ScheduleEngine } from '../../../utils/schedule/engine';
import { feedWith } from '../../helpers/feed';

const day = (date: string) => parseDate(date)!;
const notice = (id: string, publishedAt: string, entries: NoticeEntry[], extra: Partial<Notice> = {}): Notice => ({
  id,
  title: id,
  publishedAt,
  entries,
  ...extra,
});

/** A hospital with two campuses, an expert type of its own, and usual day parts. */
function hospital(edit: (f: Feed) => void = () => {}): Feed {
  return feedWith((f) => {
    f.hospital.campuses = [
      { id: 'main', name: '本部' },
      { id: 'north', name: '联合路院区' },
    ];
    f.departments = [
      { id: 'peds', name: '儿科', category: 'pediatrics', campus: 'main' },
      { id: 'eye', name: '眼科', category: 'ophthalmology', campus: 'north' },
      { id: 'endo', name: '胃镜室', campus: 'main' },
      { id: 'er', name: '急诊科', category: 'emergency' },
      { id: 'fever', name: '发热门诊', category: 'fever-clinic' },
      { id: 'ward', name: '住院部' },
    ];
    f.schedule = {
      regular: [
        { department: 'peds', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], start: '08:00', end: '12:00' },
        { department: 'peds', days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '13:30', end: '17:00' },
        {
          department: 'peds',
          days: ['mon', 'tue', 'wed', 'thu', 'fri'],
          start: '08:00',
          end: '11:30',
          clinicType: 'famous',
        },
        { department: 'eye', days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:00', end: '17:00' },
        { department: 'endo', days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:00', end: '16:00' },
        { department: 'fever', days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:00', end: '17:00' },
      ],
      clinicTypes: [{ id: 'famous', name: '著名专家门诊', category: 'expert' }],
      dayParts: [
        { part: 'am', start: '08:00', end: '11:30' },
        { part: 'pm', start: '13:30', end: '16:30' },
      ],
      alwaysOpen: [{ department: 'er' }],
      onHoliday: 'closed',
      makeupRoster: 'mon',
    };
    edit(f);
    expect(validateFeed(f).errors).toEqual([]);
  });
}

/** The lines of one department as compact strings: "status start-end type [extra]". */
function lines(feed: Feed, date: string, department: string): string[] {
  return new ScheduleEngine(feed).resolveLines(day(date), { departments: [department] }).map((l) => {
    const what =
      l.status === 'open'
        ? `${l.clinicType}${l.hoursStated === false ? ' ~' : ''}`
        : l.clinicTypes
          ? `only:${l.clinicTypes.join(',')}`
          : l.exceptClinicTypes
            ? `except:${l.exceptClinicTypes.join(',')}`
            : 'all';
    return `${l.status} ${l.start}-${l.end} ${what} ${l.basis}`;
  });
}

// 2026-11-27 is a Friday; 2026-10-01..07 are National Day's days off; 2026-10-10 is a make-up Saturday.
const PUB = '2026-09-01T10:00:00+08:00';

describe('part of the day', () => {
  test('"除夕下午停诊": a pm entry keeps the morning, and cuts a session that runs across noon', () => {
    const feed = hospital(
      (f) => (f.schedule.notices = [notice('n', PUB, [{ date: '2026-11-27', part: 'pm', status: 'closed' }])]),
    );
    expect(lines(feed, '2026-11-27', 'peds')).toEqual([
      'open 08:00-11:30 famous regular',
      'open 08:00-12:00 general regular',
    ]);
    expect(lines(feed, '2026-11-27', 'eye')).toEqual(['open 08:00-12:00 general regular']);
  });

  test('"上午开诊半天" without clock times: the usual morning hours, marked as not published; the afternoon closed by an earlier entry stays closed', () => {
    const feed = hospital(
      (f) =>
        (f.schedule.notices = [
          notice('n', PUB, [{ date: '2026-10-02', status: 'open', part: 'am', departments: ['peds'] }]),
        ]),
    );
    expect(lines(feed, '2026-10-02', 'peds')).toEqual(['open 08:00-11:30 general ~ notice:n']);
  });

  test('open without times and without dayParts spans the part itself; the whole day gives one line per half', () => {
    const feed = hospital((f) => {
      f.schedule.dayParts = undefined;
      f.schedule.notices = [
        notice('n', PUB, [
          { date: '2026-10-02', status: 'open', departments: ['peds'], clinicTypes: ['general', 'expert'] },
        ]),
      ];
    });
    expect(lines(feed, '2026-10-02', 'peds')).toEqual([
      'open 00:00-12:00 general ~ notice:n',
      'open 00:00-12:00 expert ~ notice:n',
      'open 12:00-24:00 general ~ notice:n',
      'open 12:00-24:00 expert ~ notice:n',
    ]);
  });

  test('an evening entry touches nothing before 18:00', () => {
    const feed = hospital(
      (f) =>
        (f.schedule.notices = [
          notice('n', PUB, [{ date: '2026-11-27', status: 'unannounced', part: 'evening', departments: ['eye'] }]),
        ]),
    );
    expect(lines(feed, '2026-11-27', 'eye')).toEqual([
      'open 08:00-17:00 general regular',
      'unknown 18:00-24:00 all notice:n',
    ]);
  });
});

describe('clinic types', () => {
  test('"按周六安排出诊，无专家诊" is two entries: the Saturday roster, then experts closed', () => {
    const feed = hospital((f) => {
      f.schedule.regular.push({
        department: 'peds',
        days: ['sat'],
        start: '08:00',
        end: '11:00',
        clinicType: 'expert',
      });
      f.schedule.notices = [
        notice('n', PUB, [
          { date: '2026-10-02', status: 'roster', rosterOf: 'sat' },
          { date: '2026-10-02', status: 'closed', clinicTypes: ['expert'] },
        ]),
      ];
    });
    expect(lines(feed, '2026-10-02', 'peds')).toEqual(['open 08:00-12:00 general notice:n']);
  });

  test('a built-in type in a scope reaches the hospital types of that category (著名专家门诊 counts as expert)', () => {
    const feed = hospital(
      (f) =>
        (f.schedule.notices = [notice('n', PUB, [{ date: '2026-11-27', status: 'closed', clinicTypes: ['expert'] }])]),
    );
    expect(lines(feed, '2026-11-27', 'peds')).toEqual([
      'open 08:00-12:00 general regular',
      'open 13:30-17:00 general regular',
    ]);
  });

  test('"专家门诊停诊" on a day left unknown leaves it unknown for every type but the experts', () => {
    const feed = hospital((f) => {
      f.schedule.makeupRoster = undefined;
      f.schedule.notices = [notice('n', PUB, [{ date: '2026-10-10', status: 'closed', clinicTypes: ['expert'] }])];
    });
    expect(lines(feed, '2026-10-10', 'peds')).toEqual(['unknown 00:00-24:00 except:expert not-stated']);
    // A later entry for general clinics leaves the rest (special-needs, specialist …) unknown.
    const more = hospital((f) => {
      f.schedule.makeupRoster = undefined;
      f.schedule.notices = [
        notice('n', PUB, [
          { date: '2026-10-10', status: 'closed', clinicTypes: ['expert'] },
          {
            date: '2026-10-10',
            status: 'open',
            clinicTypes: ['general'],
            sessions: [{ start: '08:00', end: '12:00' }],
          },
        ]),
      ];
    });
    expect(lines(more, '2026-10-10', 'peds')).toEqual([
      'unknown 00:00-24:00 except:expert,general not-stated',
      'open 08:00-12:00 general notice:n',
    ]);
  });
});

describe('who an entry reaches', () => {
  test('"*" reaches outpatient departments only: never 急诊, 发热门诊, always-open services or departments without a roster', () => {
    const feed = hospital(
      (f) => (f.schedule.notices = [notice('n', PUB, [{ date: '2026-11-27', status: 'emergency-only' }])]),
    );
    expect(lines(feed, '2026-11-27', 'peds')).toEqual(['emergency-only 00:00-24:00 all notice:n']);
    expect(lines(feed, '2026-11-27', 'fever')).toEqual(['open 08:00-17:00 general regular']);
    expect(lines(feed, '2026-11-27', 'er')).toEqual(['open 00:00-24:00 general always-open']);
    expect(lines(feed, '2026-11-27', 'ward')).toEqual([]);
    // Named, they are decided like any other.
    const named = hospital(
      (f) =>
        (f.schedule.notices = [notice('n', PUB, [{ date: '2026-11-27', status: 'closed', departments: ['fever'] }])]),
    );
    expect(lines(named, '2026-11-27', 'fever')).toEqual([]);
  });

  test('"联合路院区5月1日-5月5日休息": campuses and through', () => {
    const feed = hospital((f) => {
      f.schedule.onHoliday = 'regular';
      f.schedule.notices = [
        notice('n', PUB, [{ date: '2026-10-01', through: '2026-10-05', campuses: ['north'], status: 'closed' }]),
      ];
    });
    for (const date of ['2026-10-01', '2026-10-05']) expect(lines(feed, date, 'eye')).toEqual([]);
    expect(lines(feed, '2026-10-06', 'eye')).toEqual(['open 08:00-17:00 general holiday-policy']);
    expect(lines(feed, '2026-10-02', 'peds')[0]).toMatch(/^open .* holiday-policy$/);
  });

  test('within a notice, an entry naming a department beats a campus entry, which beats "*", whatever the feed order', () => {
    const feed = hospital(
      (f) =>
        (f.schedule.notices = [
          notice('n', PUB, [
            { date: '2026-11-27', status: 'open', departments: ['peds'], sessions: [{ start: '09:00', end: '10:00' }] },
            { date: '2026-11-27', status: 'unannounced', campuses: ['main'] },
            { date: '2026-11-27', status: 'closed' },
          ]),
        ]),
    );
    expect(lines(feed, '2026-11-27', 'peds')).toEqual(['open 09:00-10:00 general notice:n']);
    expect(lines(feed, '2026-11-27', 'endo')).toEqual(['unknown 00:00-24:00 all notice:n']);
    expect(lines(feed, '2026-11-27', 'eye')).toEqual([]);
  });

  test('"眼科急诊请到本部就诊": a closed entry with where to go leaves a closed line that says so', () => {
    const feed = hospital(
      (f) =>
        (f.schedule.notices = [
          notice('n', PUB, [
            {
              date: '2026-11-27',
              status: 'closed',
              departments: ['eye'],
              referTo: { campus: 'main', note: '眼科急诊请到本部就诊' },
            },
          ]),
        ]),
    );
    const [line] = new ScheduleEngine(feed).resolveLines(day('2026-11-27'), { departments: ['eye'] });
    expect(line).toMatchObject({
      status: 'closed',
      start: '00:00',
      end: '24:00',
      referTo: { campus: 'main', note: '眼科急诊请到本部就诊' },
    });
  });
});

describe('notices over notices', () => {
  test('a later notice overrides an earlier one on the dates it covers; the rest of the earlier stands', () => {
    const feed = hospital(
      (f) =>
        (f.schedule.notices = [
          notice('late', '2026-09-20T10:00:00+08:00', [
            { date: '2026-10-03', status: 'regular', departments: ['eye'] },
          ]),
          notice('early', '2026-09-10T10:00:00+08:00', [
            {
              date: '2026-10-02',
              through: '2026-10-04',
              status: 'open',
              departments: ['eye'],
              sessions: [{ start: '08:00', end: '12:00' }],
            },
          ]),
        ]),
    );
    expect(lines(feed, '2026-10-02', 'eye')).toEqual(['open 08:00-12:00 general notice:early']);
    expect(lines(feed, '2026-10-03', 'eye')).toEqual([]); // "照常": a Saturday's own roster, and the eye clinic has none
    expect(lines(feed, '2026-10-04', 'eye')).toEqual(['open 08:00-12:00 general notice:early']);
  });

  test('an adjustment that supersedes the first notice removes every entry of it, on every date', () => {
    const feed = hospital(
      (f) =>
        (f.schedule.notices = [
          notice('first', '2026-09-10T10:00:00+08:00', [
            { date: '2026-10-02', status: 'open', departments: ['eye'], sessions: [{ start: '08:00', end: '12:00' }] },
            { date: '2026-10-06', status: 'open', departments: ['eye'], sessions: [{ start: '08:00', end: '12:00' }] },
          ]),
          notice(
            'adjusted',
            '2026-09-20T10:00:00+08:00',
            [{ date: '2026-10-02', status: 'emergency-only', departments: ['eye'], referTo: { department: 'er' } }],
            { supersedes: ['first'] },
          ),
        ]),
    );
    expect(lines(feed, '2026-10-02', 'eye')).toEqual(['emergency-only 00:00-24:00 all notice:adjusted']);
    expect(lines(feed, '2026-10-06', 'eye')).toEqual([]); // back to onHoliday: closed
  });
});

describe('always open', () => {
  test('a bounded alwaysOpen entry ("补液室24小时，劳动节期间") opens 24 h only on its dates', () => {
    const feed = hospital(
      (f) =>
        (f.schedule.alwaysOpen = [
          { department: 'er' },
          { department: 'endo', validFrom: '2026-10-01', validThrough: '2026-10-03' },
        ]),
    );
    expect(lines(feed, '2026-10-02', 'endo')).toEqual(['open 00:00-24:00 general always-open']);
    expect(lines(feed, '2026-10-05', 'endo')).toEqual([]);
    expect(lines(feed, '2026-11-27', 'endo')).toEqual(['open 08:00-16:00 general regular']);
  });
});

describe('what lines carry', () => {
  test("an always-open line carries its entry's note; an open line its entry's referTo, location and note", () => {
    const feed = hospital((f) => {
      f.schedule.alwaysOpen = [{ department: 'er', note: '挂号后到急诊楼一层' }];
      f.schedule.notices = [
        notice('n', PUB, [
          {
            date: '2026-11-27',
            status: 'open',
            departments: ['eye'],
            sessions: [{ start: '08:00', end: '12:00' }],
            referTo: { campus: 'main' },
            location: '本部门诊三楼',
            note: '仅上午',
          },
        ]),
      ];
    });
    const engine = new ScheduleEngine(feed);
    expect(engine.resolveLines(day('2026-11-27'), { departments: ['er'] })[0]).toMatchObject({
      basis: 'always-open',
      note: '挂号后到急诊楼一层',
    });
    expect(engine.resolveLines(day('2026-11-27'), { departments: ['eye'] })[0]).toMatchObject({
      status: 'open',
      referTo: { campus: 'main' },
      location: '本部门诊三楼',
      note: '仅上午',
    });
  });

  test("a holiday named by the feed's own calendar as a plain string is the same holiday as the built-in one", () => {
    const feed = hospital((f) => (f.holidayCalendar = [{ date: '2026-02-24', kind: 'off', name: '春节' }]));
    const engine = new ScheduleEngine(feed);
    for (const date of ['2026-02-22', '2026-02-24'])
      expect(engine.dayInfo(day(date)).holidayName).toEqual(expect.not.stringContaining('、'));
    expect(JSON.stringify(engine.dayInfo(day('2026-02-22')).holidayName)).not.toContain('、');
  });
});
