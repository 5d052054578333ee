/**
 * A weekly clinic roster (出诊表) from a spreadsheet's cells into feed-v1 `schedule.regular`
 * (cli.md `import roster`). The layout is recognised from the header row: a row per department
 * or per doctor; columns per weekday (周一…周日, 星期一…) or per weekday and half day (周一上午,
 * or 周一 over 上午 | 下午 in two header rows). A cell marks a clinic with √, 出诊, a doctor's
 * name, 专家, or a time range; an empty cell, "-" or 停诊 marks none. Any other cell is a review
 * line with its row, column and text, and no session. Pure: rows of cells in, sessions out.
 */
import { formatTime, WEEKDAYS, type Weekday } from '../date/civil';
import type { DayPart, Department, Feed, Session } from '../feed/schema';
import type { Lang } from '../i18n/local-text';
import { departmentNameIndex } from '../notice/department-names';
import { CLOCK, clockMinutes, normalizeNoticeText } from '../notice/notice-text';

export type Cell = string | number | boolean | Date | null | undefined;

export interface RosterReview {
  /** 1-based row of the sheet. */
  row: number;
  column: string;
  text: string;
  reason: string;
}

export interface RosterReading {
  /** A row per department or per doctor with weekday columns; or a row per doctor with one column listing the times ("周一上午、周三全天"). */
  layout?: 'department-rows' | 'doctor-rows' | 'time-list';
  sessions: Session[];
  /** Departments the sheet names that the feed does not have: added, with new ids. */
  added: Department[];
  review: RosterReview[];
  /** Why the sheet cannot be read at all (no header row; half days and no dayParts): exit 2. */
  fatal?: string;
}

type Part = 'am' | 'pm' | 'evening' | 'day';
interface Column {
  index: number;
  weekday: Weekday;
  part: Part;
  label: string;
}

const say = (lang: Lang, zh: string, en: string) => (lang === 'en' ? en : zh);
const WEEK_WORD = /^(?:周|星期|礼拜)?([一二三四五六日天])$/;
const WEEK_PREFIX = /^(?:周|星期|礼拜)([一二三四五六日天])/;
const PART_WORD: readonly [RegExp, Part][] = [
  [/^(上午|早上|上)$/, 'am'],
  [/^(下午|下)$/, 'pm'],
  [/^(晚上|夜间|晚间|夜诊)$/, 'evening'],
  [/^(全天|全日)$/, 'day'],
];
const DAY_INDEX: Record<string, number> = { 一: 0, 二: 1, 三: 2, 四: 3, 五: 4, 六: 5, 日: 6, 天: 6 };

const text = (c: Cell) =>
  c === null || c === undefined ? '' : normalizeNoticeText(c instanceof Date ? c.toISOString() : String(c)).trim();

function partOf(s: string): Part | undefined {
  return PART_WORD.find(([re]) => re.test(s))?.[1];
}

