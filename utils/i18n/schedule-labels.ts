/** Words for the schedule's terms: day types, clinic types, and where a session comes from. */
import { WEEKDAYS, type Weekday, yearOf } from '../date/civil';
import type { ClinicType, ClinicTypeDefinition, Notice } from '../feed/schema';
import { type DayInfo, PART_SPANS, type ResolvedLine, type ResolvedMark } from '../schedule/engine';
import { type Lang, textIn } from './local-text';
import { t, weekdayName } from './strings';

const BUILT_IN_LABELS = {
  general: 'clinicGeneral',
  specialist: 'clinicSpecialist',
  expert: 'clinicExpert',
  'special-needs': 'clinicSpecialNeeds',
} as const;

/** A clinic type's name: a built-in one's, or the hospital's own name for its type (著名专家门诊). */
export function clinicTypeLabel(type: ClinicType, lang: Lang, types?: readonly ClinicTypeDefinition[]): string {
  const own = types?.find((c) => c.id === type);
  if (own) return textIn(own.name, lang);
  const key = BUILT_IN_LABELS[type as keyof typeof BUILT_IN_LABELS];
  return key ? t(lang, key) : type;
}

/** "春节" for a holiday, "春节调休上班" for a make-up day, "周末", or "" for a plain workday. */
export function dayTypeLabel(info: DayInfo, lang: Lang): string {
  if (info.dayType === 'holiday')
    return info.holidayName !== undefined ? textIn(info.holidayName, lang) : t(lang, 'dayHoliday');
  if (info.dayType === 'makeup-workday')
    return info.makeupFor !== undefined
      ? t(lang, 'makeupFor', { name: textIn(info.makeupFor, lang) })
      : t(lang, 'dayMakeup');
  if (info.dayType === 'weekend') return t(lang, 'dayWeekend');
  return '';
}

export function rosterLabel(weekday: Weekday, lang: Lang): string {
  return t(lang, 'basisRoster', { weekday: weekdayName(lang, WEEKDAYS.indexOf(weekday)) });
}

/** Where a session comes from, in words; the notice itself when a notice decided it. */
export function basisLabel(
  session: ResolvedLine,
  lang: Lang,
  notices: ReadonlyMap<string, Notice>,
): { text: string; notice?: Notice } {
  if (session.basis.startsWith('notice:')) {
    const notice = notices.get(session.basis.slice(7));
    const roster = session.status === 'open' && session.rosterOf ? `${rosterLabel(session.rosterOf, lang)} · ` : '';
    return { text: roster + (notice ? textIn(notice.title, lang) : t(lang, 'basisNotice')), ...(notice && { notice }) };
  }
  if (session.basis.startsWith('roster:')) return { text: rosterLabel(session.basis.slice(7) as Weekday, lang) };
  if (session.basis === 'holiday-policy') return { text: t(lang, 'basisHoliday') };
  if (session.basis === 'always-open') return { text: t(lang, 'alwaysOpen') };
  if (session.basis === 'not-stated') return { text: t(lang, 'basisNotStated') };
  return { text: t(lang, 'basisRegular') };
}

/** The pending-calendar warning for a day, or '' when its year is published. */
export function pendingLabel(info: DayInfo, lang: Lang): string {
  return info.calendar === 'pending' ? t(lang, 'pendingCalendar', { year: yearOf(info.day) }) : '';
}

/** The part of the day a span is, in words (上午, 下午, 夜间, 全天), or undefined for another span. */
export function partLabel(startMinute: number, endMinute: number, lang: Lang): string | undefined {
  if (startMinute === 0 && endMinute === 1440) return t(lang, 'partAllDay');
  if (startMinute >= PART_SPANS.evening[0]) return t(lang, 'partEvening');
  if (endMinute <= PART_SPANS.am[1]) return t(lang, 'partAm');
  if (startMinute >= PART_SPANS.pm[0]) return t(lang, 'partPm');
  return undefined;
}

/** A line's status in words: 未公布, 仅急诊, 停诊; with the clinic types it concerns when only some. */
export function markLabel(mark: ResolvedMark, lang: Lang, types?: readonly ClinicTypeDefinition[]): string {
  const word = t(
    lang,
    mark.status === 'unknown'
      ? 'statusUnknown'
      : mark.status === 'emergency-only'
        ? 'statusEmergencyOnly'
        : 'statusClosed',
  );
  const names = (list: readonly string[]) =>
    list.map((c) => clinicTypeLabel(c, lang, types)).join(lang === 'en' ? ', ' : '、');
  if (mark.clinicTypes) return word + t(lang, 'onlyTypes', { types: names(mark.clinicTypes) });
  if (mark.exceptClinicTypes) return word + t(lang, 'exceptTypes', { types: names(mark.exceptClinicTypes) });
  return word;
}
