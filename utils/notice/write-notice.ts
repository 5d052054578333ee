/**
 * A feed's notice as the text a hospital posts (cli.md `export notice-text`): the title, one
 * numbered line per entry with its dates and weekdays, who it concerns, the part of the day,
 * the clock times and what runs; the always-open services and the booking channels; the
 * hospital's name and the date. In Chinese it is written in the words the reader
 * (read-notice.ts) reads, so that `import notice` of it gives back the same resolved schedule;
 * what the reader cannot take back exactly (a referral, a place, a note) is written as words
 * all the same and listed in `inexact`. Pure.
 */
import { civilFromDay, type DayNumber, parseDate, weekdayIndex } from '../date/civil';
import { parseInstant, wallClockAt } from '../date/zone';
import type { Feed, Notice, NoticeEntry } from '../feed/schema';
import { type Lang, textIn } from '../i18n/local-text';

export interface WrittenNotice {
  text: string;
  /** Entries whose referral, place or note the text carries only as words (`import notice` reviews them). */
  inexact: number[];
}

const ZH_WEEK = ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'];
const EN_WEEK = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const EN_MONTH = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const ROSTER_ZH: Record<string, string> = {
  mon: '一',
  tue: '二',
  wed: '三',
  thu: '四',
  fri: '五',
  sat: '六',
  sun: '日',
};
const ROSTER_EN: Record<string, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};
const BUILT_IN_TYPES: Record<string, { 'zh-CN': string; en: string }> = {
  general: { 'zh-CN': '普通门诊', en: 'general clinics' },
  expert: { 'zh-CN': '专家门诊', en: 'expert clinics' },
  specialist: { 'zh-CN': '专科门诊', en: 'specialist clinics' },
  'special-needs': { 'zh-CN': '特需门诊', en: 'special-needs clinics' },
};
const PART: Record<string, { 'zh-CN': string; en: string }> = {
  am: { 'zh-CN': '上午', en: 'in the morning' },
  pm: { 'zh-CN': '下午', en: 'in the afternoon' },
  evening: { 'zh-CN': '晚间', en: 'in the evening' },
};

/** "2026年2月16日（星期一）" / "Monday 16 February 2026"; the year only where it changes. */
function dateWords(day: DayNumber, lang: Lang, withYear: boolean): string {
  const { year, month, day: d } = civilFromDay(day);
  const w = weekdayIndex(day);
  return lang === 'en'
    ? `${EN_WEEK[w]} ${d} ${EN_MONTH[month - 1]}${withYear ? ` ${year}` : ''}`
    : `${withYear ? `${year}年` : ''}${month}月${d}日（${ZH_WEEK[w]}）`;
}