/** The header row(s): weekday columns, with the half day from the same cell or the row below. */
function findHeader(
  rows: readonly Cell[][],
): { row: number; columns: Column[]; name?: number; doctor?: number; title?: number } | undefined {
  for (let r = 0; r < Math.min(rows.length, 12); r++) {
    const cells = rows[r]!.map(text);
    const columns: Column[] = [];
    let lastWeekday: Weekday | undefined;
    let lastWeekdayText = '';
    const next = (rows[r + 1] ?? []).map(text);
    // A second header row holds only half days under the weekdays (and nothing under the names).
    const isPartRow = next.some((c) => partOf(c)) && next.every((c) => !c || partOf(c));
    const below = isPartRow ? next : [];
    let twoRows = false;
    cells.forEach((cell, index) => {
      const compact = cell.replace(/\s+/g, '');
      const m = WEEK_PREFIX.exec(compact) ?? WEEK_WORD.exec(compact);
      let weekday: Weekday | undefined;
      let rest = compact;
      if (m) {
        weekday = WEEKDAYS[DAY_INDEX[m[1]!]!];
        rest = compact.slice(m[0].length);
        lastWeekday = weekday;
        lastWeekdayText = compact.slice(0, m[0].length);
      } else if (!compact && lastWeekday && partOf(below[index] ?? '')) {
        // A merged 周一 over 上午 | 下午: the empty cell to its right belongs to it.
        weekday = lastWeekday;
      }
      if (!weekday) {
        lastWeekday = undefined;
        return;
      }
      // "星期一(上午)", "周一（下午）": the half day in brackets.
      rest = rest.replace(/^[（(【[]\s*|\s*[）)】\]]$/g, '');
      let part = rest ? partOf(rest) : undefined;
      if (rest && !part) return;
      if (!part && partOf(below[index] ?? '')) {
        part = partOf(below[index]!);
        twoRows = true;
      }
      // "周一上午", however the header splits it.
      const label = rest ? compact : `${lastWeekdayText}${part && twoRows ? below[index] : ''}`;
      columns.push({ index, weekday, part: part ?? 'day', label });
    });
    if (new Set(columns.map((c) => c.weekday)).size >= 3) {
      const find = (re: RegExp) => {
        const i = cells.findIndex(
          (c, index) => re.test(c.replace(/\s+/g, '')) && !columns.some((col) => col.index === index),
        );
        return i < 0 ? undefined : i;
      };
      return {
        row: twoRows ? r + 1 : r,
        columns,
        name: find(/^(科室|科别|科室名称|门诊科室|专科|科目|科室\/专科|诊室)$/),
        doctor: find(/^(医生|医师|专家|姓名|医生姓名|专家姓名|出诊医生|出诊专家)$/),
        title: find(/^(职称|职务|级别)$/),
      };
    }
  }
  return undefined;
}

/** A row naming the department (and the doctor) and one column of times ("出诊时间"), for the time-list layout. */
function findListHeader(
  rows: readonly Cell[][],
): { row: number; times: number; name?: number; doctor?: number; title?: number } | undefined {
  for (let r = 0; r < Math.min(rows.length, 12); r++) {
    const cells = rows[r]!.map((c) => text(c).replace(/\s+/g, ''));
    const find = (re: RegExp) => {
      const i = cells.findIndex((c) => re.test(c));
      return i < 0 ? undefined : i;
    };
    const times = find(/^(出诊时间|门诊时间|坐诊时间|出诊安排|门诊安排|出诊日|出诊日期)$/);
    const name = find(/^(科室|科别|科室名称|门诊科室|专科|科目|科室\/专科|诊室)$/);
    const doctor = find(/^(医生|医师|专家|姓名|医生姓名|专家姓名|出诊医生|出诊专家)$/);
    if (times !== undefined && name !== undefined)
      return { row: r, times, name, doctor, title: find(/^(职称|职务|级别)$/) };
  }
  return undefined;
}

const LIST_TOKEN =
  /^(?:周|星期|礼拜)([一二三四五六日天])(?:至(?:周|星期|礼拜)?([一二三四五六日天]))?(上午|下午|全天|全日|晚上|夜间)?$/;

/**
 * "周一上午、周三全天", "周一至周五上午", "周二、四下午" read into weekday × half day; a day without
 * a half day takes the next one's ("周一、周三上午": both mornings), else the whole day.
 * Undefined when any piece is not of that form (the cell is then a review line).
 */
function readTimeList(raw: string): { weekday: Weekday; part: Part }[] | undefined {
  const tokens = raw
    .replace(/\s+/g, '')
    .replace(/[（(]/g, '')
    .replace(/[）)]/g, '')
    .split(/[、，,；;。]+/)
    .filter(Boolean);
  if (!tokens.length) return undefined;
  const out: { weekday: Weekday; part: Part }[] = [];
  let pending: Weekday[] = [];
  for (let token of tokens) {
    // "四下午" after "周二、": the weekday word without its 周.
    if (/^[一二三四五六日天]/.test(token)) token = `周${token}`;
    const m = LIST_TOKEN.exec(token);
    if (!m) return undefined;
    const first = DAY_INDEX[m[1]!]!;
    const last = m[2] ? DAY_INDEX[m[2]]! : first;
    if (last < first) return undefined;
    const days = WEEKDAYS.slice(first, last + 1);
    if (!m[3]) {
      pending.push(...days);
      continue;
    }
    const part = partOf(m[3])!;
    for (const weekday of [...pending, ...days]) out.push({ weekday, part });
    pending = [];
  }
  for (const weekday of pending) out.push({ weekday, part: 'day' });
  return out;
}

