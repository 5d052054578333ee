/**
 * The words for each problem code: a message and a fix hint, in zh-CN and en. A Problem is
 * a Finding with its words; findings keep their `params`, so the words can be rendered in
 * another language without checking the feed again.
 */
import type { Lang } from '../i18n/local-text';
import { type Finding, type ProblemCode, type ProblemParams, severityOf } from './problem-codes';

export interface Problem extends Finding {
  message: string;
  /** How to fix it, in the same language as `message`. */
  hint: string;
}

type Text = (p: ProblemParams) => string;
interface Words {
  message: Record<Lang, Text>;
  hint: Record<Lang, Text>;
}

const list = (v: unknown) => String(v ?? '');
/** A local date-time as the instant the format wants: 'T' between date and time, +08:00 after. */
const withOffset = (v: unknown) => `${String(v ?? '').replace(' ', 'T')}+08:00`;

const TYPE_NAMES: Record<string, Record<Lang, string>> = {
  string: { 'zh-CN': '文字（字符串）', en: 'a string' },
  number: { 'zh-CN': '数字', en: 'a number' },
  integer: { 'zh-CN': '整数', en: 'an integer' },
  boolean: { 'zh-CN': '布尔值 true/false', en: 'true or false' },
  object: { 'zh-CN': '对象 {…}', en: 'an object {…}' },
  array: { 'zh-CN': '列表 […]', en: 'a list […]' },
  null: { 'zh-CN': 'null', en: 'null' },
  'language-map': { 'zh-CN': '多语言对象 {"zh-CN": …}', en: 'a language map {"zh-CN": …}' },
};

const WEEKDAY_NAMES: Record<string, Record<Lang, string>> = {
  mon: { 'zh-CN': '周一', en: 'Mon' },
  tue: { 'zh-CN': '周二', en: 'Tue' },
  wed: { 'zh-CN': '周三', en: 'Wed' },
  thu: { 'zh-CN': '周四', en: 'Thu' },
  fri: { 'zh-CN': '周五', en: 'Fri' },
  sat: { 'zh-CN': '周六', en: 'Sat' },
  sun: { 'zh-CN': '周日', en: 'Sun' },
};
/** "周一 08:00–12:00" / "Mon 08:00–12:00", or the hours alone without a weekday. */
const when = (p: ProblemParams, lang: Lang) =>
  `${p.day === undefined ? '' : `${WEEKDAY_NAMES[String(p.day)]?.[lang] ?? p.day} `}${p.start}–${p.end}`;

/** A type name (or `a | b` of them) in words of `lang`. */
function typeNames(v: unknown, lang: Lang): string {
  return String(v ?? '')
    .split(' | ')
    .map((t) => TYPE_NAMES[t]?.[lang] ?? t)
    .join(lang === 'en' ? ' or ' : '或');
}

