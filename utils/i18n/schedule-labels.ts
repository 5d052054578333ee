/** Words for the schedule's terms: day types, clinic types, and where a session comes from. */
import type { ClinicType, Notice } from '../feed/schema';
import { WEEKDAYS, yearOf, type Weekday } from '../date/civil';
import type { DayInfo, ResolvedSession } from '../schedule/engine';
import { textIn, type Lang } from './local-text';
import { t, weekdayName } from './strings';

export function clinicTypeLabel(type: ClinicType, lang: Lang): string {
  return t(lang, ({ general: 'clinicGeneral', specialist: 'clinicSpecialist', expert: 'clinicExpert', 'special-needs': 'clinicSpecialNeeds' } as const)[type]);
}

/** "春节" for a holiday, "春节调休上班" for a make-up day, "周末", or "" for a plain workday. */
export function dayTypeLabel(info: DayInfo, lang: Lang): string {
  if (info.dayType === 'holiday') return info.holidayName !== undefined ? textIn(info.holidayName, lang) : t(lang, 'dayHoliday');
  if (info.dayType === 'makeup-workday') return info.makeupFor !== undefined ? t(lang, 'makeupFor', { name: textIn(info.makeupFor, lang) }) : t(lang, 'dayMakeup');
  if (info.dayType === 'weekend') return t(lang, 'dayWeekend');
  return '';
}

export function rosterLabel(weekday: Weekday, lang: Lang): string {
  return t(lang, 'basisRoster', { weekday: weekdayName(lang, WEEKDAYS.indexOf(weekday)) });
}

/** Where a session comes from, in words; the notice itself when a notice decided it. */
export function basisLabel(session: ResolvedSession, lang: Lang, notices: ReadonlyMap<string, Notice>): { text: string; notice?: Notice } {
  if (session.basis.startsWith('notice:')) {
    const notice = notices.get(session.basis.slice(7));
    const roster = session.rosterOf ? rosterLabel(session.rosterOf, lang) + ' · ' : '';
    return { text: roster + (notice ? textIn(notice.title, lang) : t(lang, 'basisNotice')), ...(notice && { notice }) };
  }
  if (session.basis.startsWith('roster:')) return { text: rosterLabel(session.basis.slice(7) as Weekday, lang) };
  if (session.basis === 'holiday-policy') return { text: t(lang, 'basisHoliday') };
  if (session.basis === 'always-open') return { text: t(lang, 'alwaysOpen') };
  return { text: t(lang, 'basisRegular') };
}

/** The pending-calendar warning for a day, or '' when its year is published. */
export function pendingLabel(info: DayInfo, lang: Lang): string {
  return info.calendar === 'pending' ? t(lang, 'pendingCalendar', { year: yearOf(info.day) }) : '';
}