interface Mark {
  sessions: { start: string; end: string; clinicType?: string; doctor?: string }[];
  problem?: string;
}

const EMPTY = /^(|-+|—+|\/|×|✗|停诊|休|休息|无|不出诊)$/;
const YES = /^(√|✓|✔|☑|出诊|门诊|○|●|有|开诊|是|v|V)$/;
const EXPERT = /^(专家|专家门诊|知名专家|主任|副主任)$/;
const NAME = /^[\u4e00-\u9fa5·]{2,4}$/;
/** Words of a schedule, not of a name ("单周出诊", "隔周", "上午班"). */
const NOT_NAME = /出诊|门诊|停|休|周|班|诊|午|天|夜|假|半|单|双|约/;

function usual(part: Part, dayParts: readonly DayPart[] | undefined): { start: string; end: string }[] | undefined {
  const find = (p: string) => dayParts?.find((d) => d.part === p && !d.validFrom && !d.validThrough);
  const wanted = part === 'day' ? ['am', 'pm'] : [part];
  const found = wanted.map(find);
  if (found.some((f) => !f)) return undefined;
  return found.map((f) => ({ start: f!.start, end: f!.end }));
}

function readCell(
  raw: string,
  part: Part,
  dayParts: readonly DayPart[] | undefined,
  lang: Lang,
): Mark | 'none' | 'no-day-parts' {
  const cell = raw.replace(/\s+/g, ' ').trim();
  if (EMPTY.test(cell)) return 'none';
  const times = new RegExp(`^(${CLOCK})\\s*(?:-|至|到)\\s*(${CLOCK})$`).exec(cell.replace(/\s/g, ''));
  if (times) {
    const [a, b] = [clockMinutes(times[1]!), clockMinutes(times[2]!)];
    if (a === undefined || b === undefined || b <= a)
      return { sessions: [], problem: say(lang, `时间“${cell}”不成立`, `the times “${cell}” do not hold`) };
    return { sessions: [{ start: formatTime(a), end: formatTime(b) }] };
  }
  const base = usual(part, dayParts);
  if (!base) return 'no-day-parts';
  if (YES.test(cell)) return { sessions: base };
  // In a weekday column without a half day, the cell says which half ("上午", "全天").
  const cellPart = part === 'day' ? partOf(cell) : undefined;
  if (cellPart) {
    const own = usual(cellPart, dayParts);
    if (!own) return 'no-day-parts';
    return { sessions: own };
  }
  if (EXPERT.test(cell)) return { sessions: base.map((s) => ({ ...s, clinicType: 'expert' })) };
  // One or more doctors' names ("张三", "张三、李四"): a clinic run by them.
  const names = cell.split(/[、,，/ ]+/).filter(Boolean);
  if (names.length && names.every((n) => NAME.test(n) && !EXPERT.test(n) && !NOT_NAME.test(n)))
    return { sessions: names.flatMap((doctor) => base.map((s) => ({ ...s, doctor }))) };
  return { sessions: [], problem: say(lang, '看不出是否出诊', 'not clear whether a clinic runs') };
}

