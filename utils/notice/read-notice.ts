/**
 * Reading a hospital's holiday notice (节假日门诊安排) into a feed-v1 notice (cli.md `import
 * notice`). It never guesses: a clause is turned into entries only when every word of it is
 * understood — dates, parts of the day, a status, clock times, departments, campuses and clinic
 * types the feed knows — and anything else becomes a review line with the text and the reason,
 * and no entry. Dates the notice does not mention get no entry. Pure: the text and the feed in,
 * the notice out.
 *
 * The grammar, clause by clause (a clause ends at 。；，, or a line's end):
 *   [numbering] [dates, each with its part] [scope: departments, campuses, clinic types]
 *   [part] [status | 按周X排班 | clock times]
 * Dates and scope carry from one clause to the next within a sentence ("1月2日门诊上午开放，下午
 * 停诊"); a line naming only departments ("3、中医儿科") is the scope of the lines below it.
 */
import type { HolidayCalendar } from '../calendar/holiday-calendar';
import { nationalCalendar } from '../calendar/holiday-calendar';
import { lunarNewYear } from '../calendar/statutory';
import {
  type DayNumber,
  dayFromCivil,
  daysInMonth,
  formatDate,
  formatTime,
  WEEKDAYS,
  weekdayIndex,
  yearOf,
} from '../date/civil';
import type { Department, Feed, Notice, NoticeEntry, NoticeSession } from '../feed/schema';
import { type Lang, textIn } from '../i18n/local-text';
import { departmentNameIndex } from './department-names';
import { CLOCK, chineseNumber, clockMinutes, HOLIDAY_WORDS, normalizeNoticeText, WEEKDAY_WORDS } from './notice-text';

export interface ReviewLine {
  /** 1-based line of the text as given. */
  line: number;
  text: string;
  reason: string;
}

/** What one clause of the text became: the entries (indexes into `notice.entries`) beside its words. */
export interface ReadClause {
  line: number;
  text: string;
  entries: number[];
}

export interface NoticeReading {
  /** The notice, when the text gave at least one entry. */
  notice?: Notice;
  review: ReviewLine[];
  /** Department and campus names the text uses that the feed does not have. */
  unmatched: string[];
  clauses: ReadClause[];
  year?: number;
  publishedAt?: string;
  /** Why the text cannot be read at all (no year, no publication date): `import notice` exits 2. */
  fatal?: string;
}

export interface ReadOptions {
  year?: number;
  /** An instant; else a date printed in the notice (落款, 发布日期). */
  publishedAt?: string;
  /** When neither is there: the instant to use (the extension uses the moment the page was read). */
  publishedAtFallback?: string;
  calendar?: HolidayCalendar;
  id?: string;
  url?: string;
  lang?: Lang;
}

type Part = 'am' | 'pm' | 'evening';
type Words = { 'zh-CN': string; en: string };

interface DateItem {
  first: DayNumber;
  last: DayNumber;
  part?: Part;
  /** "(周六,排周一班)": the day runs that weekday's roster. */
  rosterOf?: (typeof WEEKDAYS)[number];
}

interface Scope {
  departments?: string[];
  campuses?: string[];
  clinicTypes?: string[];
}

interface Clause {
  items: DateItem[];
  scope: Scope;
  part?: Part;
  status?: NoticeEntry['status'];
  rosterOf?: (typeof WEEKDAYS)[number];
  sessions: NoticeSession[];
  leftover: string[];
  problems: Words[];
  /** The clause names the holiday's days as a whole ("节假期间", "春节期间"). */
  holidayPeriod: boolean;
  /**
   * "…起" / "开始…": from that date on. Within the holiday's days off it speaks of the rest of
   * them too ("正月初三开始门诊正常开放"); after them, of that date only (what follows is ordinary).
   */
  informational: boolean;
  /** The notice's holiday's days off, for "起". */
  holiday?: DateItem;
  /** "上午开诊半天": that half only; the other half of the day is closed. */
  halfDay?: boolean;
  /** "其他科室" / "其余": every department, not the ones the clause before named (those, named, win over it). */
  rest?: boolean;
  /** 门急诊: the entry's outpatient scope and the emergency departments. */
  withEmergency?: boolean;
  /** The clause speaks of clinics at all (a date, a status, a part, times): else it may be the notice's prose. */
  meaningful: boolean;
  /** A department, campus or clinic type was named: prose that names one is not passed over. */
  named: boolean;
}

const say = (lang: Lang, words: Words) => (lang === 'en' ? words.en : words['zh-CN']);

/** Status words, longest first where one contains another. */
const STATUSES: readonly [RegExp, NoticeEntry['status']][] = [
  [/^(急诊听班|仅开放急诊|只开急诊|仅开急诊|实行急诊听班)/, 'emergency-only'],
  [/^(另行通知|另行公告|待定)/, 'unannounced'],
  [
    /^(照常开诊|照常出诊|照常应诊|照常开放|照常门诊|照常上班|照常开展|照常|正常开诊|正常出诊|正常应诊|正常开放|正常门诊|正常上班|正常工作|正常开展|正常接诊|正常)/,
    'regular',
  ],
  [/^(停止门诊|停止出诊|暂停开诊|暂停门诊|暂停接诊|暂停|停诊|休诊|不出诊|不开诊|不应诊|休息|节休|不开放)/, 'closed'],
  [/^(开诊|出诊|开放|应诊|门诊)/, 'open'],
];

