/** Every word the widget and the extension show, in zh-CN and en (the views' own words live beside them). */
import type { Lang } from './local-text';

export type StringTable = Record<string, Record<Lang, string>>;

/** A lookup over one table: the string in `lang`, with `{name}` placeholders filled in. */
export function translator<T extends StringTable>(table: T) {
  return (lang: Lang, key: keyof T & string, params: Record<string, string | number> = {}): string => {
    const text = table[key]![lang];
    return text.includes('{') ? text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? '')) : text;
  };
}

const STRINGS = {
  loading: { 'zh-CN': '正在加载出诊信息…', en: 'Loading clinic information…' },
  tabHours: { 'zh-CN': '出诊时间', en: 'Hours' },
  tabSlots: { 'zh-CN': '分时段号源', en: 'Slots' },
  tabWaits: { 'zh-CN': '候诊时间', en: 'Wait times' },
  tabGuide: { 'zh-CN': '办事指南', en: 'Service guide' },
  staticHours: { 'zh-CN': '今后15天出诊时间', en: 'Hours for the next 15 days' },
  staticAsOf: { 'zh-CN': '按医院{updatedAt}发布的数据生成', en: 'From the data the hospital published at {updatedAt}' },
  feedLink: { 'zh-CN': '医院发布的数据（JSON）', en: 'The data the hospital published (JSON)' },
  viewsLabel: { 'zh-CN': '出诊信息', en: 'Clinic information' },
  today: { 'zh-CN': '今天', en: 'Today' },
  dayWorkday: { 'zh-CN': '工作日', en: 'Workday' },
  dayWeekend: { 'zh-CN': '周末', en: 'Weekend' },
  dayHoliday: { 'zh-CN': '节假日', en: 'Public holiday' },
  dayMakeup: { 'zh-CN': '调休上班', en: 'Make-up workday' },
  makeupFor: { 'zh-CN': '{name}调休上班', en: 'Make-up workday for {name}' },
  pendingCalendar: {
    'zh-CN': '{year}年国家放假安排尚未公布：节假日是否出诊待定，以医院通知为准。',
    en: 'The national holiday arrangement for {year} is not published yet: holiday hours are unconfirmed; follow the hospital’s notices.',
  },
  alwaysOpen: { 'zh-CN': '24小时接诊', en: 'Open 24 hours' },
  noSessions: { 'zh-CN': '当日没有门诊', en: 'No clinics this day' },
  clinicGeneral: { 'zh-CN': '普通门诊', en: 'General clinic' },
  clinicSpecialist: { 'zh-CN': '专科门诊', en: 'Specialist clinic' },
  clinicExpert: { 'zh-CN': '专家门诊', en: 'Expert clinic' },
  clinicSpecialNeeds: { 'zh-CN': '特需门诊', en: 'Special-needs clinic' },
  basisRegular: { 'zh-CN': '常规排班', en: 'Regular roster' },
  basisRoster: { 'zh-CN': '按星期{weekday}排班', en: '{weekday} roster' },
  basisNotice: { 'zh-CN': '依据通知', en: 'Per notice' },
  basisHoliday: { 'zh-CN': '节假日安排', en: 'Holiday arrangement' },
  basisNotStated: { 'zh-CN': '医院未公布此日安排', en: 'The hospital has not announced this day' },
  openNow: { 'zh-CN': '开诊中', en: 'Open now' },
  closedNow: { 'zh-CN': '已停诊', en: 'Closed now' },
  todayUnknown: { 'zh-CN': '今日未公布', en: 'Not announced today' },
  opensAt: { 'zh-CN': '{when} 开诊', en: 'opens {when}' },
  closesAt: { 'zh-CN': '{when} 停诊', en: 'closes {when}' },
  tomorrow: { 'zh-CN': '明天', en: 'tomorrow' },
  statusUnknown: { 'zh-CN': '未公布', en: 'Not announced' },
  statusEmergencyOnly: { 'zh-CN': '仅急诊', en: 'Emergencies only' },
  statusClosed: { 'zh-CN': '停诊', en: 'Closed' },
  hoursNotStated: { 'zh-CN': '{part}（具体时间未公布）', en: '{part} (exact times not announced)' },
  partAm: { 'zh-CN': '上午', en: 'Morning' },
  partPm: { 'zh-CN': '下午', en: 'Afternoon' },
  partEvening: { 'zh-CN': '夜间', en: 'Evening' },
  partAllDay: { 'zh-CN': '全天', en: 'All day' },
  referTo: { 'zh-CN': '请到{place}', en: 'Go to {place}' },
  onlyTypes: { 'zh-CN': '（仅{types}）', en: ' (only {types})' },
  exceptTypes: { 'zh-CN': '（{types}除外）', en: ' (except {types})' },
  chooseDay: { 'zh-CN': '选择日期', en: 'Choose a day' },
  filterLabel: { 'zh-CN': '找科室', en: 'Find a department' },
  filterHint: { 'zh-CN': '输入科室名称，如“儿科”', en: 'Type a name, e.g. Pediatrics' },
  filterFound: { 'zh-CN': '找到 {n} 个科室', en: 'Departments found: {n}' },
  filterNone: { 'zh-CN': '这一天没有与“{q}”相符的科室', en: 'No department matching “{q}” this day' },
  /** The data's age: when the hospital last changed its feed, and when we last heard from it. */
  dataAge: { 'zh-CN': '医院 {updated} 更新 · {age}检查', en: 'Updated by the hospital {updated} · checked {age}' },
  checkedAge: { 'zh-CN': '{age}检查', en: 'Checked {age}' },
  fromCache: { 'zh-CN': '（离线缓存）', en: ' (saved copy)' },
  ageNow: { 'zh-CN': '刚刚', en: 'just now' },
  ageMinutes: { 'zh-CN': '{n}分钟前', en: '{n} min ago' },
  ageHours: { 'zh-CN': '{n}小时前', en: '{n} h ago' },
  ageDays: { 'zh-CN': '{n}天前', en: '{n} days ago' },
  /** The failure alert's stand-in, when the alert's own code and words could not be loaded. */
  viewLoadFailed: {
    'zh-CN': '这部分内容未能加载（可能已离线）。',
    en: 'This part could not be loaded (you may be offline).',
  },
  retry: { 'zh-CN': '重试', en: 'Try again' },
  errorUpdate: { 'zh-CN': '未能更新出诊信息。', en: 'The clinic information could not be updated.' },
  errorDate: {
    'zh-CN': '属性 date="{value}" 不是日期（应为 2026-11-20 这样的格式），显示今天。',
    en: 'Attribute date="{value}" is not a date (write it like 2026-11-20); showing today.',
  },
  errorDepartment: {
    'zh-CN': '本院数据中没有科室 “{value}”（department 属性），已忽略。',
    en: 'This hospital\'s feed has no department "{value}" (department attribute); it is left out.',
  },
  doctor: { 'zh-CN': '（{name}）', en: ' ({name})' },
  errorAttribute: {
    'zh-CN': '属性 {name}="{value}" 无效，已使用默认值 {fallback}。',
    en: 'Attribute {name}="{value}" is not valid; using {fallback}.',
  },
  weekdayNames: { 'zh-CN': '一,二,三,四,五,六,日', en: 'Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday' },
} satisfies StringTable;

export type StringKey = keyof typeof STRINGS;

/** A core UI string (shell, hours, errors) in `lang`. */
export const t = translator(STRINGS);

/** The weekday's name for "按星期X排班" (一 … 日) or "Monday roster". */
export function weekdayName(lang: Lang, index: number): string {
  return t(lang, 'weekdayNames').split(',')[index] ?? '';
}
