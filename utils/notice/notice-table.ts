/**
 * A notice as a date × department table (what the tools page and the extension show of a notice
 * they read): every date the notice covers, every department of the feed, and in each cell what
 * the feed with the notice resolves to, in words ("08:00–12:00", "停诊", "未公布 (…除外)"). Pure.
 */
import { formatDate, parseDate } from '../date/civil';
import type { Feed, Notice } from '../feed/schema';
import { formatDayLabel } from '../i18n/format';
import { type Lang, textIn } from '../i18n/local-text';
import { clinicTypeLabel, markLabel } from '../i18n/schedule-labels';
import { t } from '../i18n/strings';
import { ScheduleEngine } from '../schedule/engine';

export interface NoticeTable {
  dates: { date: string; label: string; holiday?: string }[];
  rows: { department: string; name: string; cells: { text: string; status: 'open' | 'mark' | 'none' }[] }[];
}

export function noticeTable(feed: Feed, notice: Notice, lang: Lang): NoticeTable {
  const withNotice: Feed = {
    ...feed,
    schedule: {
      ...feed.schedule,
      notices: [...(feed.schedule.notices ?? []).filter((n) => n.id !== notice.id), notice],
    },
  };
  const engine = new ScheduleEngine(withNotice);
  const firsts = notice.entries.map((e) => parseDate(e.date)!);
  const lasts = notice.entries.map((e) => parseDate(e.through ?? e.date)!);
  const days: number[] = [];
  if (firsts.length) for (let d = Math.min(...firsts); d <= Math.max(...lasts) && days.length < 62; d++) days.push(d);
  const types = feed.schedule.clinicTypes;
  const lines = new Map(days.map((d) => [d, engine.resolveLines(d)]));
  return {
    dates: days.map((d) => {
      const info = engine.dayInfo(d);
      return {
        date: formatDate(d),
        label: formatDayLabel(d, lang),
        ...(info.holidayName && { holiday: textIn(info.holidayName, lang) }),
      };
    }),
    rows: feed.departments.map((department) => ({
      department: department.id,
      name: textIn(department.name, lang),
      cells: days.map((d) => {
        const own = lines.get(d)!.filter((l) => l.department === department.id);
        if (own.length === 0) return { text: '—', status: 'none' as const };
        const words = own.map((l) =>
          l.status === 'open'
            ? `${l.start}–${l.end}${l.clinicType !== 'general' ? ` ${clinicTypeLabel(l.clinicType, lang, types)}` : ''}${l.hoursStated === false ? ` ${t(lang, 'hoursNotStated', { part: '' }).trim()}` : ''}`
            : markLabel(l, lang, types),
        );
        return {
          text: words.join('；'),
          status: own.some((l) => l.status === 'open') ? ('open' as const) : ('mark' as const),
        };
      }),
    })),
  };
}