const PARTS: readonly [RegExp, Part | 'all'][] = [
  [/^(全天|全日|整天)/, 'all'],
  [/^(上午|早上)/, 'am'],
  [/^(下午)/, 'pm'],
  [/^(晚上|晚间|夜间)/, 'evening'],
];

/** Words that carry no meaning of their own in a clause. */
const FILLER =
  /^(我院|本院|各|均|期间|的|将|也|都|继续|实行|开设|安排|具体如下|如下|门诊|全院|所有|科室|以上|各科|为|恢复|从|一天|全部)/;

interface Names {
  /** The hospital's own names (a notice often starts with them): no meaning of their own. */
  hospital: string[];
  /** Longest first: name → department ids (a variant may stand for several). */
  departments: [string, string[]][];
  campuses: [string, string][];
  clinicTypes: [string, string][];
  /** Departments of category emergency (门急诊 names them with the outpatient clinics). */
  emergency: string[];
  /** Departments the feed keeps open around the clock (`alwaysOpen`). */
  alwaysOpen: string[];
}

function namesOf(feed: Feed): Names {
  const departments = departmentNameIndex(feed.departments as Department[]);
  const campuses: [string, string][] = [];
  for (const c of feed.hospital.campuses ?? []) {
    const zh = textIn(c.name, 'zh-CN');
    campuses.push([zh, c.id]);
    const bare = zh.replace(/院区$|分院$|院$/, '');
    if (bare.length >= 2 && bare !== zh) {
      campuses.push([`${bare}院区`, c.id], [`${bare}分院`, c.id]);
    }
  }
  const clinicTypes: [string, string][] = [
    ['知名专家门诊', 'expert'],
    ['专家门诊', 'expert'],
    ['专家诊', 'expert'],
    ['专家', 'expert'],
    ['专科门诊', 'specialist'],
    ['普通门诊', 'general'],
    ['普通号', 'general'],
    ['特需门诊', 'special-needs'],
    ['特需', 'special-needs'],
  ];
  for (const t of feed.schedule.clinicTypes ?? []) clinicTypes.unshift([textIn(t.name, 'zh-CN'), t.id]);
  const byLength = <T>(list: [string, T][]) => list.sort((a, b) => b[0].length - a[0].length);
  const hospital = [textIn(feed.hospital.name, 'zh-CN')].filter((n) => n.length >= 2);
  return {
    hospital,
    departments: byLength([...departments]),
    campuses: byLength(campuses),
    clinicTypes: byLength(clinicTypes),
    emergency: (feed.departments as Department[]).filter((d) => d.category === 'emergency').map((d) => d.id),
    alwaysOpen: [...new Set((feed.schedule.alwaysOpen ?? []).map((a) => a.department))],
  };
}

/** The year a notice speaks of and the holiday whose days it is about. */
function yearAndHoliday(text: string, options: ReadOptions): { year?: number; holiday?: string } {
  const stated = /((?:19|20)\d{2})年(?!\d{1,2}月\d{1,2}日\s*$)/m.exec(text);
  const year = stated
    ? Number(stated[1])
    : (options.year ?? yearFromInstant(options.publishedAt) ?? yearFromInstant(options.publishedAtFallback));
  const holiday = HOLIDAY_WORDS.find(([re]) => re.test(text))?.[1];
  return { year, holiday };
}

const yearFromInstant = (instant: string | undefined) =>
  instant && /^\d{4}-/.test(instant) ? Number(instant.slice(0, 4)) : undefined;

/** A date printed as the notice's own (落款 "2023年1月12日", "二〇一七年四月十三日", "发布日期:2024-09-30"). */
function printedDate(lines: readonly string[]): string | undefined {
  for (const raw of lines) {
    const line = raw.trim();
    const iso = /(?:发布日期|发布时间|日期)\s*[:：]?\s*(\d{4})-(\d{1,2})-(\d{1,2})/.exec(line);
    const sign =
      /^(\d{4}|[〇零一二三四五六七八九]{4})年(\d{1,2}|[一二三四五六七八九十]{1,3})月(\d{1,2}|[一二三四五六七八九十]{1,3})日$/.exec(
        line,
      );
    const m = iso ?? sign;
    if (!m) continue;
    const [y, mo, d] = [chineseNumber(m[1]!), chineseNumber(m[2]!), chineseNumber(m[3]!)];
    if (y === undefined || mo === undefined || d === undefined || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo))
      continue;
    return formatDate(dayFromCivil(y, mo, d));
  }
  return undefined;
}

/** The first day of the named holiday's run of days off nearest the notice's year: dates are read around it. */
function anchorOf(calendar: HolidayCalendar, year: number, holiday: string | undefined): DayNumber {
  if (holiday) {
    const periods = calendar.periods(dayFromCivil(year, 1, 1) - 3, dayFromCivil(year, 12, 31));
    const named = periods.find((p) => p.names.some((n) => textIn(n, 'zh-CN').includes(holiday.replace(/节$/, ''))));
    if (named) return named.first;
  }
  return dayFromCivil(year, 7, 1);
}

