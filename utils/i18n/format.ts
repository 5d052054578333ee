/**
 * Dates, times and ages for people, in zh-CN or en. Dates are day numbers formatted as
 * UTC dates, so the browser's own zone can never shift a day.
 */
import { civilFromDay, type DayNumber, parseDate, weekdayIndex, yearOf } from '../date/civil';
import { parseInstant, todayIn } from '../date/zone';
import type { Lang } from './local-text';
import { t } from './strings';

const ZH_WEEKDAYS = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];
const EN_WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "11月28日" / "28 Nov". */
export function formatMonthDay(day: DayNumber, lang: Lang): string {
  const { month, day: d } = civilFromDay(day);
  return lang === 'en' ? `${d} ${EN_MONTHS[month - 1]}` : `${month}月${d}日`;
}

/** "周六" / "Sat". */
export function formatWeekday(day: DayNumber, lang: Lang): string {
  return (lang === 'en' ? EN_WEEKDAYS : ZH_WEEKDAYS)[weekdayIndex(day)]!;
}

/** "11月28日 周六" / "Sat 28 Nov". */
export function formatDayLabel(day: DayNumber, lang: Lang): string {
  return lang === 'en'
    ? `${formatWeekday(day, lang)} ${formatMonthDay(day, lang)}`
    : `${formatMonthDay(day, lang)} ${formatWeekday(day, lang)}`;
}

/** "08:00–11:30". */
export function formatTimeRange(start: string, end: string): string {
  return `${start}–${end}`;
}

/**
 * The data's age as patients read it (the feed's own date, then when it was last checked):
 * "医院 11月20日 更新 · 3小时前检查" / "Updated by the hospital 20 Nov · checked 3 h ago". The
 * date is the feed's `updatedAt` in the hospital's zone, with its year when not this year.
 */
export function formatDataAge(
  updatedAt: string,
  timeZone: string,
  checkedMs: number,
  nowMs: number,
  lang: Lang,
): string {
  const age = formatAge(checkedMs, nowMs, lang);
  const at = parseInstant(updatedAt);
  if (at === undefined) return t(lang, 'checkedAge', { age });
  const day = parseDate(todayIn(timeZone, at))!;
  const sameYear = yearOf(day) === yearOf(parseDate(todayIn(timeZone, nowMs))!);
  const updated = sameYear
    ? formatMonthDay(day, lang)
    : lang === 'en'
      ? `${formatMonthDay(day, lang)} ${yearOf(day)}`
      : `${yearOf(day)}年${formatMonthDay(day, lang)}`;
  return t(lang, 'dataAge', { updated, age });
}

/** How old data is: "3小时前" / "3 h ago". */
export function formatAge(fromMs: number, nowMs: number, lang: Lang): string {
  const minutes = Math.max(0, Math.floor((nowMs - fromMs) / 60_000));
  if (minutes < 1) return t(lang, 'ageNow');
  if (minutes < 60) return t(lang, 'ageMinutes', { n: minutes });
  if (minutes < 48 * 60) return t(lang, 'ageHours', { n: Math.floor(minutes / 60) });
  return t(lang, 'ageDays', { n: Math.floor(minutes / 1440) });
}

/**
 * A count with its noun in English: "1 error", "2 errors", "1 hospital", "0 warnings".
 * `other` for nouns whose plural is not the noun and an s ("1 slot length", "3 slot lengths").
 */
export function countEn(n: number, one: string, other = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : other}`;
}