function entryLine(entry: NoticeEntry, feed: Feed, lang: Lang): { line: string; exact: boolean } {
  const zh = lang !== 'en';
  const first = parseDate(entry.date)!;
  const last = entry.through ? parseDate(entry.through)! : first;
  const crossYear = civilFromDay(first).year !== civilFromDay(last).year;
  const dates =
    last > first
      ? `${dateWords(first, lang, true)}${zh ? '至' : ' to '}${dateWords(last, lang, crossYear)}`
      : dateWords(first, lang, true);
  const name = (list: readonly { id: string; name: Parameters<typeof textIn>[0] }[], id: string) =>
    textIn(list.find((x) => x.id === id)?.name, lang) || id;
  const who: string[] = [];
  for (const c of entry.campuses ?? []) who.push(name(feed.hospital.campuses ?? [], c));
  if (Array.isArray(entry.departments))
    who.push((entry.departments as string[]).map((d) => name(feed.departments, d)).join(zh ? '、' : ', '));
  const types = (entry.clinicTypes ?? []).map(
    (t) => BUILT_IN_TYPES[t]?.[zh ? 'zh-CN' : 'en'] ?? name(feed.schedule.clinicTypes ?? [], t),
  );
  const part = entry.part ? PART[entry.part]![zh ? 'zh-CN' : 'en'] : '';
  const times = (entry.sessions ?? []).map((s) => `${s.start}-${s.end}`).join(zh ? '、' : ', ');
  const what = zh
    ? {
        closed: '停诊',
        open: '开诊',
        regular: '照常开诊',
        roster: `按周${ROSTER_ZH[entry.rosterOf ?? 'sat']}排班`,
        'emergency-only': '急诊听班',
        unannounced: '另行通知',
      }[entry.status]
    : {
        closed: 'closed',
        open: 'open',
        regular: 'open as usual',
        roster: `open as on a ${ROSTER_EN[entry.rosterOf ?? 'sat']}`,
        'emergency-only': 'emergencies only',
        unannounced: 'to be announced',
      }[entry.status];
  const extras: string[] = [];
  if (entry.referTo) {
    const where = [
      entry.referTo.campus && name(feed.hospital.campuses ?? [], entry.referTo.campus),
      entry.referTo.department && name(feed.departments, entry.referTo.department),
      entry.referTo.note && textIn(entry.referTo.note, lang),
    ].filter(Boolean);
    extras.push(zh ? `请到${where.join('')}就诊` : `please go to ${where.join(', ')}`);
  }
  if (entry.location)
    extras.push(zh ? `就诊地点：${textIn(entry.location, lang)}` : `at ${textIn(entry.location, lang)}`);
  if (entry.note) extras.push(textIn(entry.note, lang));
  const scope = [...who, ...types].join(zh ? '、' : ', ');
  const line = zh
    ? `${dates}${scope}${part}${times}${what}${extras.length ? `（${extras.join('；')}）` : ''}。`
    : `${dates}: ${scope || 'all clinics'} ${part ? `${part} ` : ''}${what}${times ? ` ${times}` : ''}${extras.length ? ` (${extras.join('; ')})` : ''}.`;
  return { line, exact: extras.length === 0 };
}

export function writeNotice(feed: Feed, notice: Notice, lang: Lang = 'zh-CN'): WrittenNotice {
  const zh = lang !== 'en';
  const lines: string[] = [textIn(notice.title, lang), ''];
  const inexact: number[] = [];
  notice.entries.forEach((entry, i) => {
    const { line, exact } = entryLine(entry, feed, lang);
    if (!exact) inexact.push(i);
    lines.push(`${i + 1}${zh ? '、' : '. '}${line}`);
  });
  const always = [...new Set((feed.schedule.alwaysOpen ?? []).map((a) => a.department))].map(
    (id) => textIn(feed.departments.find((d) => d.id === id)?.name, lang) || id,
  );
  if (always.length || feed.hospital.phone || feed.hospital.website) lines.push('');
  // Said without a date or a status word: the reader passes these lines over, as the feed holds them already.
  if (always.length)
    lines.push(
      zh ? `常设服务：${always.join('、')}全年24小时接诊。` : `Always open: ${always.join(', ')}, 24 hours a day.`,
    );
  const channels = [
    feed.hospital.phone && (zh ? `电话 ${feed.hospital.phone}` : `phone ${feed.hospital.phone}`),
    feed.hospital.website && (zh ? `网站 ${feed.hospital.website}` : `website ${feed.hospital.website}`),
  ].filter(Boolean);
  if (channels.length) lines.push(zh ? `预约挂号：${channels.join('；')}。` : `Booking: ${channels.join('; ')}.`);
  const published = parseInstant(notice.publishedAt);
  lines.push('', textIn(feed.hospital.name, lang));
  if (published !== undefined) {
    const day = wallClockAt(feed.timeZone ?? 'Asia/Shanghai', published).day;
    const { year, month, day: d } = civilFromDay(day);
    lines.push(zh ? `${year}年${month}月${d}日` : `${d} ${EN_MONTH[month - 1]} ${year}`);
  }
  return { text: `${lines.join('\n')}\n`, inexact };
}