export function readNotice(text: string, feed: Feed, options: ReadOptions = {}): NoticeReading {
  const lang = options.lang ?? 'zh-CN';
  const calendar = options.calendar ?? nationalCalendar().withOverrides(feed.holidayCalendar);
  const rawLines = normalizeNoticeText(text).split('\n');
  // A fixture's or a saved page's header lines ("source: …", "retrieved: …") are not the notice.
  const lines = rawLines.map((l) => (/^(source|retrieved):\s/.test(l) ? '' : l));
  const body = lines.join('\n');
  const { year, holiday } = yearAndHoliday(body, options);
  const review: ReviewLine[] = [];
  const unmatched = new Set<string>();
  const clauses: ReadClause[] = [];
  if (year === undefined)
    return {
      review,
      unmatched: [],
      clauses,
      fatal: say(lang, {
        'zh-CN': '通知没有写年份：请用 --year 或 --published-at 给出',
        en: 'The notice states no year: give --year or --published-at',
      }),
    };
  const printed = printedDate(lines);
  const publishedAt =
    options.publishedAt ?? (printed ? `${printed}T00:00:00+08:00` : undefined) ?? options.publishedAtFallback;
  if (publishedAt === undefined)
    return {
      review,
      unmatched: [],
      clauses,
      year,
      fatal: say(lang, {
        'zh-CN': '通知没有落款日期：请用 --published-at 给出发布时间',
        en: 'The notice prints no date: give --published-at',
      }),
    };
  const names = namesOf(feed);
  const anchor = anchorOf(calendar, year, holiday);
  const holidayDays = holidayDaysOf(calendar, anchor, holiday);
  const entries: NoticeEntry[] = [];
  let sectionScope: Scope | undefined;

  const titleLine = lines.findIndex((l) => l.trim());
  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    const line = raw.trim();
    if (!line) return;
    // The first line, when it names no date, is the title ("2026年春节停诊通知"), not an arrangement.
    if (index === titleLine && !/\d{1,2}月\d{1,2}[日号]|除夕|初[一二三四五六七八九十]/.test(line)) return;
    // A table row: its cells read as one sentence ("4月29日 | 周六 | 全天门诊 | 按双休日周六门诊安排出诊").
    const sentenceText = line.includes('|')
      ? line
          .split('|')
          .map((c) => c.trim())
          .filter(Boolean)
          .join('，')
      : line;
    // A line that names only departments (a section's heading) is the scope of the lines below it.
    const heading = headingScope(sentenceText, names);
    if (heading) {
      sectionScope = heading;
      return;
    }
    // A table's header row names its columns.
    if (line.includes('|') && /(^|\|)\s*日期\s*\|/.test(line)) return;
    for (const sentence of splitOutside(sentenceText, '。；;!！?？')) {
      let carried: { items: DateItem[]; scope?: Scope } = { items: [] };
      for (const clauseText of splitOutside(sentence, '，,')) {
        const t = clauseText.trim();
        if (!t) continue;
        // A weekday alone (a table's 星期 column) restates the date before it.
        const weekday = /^(?:星期|周|礼拜)([一二三四五六日天])$/.exec(t);
        if (weekday && carried.items.length === 1 && carried.items[0]!.first === carried.items[0]!.last) {
          if (WEEKDAY_WORDS[weekday[1]!] !== weekdayIndex(carried.items[0]!.first))
            review.push({
              line: lineNo,
              text: t,
              reason: say(lang, {
                'zh-CN': `${formatDate(carried.items[0]!.first)} 不是${t}`,
                en: `${formatDate(carried.items[0]!.first)} is not ${t}`,
              }),
            });
          continue;
        }
        const c = readClause(t, names, year, anchor, holidayDays, unmatched);
        if (c === 'skip') continue;
        if (c.items.length === 0 && !c.holidayPeriod) c.items = carried.items;
        else carried = { ...carried, items: c.items };
        const ownScope = c.scope.departments || c.scope.campuses;
        if (c.rest) {
          // "其他科室停诊": all departments; those named before keep their own word, which wins over "*".
          if (ownScope) c.problems.push({ 'zh-CN': '“其他”与科室并列', en: '“other” beside named departments' });
        } else if (!ownScope) {
          const inherited = carried.scope ?? sectionScope;
          c.scope = { ...inherited, ...(c.scope.clinicTypes && { clinicTypes: c.scope.clinicTypes }) };
        } else carried.scope = { departments: c.scope.departments, campuses: c.scope.campuses };
        const made = clauseEntries(c, lang, names.emergency);
        if ('review' in made) {
          if (made.review) review.push({ line: lineNo, text: t, reason: made.review });
          continue;
        }
        const first = entries.length;
        entries.push(...made.entries);
        clauses.push({ line: lineNo, text: t, entries: made.entries.map((_, i) => first + i) });
      }
    }
  });

  const title = titleOf(lines, year, holiday);
  const notice: Notice | undefined = entries.length
    ? {
        id: options.id ?? noticeId(holiday, year),
        title,
        publishedAt,
        ...(options.url && { url: options.url }),
        entries,
      }
    : undefined;
  return { notice, review, unmatched: [...unmatched], clauses, year, publishedAt };
}