/** The message and fix hint of every code a feed reader can report. */
export const MESSAGES = {
  'json.syntax': {
    message: {
      'zh-CN': (p) =>
        `不是有效的 JSON：第 ${p.line} 行第 ${p.column} 列，` +
        (p.found === 'end' ? '内容意外结束（文件可能不完整）' : `此处不应出现 ${p.found}`),
      en: (p) =>
        `Not valid JSON: line ${p.line}, column ${p.column}: ` +
        (p.found === 'end' ? 'the text ends too early (the file may be truncated)' : `unexpected ${p.found}`),
    },
    hint: {
      'zh-CN': () => '用 JSON 校验工具检查该位置附近的逗号、引号和括号；文件可能被截断。',
      en: () => 'Check commas, quotes and brackets near that position; the file may be truncated.',
    },
  },
  'json.encoding': {
    message: {
      'zh-CN': () => '文件不是 UTF-8 编码（常见原因：以 GBK/GB2312 保存）',
      en: () => 'The file is not UTF-8 (often: saved as GBK/GB2312)',
    },
    hint: {
      'zh-CN': () => '在编辑器中以“UTF-8”编码重新保存文件。',
      en: () => 'Save the file again with the UTF-8 encoding.',
    },
  },
  'json.bom': {
    message: {
      'zh-CN': () => '文件以 UTF-8 BOM 开头，已忽略',
      en: () => 'The file starts with a UTF-8 byte order mark; it was ignored',
    },
    hint: {
      'zh-CN': () => '保存为不带 BOM 的 UTF-8；有的读取程序会因 BOM 拒绝文件。',
      en: () => 'Save as UTF-8 without BOM; some readers reject files that start with one.',
    },
  },
  'json.too-deep': {
    message: {
      'zh-CN': (p) => `嵌套超过 ${p.max} 层，未检查其中的内容`,
      en: (p) => `Nested more than ${p.max} levels deep; what lies inside was not checked`,
    },
    hint: {
      'zh-CN': () => '本格式最深只需 7 层：检查生成文件的程序，它可能把列表或对象套进了自身。',
      en: () =>
        'The format itself needs 7 levels at most: check the program that writes the file; it may nest a value in itself.',
    },
  },
  'json.duplicate-key': {
    message: {
      'zh-CN': (p) => `同一对象中键 ${JSON.stringify(p.key)} 出现了不止一次，只有最后一个值生效`,
      en: (p) => `Key ${JSON.stringify(p.key)} appears more than once in this object; only the last value counts`,
    },
    hint: {
      'zh-CN': () => '删去多余的一项，或把两项合并为一项；其他程序可能读到的是前一个值。',
      en: () => 'Remove the extra one or merge the two; another program may read the first value instead.',
    },
  },
  'feed.too-large': {
    message: {
      'zh-CN': (p) => `数据文件过大：${p.size}，上限 5 MiB`,
      en: (p) => `The feed is too large: ${p.size}, the limit is 5 MiB`,
    },
    hint: {
      'zh-CN': () => '减少号源（slots）的天数，或删去过期的通知和候诊统计。',
      en: () => 'Publish fewer days of slots, or drop expired notices and old wait figures.',
    },
  },
  'feed.unsupported-version': {
    message: {
      'zh-CN': (p) => `数据格式版本 ${p.version} 高于本程序支持的版本 1`,
      en: (p) => `Feed version ${p.version} is newer than the version this reader supports (1)`,
    },
    hint: {
      'zh-CN': () => '请更新明白就医组件或工具；或按版本 1 发布。',
      en: () => 'Update the ClearClinic widget or tool, or publish the feed as version 1.',
    },
  },
  'feed.too-many-problems': {
    message: {
      'zh-CN': (p) => `问题过多，另有 ${p.count} 条未列出`,
      en: (p) => `Too many problems: ${p.count} more not listed`,
    },
    hint: {
      'zh-CN': () => '先修正上面列出的问题，再重新检查。',
      en: () => 'Fix the problems listed above, then check again.',
    },
  },
  'schema.required': {
    message: {
      'zh-CN': (p) => `缺少必填项 ${p.field}`,
      en: (p) => `Required field ${p.field} is missing`,
    },
    hint: {
      'zh-CN': (p) => `添加 ${p.field}（见 feed-v1 规范中该对象的字段表）。`,
      en: (p) => `Add ${p.field} (see the field table of this object in the feed-v1 spec).`,
    },
  },
  'schema.type': {
    message: {
      'zh-CN': (p) => `类型错误：应为${typeNames(p.expected, 'zh-CN')}，实际为${typeNames(p.received, 'zh-CN')}`,
      en: (p) => `Wrong type: expected ${typeNames(p.expected, 'en')}, got ${typeNames(p.received, 'en')}`,
    },
    hint: {
      'zh-CN': (p) => `改为${typeNames(p.expected, 'zh-CN')}。数字和布尔值不要加引号。`,
      en: (p) => `Make it ${typeNames(p.expected, 'en')}. Numbers and booleans take no quotes.`,
    },
  },
  'schema.enum': {
    message: {
      'zh-CN': (p) => `取值 ${p.received} 不在允许范围内：${list(p.values)}`,
      en: (p) => `Value ${p.received} is not one of: ${list(p.values)}`,
    },
    hint: {
      'zh-CN': (p) => `使用以下之一：${list(p.values)}（区分大小写）。`,
      en: (p) => `Use one of: ${list(p.values)} (case-sensitive).`,
    },
  },
  'schema.range': {
    message: {
      'zh-CN': (p) =>
        p.unrepresentable
          ? '数值的绝对值太大，超出可表示的范围'
          : p.origin === 'array'
            ? p.minimum === 1 && p.maximum === undefined
              ? '列表不能为空'
              : `列表长度超出范围（${p.minimum ?? '…'}–${p.maximum ?? '…'}）`
            : p.origin === 'string'
              ? '文字不能为空'
              : `数值 ${p.received} 超出范围（${p.minimum ?? '…'}–${p.maximum ?? '…'}）`,
      en: (p) =>
        p.unrepresentable
          ? 'The number is out of range: too large to be represented'
          : p.origin === 'array'
            ? p.minimum === 1 && p.maximum === undefined
              ? 'The list must not be empty'
              : `The list length is out of range (${p.minimum ?? '…'}–${p.maximum ?? '…'})`
            : p.origin === 'string'
              ? 'The text must not be empty'
              : `Value ${p.received} is out of range (${p.minimum ?? '…'}–${p.maximum ?? '…'})`,
    },
    hint: {
      'zh-CN': (p) =>
        p.unrepresentable
          ? '改成该字段允许的数值；检查是否多写了位数或指数（如 1e400）。'
          : p.origin === 'number'
            ? `填写 ${p.minimum ?? '…'} 到 ${p.maximum ?? '…'} 之间的值。`
            : '至少填写一项。',
      en: (p) =>
        p.unrepresentable
          ? 'Use a value the field allows; check for extra digits or an exponent (such as 1e400).'
          : p.origin === 'number'
            ? `Use a value from ${p.minimum ?? '…'} to ${p.maximum ?? '…'}.`
            : 'Give at least one.',
    },
  },
  'time.format': {
    message: {
      'zh-CN': (p) => `时间 ${p.received} 格式错误，应为 24 小时制 HH:MM`,
      en: (p) => `Time ${p.received} is malformed: expected 24-hour HH:MM`,
    },
    hint: {
      'zh-CN': () => '例如 08:00、13:30；一天结束可写 24:00。',
      en: () => 'For example 08:00 or 13:30; the end of a day may be 24:00.',
    },
  },
  'time.order': {
    message: {
      'zh-CN': (p) => `结束时间 ${p.end} 不晚于开始时间 ${p.start}`,
      en: (p) => `End ${p.end} is not after start ${p.start}`,
    },
    hint: {
      'zh-CN': () => '检查是否把上下午写反；跨午夜的时段请拆成两段（结束于 24:00 和始于 00:00）。',
      en: () => 'Check for swapped times; split a session that crosses midnight at 24:00 / 00:00.',
    },
  },
  'date.format': {
    message: {
      'zh-CN': (p) => `日期 ${p.received} 无效，应为真实存在的 YYYY-MM-DD`,
      en: (p) => `Date ${p.received} is invalid: expected a real date as YYYY-MM-DD`,
    },
    hint: {
      'zh-CN': () => '例如 2026-02-14；月、日补足两位。',
      en: () => 'For example 2026-02-14, with two-digit month and day.',
    },
  },
  'date.order': {
    message: {
      'zh-CN': (p) => `结束日期 ${p.end} 早于开始日期 ${p.start}`,
      en: (p) => `End date ${p.end} is before start date ${p.start}`,
    },
    hint: {
      'zh-CN': () => '交换两个日期，或更正其中一个。',
      en: () => 'Swap the two dates or correct one of them.',
    },
  },
  'date.range': {
    message: {
      'zh-CN': (p) => `日期 ${p.received} 超出允许的范围（${p.first}–${p.last} 年）`,
      en: (p) => `Date ${p.received} is outside the years allowed (${p.first}–${p.last})`,
    },
    hint: {
      'zh-CN': () => '检查年份是否写错（例如 0026 应为 2026）；占位日期请删去该字段。',
      en: () => 'Check the year for a typo (0026 for 2026); drop the field rather than fill in a placeholder date.',
    },
  },
  'instant.format': {
    message: {
      'zh-CN': (p) => `时间点 ${p.received} 格式错误`,
      en: (p) => `Instant ${p.received} is malformed`,
    },
    hint: {
      'zh-CN': () => '使用带时区偏移的 ISO 8601，例如 2026-02-14T08:00:00+08:00。',
      en: () => 'Use ISO 8601 with an offset, e.g. 2026-02-14T08:00:00+08:00.',
    },
  },
  'instant.offset-missing': {
    message: {
      'zh-CN': (p) => `时间点 ${p.received} 缺少时区偏移`,
      en: (p) => `Instant ${p.received} has no UTC offset`,
    },
    hint: {
      'zh-CN': (p) => `写成带偏移的时间点，例如 ${withOffset(p.received)}。`,
      en: (p) => `Write it with an offset, e.g. ${withOffset(p.received)}.`,
    },
  },
  'timezone.unknown': {
    message: {
      'zh-CN': (p) => `未知时区 ${p.received}`,
      en: (p) => `Unknown time zone ${p.received}`,
    },
    hint: {
      'zh-CN': () => '使用 IANA 时区名，中国大陆为 Asia/Shanghai（也可省略，默认即是）。',
      en: () => 'Use an IANA zone name; mainland China is Asia/Shanghai (the default when omitted).',
    },
  },
  'id.format': {
    message: {
      'zh-CN': (p) => `标识 ${p.received} 格式错误：只能用小写字母、数字和连字符，最长 64 位`,
      en: (p) => `Id ${p.received} is malformed: lowercase letters, digits and hyphens only, at most 64`,
    },
    hint: {
      'zh-CN': () => '例如 pediatrics、peds-2；不要用中文、空格或大写。',
      en: () => 'For example pediatrics or peds-2; no Chinese, spaces or capitals.',
    },
  },
  'id.duplicate': {
    message: {
      'zh-CN': (p) =>
        p.first === 'built-in'
          ? `标识 ${p.id} 是内置门诊类型的名称，不能再定义`
          : `标识 ${p.id} 重复，首次出现在 ${p.first}`,
      en: (p) =>
        p.first === 'built-in'
          ? `Id ${p.id} is a built-in clinic type's name and cannot be defined again`
          : `Id ${p.id} is used twice; first at ${p.first}`,
    },
    hint: {
      'zh-CN': () => '每个标识在同类对象中必须唯一：改名其中一个。',
      en: () => 'Ids must be unique among objects of a kind: rename one.',
    },
  },
  'ref.unknown-department': {
    message: {
      'zh-CN': (p) => `科室 ${p.id} 不存在于 departments 中`,
      en: (p) => `Department ${p.id} is not in departments`,
    },
    hint: {
      'zh-CN': () => '检查拼写，或在 departments 中添加该科室。',
      en: () => 'Check the spelling, or add the department to departments.',
    },
  },
  'ref.unknown-campus': {
    message: {
      'zh-CN': (p) => `院区 ${p.id} 不存在于 hospital.campuses 中`,
      en: (p) => `Campus ${p.id} is not in hospital.campuses`,
    },
    hint: {
      'zh-CN': () => '检查拼写，或在 hospital.campuses 中添加该院区。',
      en: () => 'Check the spelling, or add the campus to hospital.campuses.',
    },
  },
  'ref.unknown-clinic-type': {
    message: {
      'zh-CN': (p) =>
        `门诊类型 ${p.id} 既不是内置类型（general、specialist、expert、special-needs），也不在 schedule.clinicTypes 中`,
      en: (p) =>
        `Clinic type ${p.id} is neither built in (general, specialist, expert, special-needs) nor in schedule.clinicTypes`,
    },
    hint: {
      'zh-CN': () => '检查拼写，或在 schedule.clinicTypes 中定义该类型（含名称和所属内置类型 category）。',
      en: () => 'Check the spelling, or define the type in schedule.clinicTypes (with its name and built-in category).',
    },
  },
  'ref.unknown-notice': {
    message: {
      'zh-CN': (p) => `supersedes 所指的通知 ${p.id} 不存在（或就是本通知）`,
      en: (p) => `The superseded notice ${p.id} does not exist (or is this notice itself)`,
    },
    hint: {
      'zh-CN': () => '写被取代通知的 id；被取代的通知应保留在 notices 中。',
      en: () => 'Name the id of the notice being replaced; keep that notice in notices.',
    },
  },
  'url.scheme': {
    message: {
      'zh-CN': (p) => `链接只允许 https: 或 http:，实际为 ${p.scheme}`,
      en: (p) => `Links must be https: or http:, not ${p.scheme}`,
    },
    hint: {
      'zh-CN': () => '改用完整的 https:// 网址；不得使用 javascript:、data: 等。',
      en: () => 'Use a full https:// address; javascript:, data: and similar are never allowed.',
    },
  },
  'url.format': {
    message: {
      'zh-CN': (p) => `链接 ${p.received} 不是完整的网址`,
      en: (p) => `Link ${p.received} is not a complete URL`,
    },
    hint: {
      'zh-CN': () => '写出包含 https:// 和域名的完整网址。',
      en: () => 'Write the whole address, with https:// and the host name.',
    },
  },
  'hospital.id-checksum': {
    message: {
      'zh-CN': (p) =>
        p.reason === 'format'
          ? `统一社会信用代码 ${p.received} 格式不对：应为 18 位数字或大写字母（不含 I、O、Z、S、V）`
          : p.reason === 'org-checksum'
            ? `统一社会信用代码 ${p.received} 中的组织机构代码（第 9–17 位）校验位不符（应为 ${p.expected}）`
            : `统一社会信用代码 ${p.received} 校验位不符（按 GB 32100 应为 ${p.expected}）`,
      en: (p) =>
        p.reason === 'format'
          ? `Unified social credit code ${p.received} is malformed: 18 digits or capitals (no I, O, Z, S, V)`
          : p.reason === 'org-checksum'
            ? `Unified social credit code ${p.received}: its organization code (characters 9–17) fails its check (expected ${p.expected})`
            : `Unified social credit code ${p.received} fails its GB 32100 check (expected ${p.expected} last)`,
    },
    hint: {
      'zh-CN': () => '核对医院事业单位法人证书上的代码；个别真实代码确实不合校验，可保留。',
      en: () => "Compare with the hospital's registration certificate; a few real codes do fail the check.",
    },
  },
  'slot.overbooked': {
    message: {
      'zh-CN': (p) => `已约 ${p.booked} 超过号源容量 ${p.capacity}`,
      en: (p) => `Booked ${p.booked} exceeds capacity ${p.capacity}`,
    },
    hint: {
      'zh-CN': () => '核对号源数据的导出逻辑。',
      en: () => 'Check how slot data is exported.',
    },
  },
  'slot.outside-hours': {
    message: {
      'zh-CN': (p) => `号源 ${p.start} 不在科室 ${p.department} 当日的出诊时间内`,
      en: (p) => `Slot ${p.start} is outside department ${p.department}'s hours that day`,
    },
    hint: {
      'zh-CN': () => '补充当日的排班或节假日通知，或删去该号源。',
      en: () => 'Add the roster or notice for that day, or remove the slot.',
    },
  },
  'session.overlap': {
    message: {
      'zh-CN': (p) =>
        p.identical
          ? `与 ${p.first} 的出诊时段完全相同（${when(p, 'zh-CN')}），重复的只算一次`
          : `与 ${p.first} 的出诊时段重叠（${when(p, 'zh-CN')}），两者科室和门诊类型相同`,
      en: (p) =>
        p.identical
          ? `Repeats the session at ${p.first} (${when(p, 'en')}); it counts once`
          : `Overlaps the session at ${p.first} (${when(p, 'en')}), of the same department and clinic type`,
    },
    hint: {
      'zh-CN': () => '删去重复的一条，或更正时间；两位医生同时出诊时，请在各自的 doctor 中写明。',
      en: () => 'Remove the repeat or correct the hours; when two doctors see patients at once, name each in doctor.',
    },
  },
  'calendar.pending': {
    message: {
      'zh-CN': (p) =>
        `数据涉及 ${String(p.years ?? p.year).replaceAll(', ', '、')} 年，而国务院尚未公布${Number(p.count ?? 1) > 1 ? '这些年份' : '该年'}的放假安排：节假日门诊无法确认`,
      en: (p) =>
        `The feed reaches ${p.years ?? p.year}, whose national holiday arrangement${Number(p.count ?? 1) > 1 ? 's are' : ' is'} not yet published: holiday hours are unconfirmed`,
    },
    hint: {
      'zh-CN': () => '放假安排公布后更新；也可在 holidayCalendar 中自行列出。',
      en: () => 'Update once it is published, or state the days in holidayCalendar.',
    },
  },
  'calendar.duplicate-date': {
    message: {
      'zh-CN': (p) => `holidayCalendar 中日期 ${p.date} 出现两次，首次在 ${p.first}`,
      en: (p) => `Date ${p.date} appears twice in holidayCalendar; first at ${p.first}`,
    },
    hint: {
      'zh-CN': () => '每个日期只列一次。',
      en: () => 'List each date once.',
    },
  },
  'notice.duplicate-entry': {
    message: {
      'zh-CN': (p) => `同一通知对 ${p.date} 有两条范围完全相同的安排，后一条取代前一条（${p.first}）`,
      en: (p) =>
        `The notice has two entries with the same scope for ${p.date}; the later one replaces the earlier (${p.first})`,
    },
    hint: {
      'zh-CN': () => '删去被取代的一条，或合并为一条。',
      en: () => 'Remove the replaced entry, or merge the two.',
    },
  },
  'notice.range': {
    message: {
      'zh-CN': (p) => `通知条目从 ${p.start} 到 ${p.end} 共跨 ${p.days} 天，超过上限 ${p.max} 天`,
      en: (p) =>
        `The entry runs from ${p.start} to ${p.end}, ${p.days} days after its date; at most ${p.max} are allowed`,
    },
    hint: {
      'zh-CN': () => '检查 through 的日期是否写错；较长的安排请拆成几条，或改写常规排班。',
      en: () =>
        'Check the through date; split a longer arrangement into several entries, or change the regular roster.',
    },
  },
  'notice.clinic-type-scope': {
    message: {
      'zh-CN': (p) => `该时段的门诊类型 ${p.type} 不在本条目的 clinicTypes（${p.scope}）之内`,
      en: (p) => `The session's clinic type ${p.type} is outside the entry's clinicTypes (${p.scope})`,
    },
    hint: {
      'zh-CN': () => '给该时段写明本条目所列的门诊类型，或把它的类型加入 clinicTypes。',
      en: () => "Give the session one of the entry's clinic types, or add its type to clinicTypes.",
    },
  },
  'schedule.not-stated': {
    message: {
      'zh-CN': (p) => `${p.kind === 'makeup' ? '调休上班日' : '节假日'}${p.dates}的门诊安排没有公布，将显示为"未公布"`,
      en: (p) =>
        `What runs on the ${p.kind === 'makeup' ? 'make-up workdays' : 'holiday days off'} ${p.dates} is not stated; they show as "Not announced"`,
    },
    hint: {
      'zh-CN': (p) =>
        p.kind === 'makeup'
          ? '发布这些日期的通知（如"按星期五排班"），或设置 makeupRoster 说明调休上班日按星期几排班。'
          : '发布这些日期的通知，或设置 onHoliday（closed 停诊 / weekend-roster 按周末排班 / regular 照常）。',
      en: (p) =>
        p.kind === 'makeup'
          ? 'Publish a notice for these dates (e.g. "Friday roster"), or set makeupRoster to the weekday whose roster runs on make-up workdays.'
          : 'Publish a notice for these dates, or set onHoliday (closed / weekend-roster / regular).',
    },
  },
  'guide.materials-empty': {
    message: {
      'zh-CN': () => '所需材料为空，但未声明 noMaterials: true',
      en: () => 'materials is empty but noMaterials: true is not stated',
    },
    hint: {
      'zh-CN': () => '列出所需材料；确实无需材料时写 "noMaterials": true。',
      en: () => 'List the materials, or state "noMaterials": true when none are needed.',
    },
  },
  'text.control-character': {
    message: {
      'zh-CN': () => '文字中含有不可见的控制字符',
      en: () => 'The text contains invisible control characters',
    },
    hint: {
      'zh-CN': () => '删去从其他软件复制时带入的控制字符。',
      en: () => 'Remove control characters carried over by copy and paste.',
    },
  },
} satisfies Record<ProblemCode, Words>;

/** A finding in words of `lang` (also re-renders a Problem in another language). */
export function describe(finding: Finding, lang: Lang): Problem {
  const words: Words = MESSAGES[finding.code];
  return {
    severity: severityOf(finding.code),
    code: finding.code,
    path: finding.path,
    params: finding.params,
    message: words.message[lang](finding.params),
    hint: words.hint[lang](finding.params),
  };
}