export function readRoster(rows: readonly Cell[][], feed: Feed, lang: Lang = 'zh-CN'): RosterReading {
  const list = findHeader(rows) ? undefined : findListHeader(rows);
  const header = findHeader(rows) ?? (list && { ...list, columns: [] as Column[] });
  const reading: RosterReading = { sessions: [], added: [], review: [] };
  if (!header) {
    reading.fatal = say(
      lang,
      '找不到表头：需要一行写着周一…周日（或星期一…，可带上午/下午）的列名',
      'No header row found: a row naming the weekdays (周一…周日, optionally with 上午/下午) is needed',
    );
    return reading;
  }
  const nameColumn = header.name ?? (header.doctor === 0 ? undefined : 0);
  reading.layout = list ? 'time-list' : header.doctor !== undefined ? 'doctor-rows' : 'department-rows';
  const index = departmentNameIndex(feed.departments);
  const added = new Map<string, Department>();
  const departmentOf = (name: string): string => {
    const found = index.get(name);
    if (found?.length === 1) return found[0]!;
    let dep = added.get(name);
    if (!dep) {
      const taken = new Set([...feed.departments.map((d) => d.id), ...[...added.values()].map((d) => d.id)]);
      let n = added.size + 1;
      while (taken.has(`roster-${n}`)) n++;
      dep = { id: `roster-${n}`, name };
      added.set(name, dep);
    }
    return dep.id;
  };
  const dayParts = feed.schedule.dayParts;
  const collected = new Map<string, Session>();
  let lastName = '';
  let missingParts = false;
  for (let r = header.row + 1; r < rows.length; r++) {
    const row = rows[r]!;
    const cells = row.map(text);
    if (cells.every((c) => !c)) continue;
    // A merged department cell spans the doctors below it.
    const name = (nameColumn !== undefined ? cells[nameColumn] : '') || (header.doctor !== undefined ? lastName : '');
    if (!name) continue;
    lastName = name;
    const department = departmentOf(name.replace(/\s+/g, ''));
    const rowDoctor = header.doctor !== undefined ? cells[header.doctor]?.replace(/\s+/g, '') : undefined;
    const title = header.title !== undefined ? (cells[header.title] ?? '') : '';
    // The cells to read: the weekday columns, or the times listed in one column.
    let marks: { weekday: Weekday; part: Part; label: string; raw: string }[] = header.columns.map((column) => ({
      ...column,
      raw: cells[column.index] ?? '',
    }));
    if (list) {
      const raw = cells[list.times] ?? '';
      const label = text(rows[list.row]![list.times]);
      const times = EMPTY.test(raw.trim()) ? [] : readTimeList(raw);
      if (!times) {
        reading.review.push({
          row: r + 1,
          column: label,
          text: raw,
          reason: say(lang, '看不出是星期几的上午还是下午', 'not a list of weekdays and half days'),
        });
        continue;
      }
      marks = times.map((t) => ({ ...t, label, raw: '√' }));
    }
    for (const column of marks) {
      const raw = column.raw;
      const mark = readCell(raw, column.part, dayParts, lang);
      if (mark === 'none') continue;
      if (mark === 'no-day-parts') {
        missingParts = true;
        continue;
      }
      if (mark.problem) {
        reading.review.push({ row: r + 1, column: column.label, text: raw, reason: mark.problem });
        continue;
      }
      for (const s of mark.sessions) {
        const doctor = s.doctor ?? rowDoctor;
        const clinicType = s.clinicType ?? (/主任/.test(title) ? 'expert' : undefined);
        const key = `${department}|${s.start}|${s.end}|${clinicType ?? ''}|${doctor ?? ''}`;
        const session = collected.get(key);
        if (session) {
          if (!session.days.includes(column.weekday)) session.days.push(column.weekday);
        } else
          collected.set(key, {
            department,
            days: [column.weekday],
            start: s.start,
            end: s.end,
            ...(clinicType && { clinicType }),
            ...(doctor && { doctor }),
          });
      }
    }
  }
  if (missingParts) {
    reading.fatal = say(
      lang,
      '表里有只写上午/下午（或全天）而没有钟点的格子，但数据里没有 schedule.dayParts（上午、下午的钟点）：请先在数据里写上',
      'The sheet marks half days (or whole days) without clock times, and the feed has no schedule.dayParts (the usual morning and afternoon hours): add them first',
    );
    return reading;
  }
  const order = (d: Weekday) => WEEKDAYS.indexOf(d);
  reading.sessions = [...collected.values()].map((s) => ({
    ...s,
    days: [...s.days].sort((a, b) => order(a) - order(b)),
  }));
  reading.added = [...added.values()];
  return reading;
}

/** The feed with the roster in it: the departments the sheet covers get its sessions in place of their old ones. */
export function withRoster(feed: Feed, reading: RosterReading): Feed {
  const covered = new Set(reading.sessions.map((s) => s.department));
  return {
    ...feed,
    departments: [...feed.departments, ...reading.added],
    schedule: {
      ...feed.schedule,
      regular: [...feed.schedule.regular.filter((s) => !covered.has(s.department)), ...reading.sessions],
    },
  };
}