/** An id the feed accepts: "2017-yuandan" for a 2017 元旦 notice, else the year and "notice". */
function noticeId(holiday: string | undefined, year: number): string {
  const raw = holiday ?? '';
  const pinyin: Record<string, string> = {
    元旦: 'yuandan',
    春节: 'chunjie',
    清明: 'qingming',
    劳动: 'labour',
    端午: 'duanwu',
    中秋: 'midautumn',
    国庆: 'national',
  };
  for (const [zh, latin] of Object.entries(pinyin)) if (raw.includes(zh)) return `${year}-${latin}`;
  return `${year}-notice`;
}

function titleOf(lines: readonly string[], year: number, holiday: string | undefined): string {
  // A heading: short, about clinics, not the sentence that introduces the list ("…安排如下:").
  const found = lines
    .map((l) => l.trim())
    .find(
      (l) =>
        l.length <= 40 &&
        /(门诊|门急诊|诊疗|医疗工作|放假).*(安排|通知)/.test(l) &&
        !/根据|如下|\|/.test(l) &&
        !/[:：]$/.test(l),
    );
  return found ?? `${year}年${holiday ?? ''}门诊安排`;
}

/** The days off of the notice's holiday, for "节假期间", "春节期间", "假期". */
function holidayDaysOf(
  calendar: HolidayCalendar,
  anchor: DayNumber,
  holiday: string | undefined,
): DateItem | undefined {
  if (!holiday) return undefined;
  const period = calendar.periods(anchor, anchor).find((p) => p.first <= anchor && anchor <= p.last);
  return period ? { first: period.first, last: period.last } : undefined;
}

function headingScope(text: string, names: Names): Scope | undefined {
  const bare = text.replace(/^\s*(\d+[、.)]|[一二三四五六七八九十]+[、.]|\(\s*[\d一二三四五六七八九十]+\s*\))\s*/, '');
  const parts = bare
    .replace(/[:：]$/, '')
    .split(/[、,，及和]/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (parts.length === 0) return undefined;
  const departments: string[] = [];
  for (const part of parts) {
    const found = names.departments.find(([n]) => n === part);
    if (!found) return undefined;
    departments.push(...found[1]);
  }
  return { departments: [...new Set(departments)] };
}

/** Text split at any of `marks` outside brackets: "2月8日(初九,周六)上班" stays one clause. */
function splitOutside(text: string, marks: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && marks.includes(ch)) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out;
}

/** One date: "2月15日", "15日" (in the month before it), a lunar day (除夕, 初三, 正月初四, 年三十). */
const MONTH_DAY = /^(\d{1,2})月(\d{1,2})(?:[日号]|(?=\s*(?:-|至|到)\s*\d))/;
const DAY_ONLY = /^(\d{1,2})[日号]/;
const LUNAR = /^(?:正月|大年)?(除夕|年三十|大年三十|初[一二三四五六七八九十]|正月十五|元宵)/;
const ANNOTATION = /^\(([^()]{1,12})\)/;

interface ScanState {
  year: number;
  anchor: DayNumber;
  month?: number;
  /** "2017年1月1日": the year written before a date, for that date. */
  written?: number;
  /** The holiday's days off, for a note that names them ("(元旦假期)"). */
  holiday?: DateItem;
}

/** The nearest year's date to the anchor (12月31日 in a 2017 元旦 notice is 2016-12-31). */
function solar(state: ScanState, month: number, day: number): DayNumber | undefined {
  let best: DayNumber | undefined;
  const years = state.written !== undefined ? [state.written] : [state.year - 1, state.year, state.year + 1];
  state.written = undefined;
  for (const y of years) {
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(y, month)) continue;
    const d = dayFromCivil(y, month, day);
    if (best === undefined || Math.abs(d - state.anchor) < Math.abs(best - state.anchor)) best = d;
  }
  return best;
}

function lunar(state: ScanState, word: string): DayNumber | undefined {
  const newYear = lunarNewYear(yearOf(state.anchor)) ?? lunarNewYear(state.year);
  if (newYear === undefined) return undefined;
  if (word === '除夕' || word.endsWith('年三十')) return newYear - 1;
  if (word === '正月十五' || word === '元宵') return newYear + 14;
  const n = chineseNumber(word.replace(/^初/, ''));
  return n === undefined ? undefined : newYear + n - 1;
}

/** A date at the start of `s`, and the annotation after it ("(星期一)", "(除夕)", "(初九,周六)"), unchecked. */
function scanDate(
  s: string,
  state: ScanState,
): { day: DayNumber; rest: string; problem?: Words; note?: string } | undefined {
  let day: DayNumber | undefined;
  let rest = s;
  const monthDay = MONTH_DAY.exec(rest);
  const dayOnly = monthDay ? null : DAY_ONLY.exec(rest);
  const lunarWord = monthDay || (dayOnly && state.month !== undefined) ? null : LUNAR.exec(rest);
  if (monthDay) {
    state.month = Number(monthDay[1]);
    day = solar(state, state.month, Number(monthDay[2]));
    rest = rest.slice(monthDay[0].length);
  } else if (dayOnly && state.month !== undefined) {
    day = solar(state, state.month, Number(dayOnly[1]));
    rest = rest.slice(dayOnly[0].length);
  } else if (lunarWord) {
    day = lunar(state, lunarWord[1]!);
    rest = rest.slice(lunarWord[0].length);
  } else return undefined;
  if (day === undefined) return { day: Number.NaN, rest, problem: { 'zh-CN': '日期不存在', en: 'no such date' } };
  const note = ANNOTATION.exec(rest);
  if (note) return { day, rest: rest.slice(note[0].length), note: note[1]! };
  return { day, rest };
}

const RANGE = /^(?:-|至|到)/;

/** Whether `s` starts with a word the reader knows: a name of the feed's, a date, a status, a part. */
function startsKnown(s: string, names: Names): boolean {
  return (
    names.departments.some(([n]) => s.startsWith(n)) ||
    names.campuses.some(([n]) => s.startsWith(n)) ||
    names.clinicTypes.some(([n]) => s.startsWith(n)) ||
    MONTH_DAY.test(s) ||
    STATUSES.some(([re]) => re.test(s)) ||
    PARTS.some(([re]) => re.test(s))
  );
}

/**
 * Whether a bracketed restatement agrees with the dates it follows: weekdays, lunar days and
 * ranges ("初一至初三"), or the same dates in other words ("即1月27日-2月2日").
 */
function checkNote(
  note: string,
  first: DayNumber,
  last: DayNumber,
  state: ScanState,
  single: DayNumber = first,
  found: { rosterOf?: (typeof WEEKDAYS)[number] } = {},
): Words | undefined {
  const wrong = (word: string): Words => ({
    'zh-CN': `括号里的“${word}”与日期不符`,
    en: `“${word}” in brackets does not match the dates`,
  });
  for (const raw of note.split(/[,、\s]+/).filter(Boolean)) {
    const word = raw.replace(/^(农历|即)/, '');
    // "排周一班": not a restatement but what runs that day.
    const roster = /^(?:排|按)(?:周|星期)([一二三四五六日天])(?:班|排班)$/.exec(word);
    if (roster && first === last) {
      found.rosterOf = WEEKDAYS[WEEKDAY_WORDS[roster[1]!]!];
      continue;
    }
    const week = /^(?:星期|周|礼拜)([一二三四五六日天])$/.exec(word);
    if (week) {
      if (WEEKDAY_WORDS[week[1]!] !== weekdayIndex(single)) return wrong(raw);
      continue;
    }
    const lunarRange = new RegExp(`^${LUNAR.source.slice(1)}(?:至|到|-)${LUNAR.source.slice(1)}$`).exec(word);
    if (lunarRange) {
      const words = word.split(/至|到|-/);
      if (
        lunar(state, words[0]!.replace(/^正月/, '')) !== first ||
        lunar(state, words[1]!.replace(/^正月/, '')) !== last
      )
        return wrong(raw);
      continue;
    }
    const lunarDay = LUNAR.exec(word);
    if (lunarDay && lunarDay[0] === word) {
      if (lunar(state, lunarDay[1]!) !== single) return wrong(raw);
      continue;
    }
    // The holiday's days by name: "(元旦假期)", "(春节期间)".
    if (/^(元旦|春节|清明节?|劳动节|五一|端午节?|中秋节?|国庆节?)(假期|期间|放假)?$/.test(word)) {
      if (!state.holiday || state.holiday.first !== first || state.holiday.last !== last) return wrong(raw);
      continue;
    }
    // The same dates again in solar form.
    const sub: ScanState = { ...state };
    const again = scanDate(word, sub);
    if (again && !again.problem && !again.note) {
      let end = again.day;
      const rest = again.rest.replace(RANGE, '');
      if (rest !== again.rest) {
        const to = scanDate(rest, sub);
        if (!to || to.rest || to.problem) return wrong(raw);
        end = to.day;
      } else if (again.rest) return wrong(raw);
      // One date restates the date it follows; a range restates the whole range.
      const ok = end === again.day ? again.day === single : again.day === first && end === last;
      if (!ok) return wrong(raw);
      continue;
    }
    return { 'zh-CN': `括号里的“${raw}”未能识别`, en: `“${raw}” in brackets not understood` };
  }
  return undefined;
}

function readClause(
  text: string,
  names: Names,
  year: number,
  anchor: DayNumber,
  holidayDays: DateItem | undefined,
  unmatched: Set<string>,
): Clause | 'skip' {
  const c: Clause = {
    items: [],
    scope: {},
    sessions: [],
    leftover: [],
    problems: [],
    holidayPeriod: false,
    informational: false,
    meaningful: false,
    named: false,
  };
  // "急诊科全年24小时接诊" (as export notice-text writes the always-open services): true of the feed already, or reviewed.
  const always = /^(?:常设服务[:：])?(.+?)(?:全年)?24小时(?:接诊|开放|开诊|应诊)$/.exec(
    text.replace(/^[\s●○◆◇■□★☆▶►▪•※]+/, ''),
  );
  if (always) {
    const ids = always[1]!.split('、').map((n) => names.departments.find(([name]) => name === n.trim())?.[1]);
    if (ids.every((found) => found?.every((id) => names.alwaysOpen.includes(id)))) return 'skip';
  }
  // The national arrangement ("放假调休，共7天", "1月1日放假，共1天") is not the hospital's; a clause of it says nothing of clinics.
  if (/放假|调休|休假|共\d+天/.test(text) && !/门诊|诊|急诊|科/.test(text)) return 'skip';
  const state: ScanState = { year, anchor, ...(holidayDays && { holiday: holidayDays }) };
  if (holidayDays) c.holiday = holidayDays;
  const departments: string[] = [];
  const campuses: string[] = [];
  const clinicTypes: string[] = [];
  let s = text.replace(/^\s*(\d+[、.)]|[一二三四五六七八九十]+[、.]|\(\s*[\d一二三四五六七八九十]+\s*\))\s*/, '');
  const push = (item: DateItem) => c.items.push(item);
  while (s.length) {
    const ws = /^[\s、:："“”'‘’·*●○◆◇■□★☆▶►▪•※]+/.exec(s);
    if (ws) {
      s = s.slice(ws[0].length);
      continue;
    }
    // A year written out: before a date it is that date's; before a holiday's name it is the notice's.
    const written = /^((?:19|20)\d{2})年/.exec(s);
    if (written) {
      s = s.slice(written[0].length);
      if (/^\d{1,2}月/.test(s)) state.written = Number(written[1]);
      continue;
    }
    // Dates, single or ranged; "即" introduces the same dates again in another form.
    const date = scanDate(s, state);
    if (date) {
      c.meaningful = true;
      if (date.problem) c.problems.push(date.problem);
      s = date.rest;
      let last = date.day;
      const notes: string[] = date.note ? [date.note] : [];
      let part: Part | undefined;
      let lastPart: Part | undefined;
      const firstPart = PARTS.find(([re]) => re.test(s));
      const rangeAfterPart = firstPart && RANGE.test(s.replace(firstPart[0], ''));
      if (firstPart && rangeAfterPart) {
        // "除夕下午至初二": a range starting at a part of the day is not one entry.
        c.problems.push({ 'zh-CN': '日期范围从半天开始', en: 'a range starting at half a day' });
      }
      const range = RANGE.exec(s);
      if (range) {
        // "2026年12月31日至2027年1月2日": the end's own year.
        const endYear = /^((?:19|20)\d{2})年(?=\d{1,2}月)/.exec(s.slice(range[0].length));
        if (endYear) state.written = Number(endYear[1]);
        const end = scanDate(s.slice(range[0].length + (endYear?.[0].length ?? 0)), state);
        if (end) {
          if (end.problem) c.problems.push(end.problem);
          if (end.note) notes.push(end.note);
          last = end.day;
          s = end.rest;
        }
      }
      const p = PARTS.find(([re]) => re.test(s));
      if (p) {
        const word = p[0].exec(s)![0];
        s = s.slice(word.length);
        if (p[1] !== 'all') part = p[1];
        // "2月19日(初四)上午-2月21日(初六)上午": half days over a range is not one entry.
        if (RANGE.test(s)) {
          c.problems.push({ 'zh-CN': '每天半天的日期范围', en: 'a range of half days' });
          s = s.replace(RANGE, '');
          const end = scanDate(s, state);
          if (end) s = end.rest;
          const p2 = PARTS.find(([re]) => re.test(s));
          if (p2) s = s.slice(p2[0].exec(s)![0].length);
        }
        lastPart = part;
      }
      if (!Number.isNaN(date.day) && !Number.isNaN(last)) {
        // A note after the first date of a range speaks of it alone; one after the range's end, of the whole range.
        const found: { rosterOf?: (typeof WEEKDAYS)[number] } = {};
        if (date.note) {
          const p = checkNote(date.note, date.day, date.day, state, date.day, found);
          if (p) c.problems.push(p);
        }
        if (notes.length > (date.note ? 1 : 0)) {
          const p = checkNote(notes.at(-1)!, date.day, last, state, last, found);
          if (p) c.problems.push(p);
        }
        if (found.rosterOf && last !== date.day)
          c.problems.push({ 'zh-CN': '一段日期按某天排班', en: 'a roster for a range' });
        if (last < date.day) c.problems.push({ 'zh-CN': '日期范围倒置', en: 'a range that runs backwards' });
        else
          push({
            first: date.day,
            last,
            ...(lastPart && { part: lastPart }),
            ...(found.rosterOf && { rosterOf: found.rosterOf }),
          });
      }
      if (/^起/.test(s)) {
        s = s.slice(1);
        c.informational = true;
      }
      continue;
    }
    const period =
      /^(节假期间|节假日期间|假期期间|假期|放假期间|节日期间|(?:元旦|春节|清明节?|劳动节|五一|端午节?|中秋节?|国庆节?|中秋、国庆|国庆、中秋)(?:节)?(?:假期|期间|放假期间|节假日期间))/.exec(
        s,
      );
    if (period) {
      c.meaningful = true;
      s = s.slice(period[0].length);
      if (holidayDays) {
        c.holidayPeriod = true;
        push({ ...holidayDays });
      } else c.problems.push({ 'zh-CN': '不知道是哪几天', en: 'which days is not known' });
      continue;
    }
    const part = PARTS.find(([re]) => re.test(s));
    if (part) {
      c.meaningful = true;
      const word = part[0].exec(s)![0];
      s = s.slice(word.length);
      if (part[1] !== 'all') {
        if (c.part && c.part !== part[1]) c.problems.push({ 'zh-CN': '一句里有两个时段', en: 'two parts of the day' });
        c.part = part[1];
      }
      continue;
    }
    // "上午开诊半天": the half named, and the other half closed. 半天 alone says not which half.
    const half = /^(半天|半日)/.exec(s);
    if (half && (c.part || c.items.some((item) => item.part))) {
      s = s.slice(half[0].length);
      c.halfDay = true;
      continue;
    }
    const roster =
      /^(?:按|由)(?:平时|正常)?(?:双休日|节假日)?的?(?:周|星期|礼拜)([一二三四五六日天])的?(?:门诊|专家)?(?:排班|安排|出诊|时间)*(?:出诊|开诊|排班)?/.exec(
        s,
      );
    if (roster) {
      c.meaningful = true;
      s = s.slice(roster[0].length);
      c.rosterOf = WEEKDAYS[WEEKDAY_WORDS[roster[1]!]!];
      continue;
    }
    const times = new RegExp(`^(${CLOCK})\\s*(?:-|至|到)\\s*(${CLOCK})`).exec(s);
    if (times) {
      c.meaningful = true;
      s = s.slice(times[0].length);
      const [start, end] = [clockMinutes(times[1]!), clockMinutes(times[2]!)];
      if (start === undefined || end === undefined || end <= start)
        c.problems.push({ 'zh-CN': `时间“${times[0]}”不成立`, en: `the times “${times[0]}” do not hold` });
      else c.sessions.push({ start: formatTime(start), end: formatTime(end) });
      continue;
    }
    // "急诊听班" before 急诊 the department: the words are the arrangement.
    const emergency = STATUSES[0]![0].exec(s);
    if (emergency) {
      c.meaningful = true;
      s = s.slice(emergency[0].length);
      if (c.status && c.status !== 'emergency-only')
        c.problems.push({ 'zh-CN': '一句里有两种安排', en: 'two arrangements in one clause' });
      c.status = 'emergency-only';
      continue;
    }
    // "…起", "开始…": from that date on.
    const from = /^(起|开始)/.exec(s);
    if (from) {
      s = s.slice(from[0].length);
      c.informational = true;
      continue;
    }
    const rest = /^(其他|其余)(科室|门诊|临床科室)?/.exec(s);
    if (rest) {
      s = s.slice(rest[0].length);
      c.rest = true;
      continue;
    }
    const own = names.hospital.find((n) => s.startsWith(n));
    if (own) {
      s = s.slice(own.length);
      continue;
    }
    // 门急诊 / 门、急诊: the outpatient clinics and the emergency departments alike.
    const both = /^(门急诊|门、急诊)/.exec(s);
    if (both && names.emergency.length) {
      s = s.slice(both[0].length);
      c.withEmergency = true;
      continue;
    }
    const campus = names.campuses.find(([n]) => s.startsWith(n));
    if (campus) {
      c.named = true;
      s = s.slice(campus[0].length);
      campuses.push(campus[1]);
      continue;
    }
    const department = names.departments.find(([n]) => s.startsWith(n));
    if (department) {
      c.named = true;
      s = s.slice(department[0].length);
      departments.push(...department[1]);
      continue;
    }
    const type = names.clinicTypes.find(([n]) => s.startsWith(n));
    if (type) {
      c.named = true;
      s = s.slice(type[0].length);
      clinicTypes.push(type[1]);
      continue;
    }
    const status = STATUSES.find(([re]) => re.test(s));
    if (status) {
      const word = status[0].exec(s)![0];
      s = s.slice(word.length);
      // "门诊" alone names the outpatient clinic ("门诊上午开放"); it says nothing of what happens.
      if (word === '门诊') continue;
      c.meaningful = true;
      if (c.status && c.status !== status[1])
        c.problems.push({ 'zh-CN': '一句里有两种安排', en: 'two arrangements in one clause' });
      c.status = status[1];
      continue;
    }
    const filler = FILLER.exec(s);
    if (filler) {
      s = s.slice(filler[0].length);
      continue;
    }
    // Something else: kept whole up to the next word the reader knows, for the review line.
    let n = 1;
    while (n < s.length && !/[\s、]/.test(s[n]!) && !startsKnown(s.slice(n), names)) n++;
    const unknown = s.slice(0, n);
    c.leftover.push(unknown);
    if (/(科|门诊|院区|中心)$/.test(unknown) && unknown.length <= 12) unmatched.add(unknown);
    s = s.slice(unknown.length);
  }
  if (departments.length) c.scope.departments = [...new Set(departments)];
  if (campuses.length) c.scope.campuses = [...new Set(campuses)];
  if (clinicTypes.length) c.scope.clinicTypes = [...new Set(clinicTypes)];
  if (c.rosterOf) c.status = 'roster';
  if (!c.status && c.sessions.length) c.status = 'open';
  // The notice's prose (greetings, the legal basis, the signature, phone numbers) says nothing of clinics;
  // a sentence that names a department ("班外时间请前往急诊科就诊") may, and is read (and reviewed) as one.
  // Headings and the sentence before a list ("…门诊安排通知如下:") announce, they do not arrange.
  const heading = /(安排|通知|如下)[:：]?$/.test(text);
  if (!c.meaningful && (heading || !(c.named && c.leftover.length))) return 'skip';
  return c;
}

/** A clause's entries, or why it has none (a review line; '' when it says nothing of clinics). */
function clauseEntries(
  c: Clause,
  lang: Lang,
  emergency: readonly string[],
): { entries: NoticeEntry[] } | { review: string } {
  const reason = (w: Words) => ({ review: say(lang, w) });
  if (c.problems.length) return { review: c.problems.map((p) => say(lang, p)).join('；') };
  if (c.leftover.length)
    return reason({
      'zh-CN': `未能识别“${c.leftover.join('”“')}”`,
      en: `not understood: “${c.leftover.join('”, “')}”`,
    });
  if (!c.status) {
    // Dates alone carry to the next clause and say nothing yet; anything more without a status is not silent.
    if (!c.part && !c.scope.departments && !c.scope.campuses && !c.scope.clinicTypes && !c.withEmergency)
      return { review: '' };
    return reason({ 'zh-CN': '没有说明是开诊还是停诊', en: 'it does not say whether clinics run' });
  }
  if (c.items.length === 0) return reason({ 'zh-CN': '没有说明是哪一天', en: 'no date is given' });
  if (c.status !== 'open' && c.sessions.length)
    return reason({ 'zh-CN': '时间与安排不一致', en: 'times given with an arrangement that takes none' });
  const entries: NoticeEntry[] = [];
  for (const item of c.items) {
    // A part said in this clause wins over one that came with dates from the clause before.
    const part = c.part ?? item.part;
    if (item.rosterOf && c.status !== 'open' && c.status !== 'regular')
      return reason({ 'zh-CN': '排班与安排不一致', en: 'a roster with an arrangement that takes none' });
    if (item.rosterOf) {
      // "9月19日(周日,排周日班)上午开诊半天": that roster, in the half named when the day is a half day.
      if (c.sessions.length) return reason({ 'zh-CN': '排班又给了时间', en: 'a roster with times' });
      const base = {
        date: formatDate(item.first),
        ...(c.scope.departments && { departments: c.scope.departments }),
        ...(c.scope.campuses && { campuses: c.scope.campuses }),
        ...(c.scope.clinicTypes && { clinicTypes: c.scope.clinicTypes }),
      };
      if (part && !c.halfDay)
        return reason({
          'zh-CN': '半天排班没有说另外半天',
          en: 'a half-day roster that says nothing of the other half',
        });
      entries.push({ ...base, status: 'roster', rosterOf: item.rosterOf });
      if (part) entries.push({ ...base, part: part === 'am' ? 'pm' : 'am', status: 'closed' });
      continue;
    }
    if (c.halfDay && !part)
      return reason({ 'zh-CN': '“半天”没有说是上午还是下午', en: '“half a day” without which half' });
    const entry: NoticeEntry = {
      date: formatDate(item.first),
      ...(item.last > item.first && { through: formatDate(item.last) }),
      ...(c.scope.departments && { departments: c.scope.departments }),
      ...(c.scope.campuses && { campuses: c.scope.campuses }),
      ...(c.scope.clinicTypes && { clinicTypes: c.scope.clinicTypes }),
      ...(part && { part }),
      status: c.status,
      ...(c.rosterOf && { rosterOf: c.rosterOf }),
      ...(c.sessions.length && { sessions: c.sessions }),
    };
    if (c.informational && item.last > item.first)
      return reason({ 'zh-CN': '“起”之后的范围', en: 'a range after “from”' });
    const h = c.holiday;
    // From a day inside the holiday's days off: the rest of them too. Before the holiday, "from" says too little.
    if (c.informational && h && item.first < h.first)
      return reason({ 'zh-CN': '节前的“起”没有说到哪天为止', en: '“from” before the holiday says not until when' });
    if (c.informational && h && item.first >= h.first && item.first < h.last) {
      if (item.part) return reason({ 'zh-CN': '从半天起的安排', en: 'an arrangement from half a day on' });
      entry.through = formatDate(h.last);
    }
    entries.push(entry);
    if (c.halfDay && part && part !== 'evening')
      entries.push({
        ...entry,
        part: part === 'am' ? 'pm' : 'am',
        status: 'closed',
        sessions: undefined,
      } as NoticeEntry);
    if (c.withEmergency) {
      if (c.scope.departments) return reason({ 'zh-CN': '门急诊与科室并列', en: '门急诊 beside named departments' });
      entries.push({ ...entry, departments: [...emergency] });
    }
  }
  return { entries };
}
