/**
 * A glance in words (the popup's lines): open or closed now and until when, today, each day of
 * this weekend, and the next holiday period; or, when no holiday is published within a year,
 * that the coming year's arrangement is still pending. Times are the feed's wall clock.
 */
import { formatTime, yearOf } from '../date/civil';
import { wallClockAt } from '../date/zone';
import { formatDayLabel, formatMonthDay } from '../i18n/format';
import { type Lang, textIn } from '../i18n/local-text';
import { dayTypeLabel } from '../i18n/schedule-labels';
import { glanceText } from '../i18n/strings-extension';
import type { DayGlance, Glance } from './glance';

export interface GlanceLines {
  openNow: boolean;
  now: string;
  today: string;
  weekend: string[];
  /** The next holiday period, or the pending-calendar warning in its place ('' when neither). */
  holiday: string;
  pending: boolean;
}

/** A day's clinics: how many departments and from when to when, or none. */
function clinicsLine(day: DayGlance, lang: Lang): string {
  const parts: string[] = [];
  if (day.departments > 0)
    parts.push(glanceText(lang, 'glanceCount', { count: day.departments, first: day.first!, last: day.last! }));
  if (day.unknown > 0) parts.push(glanceText(lang, 'glanceUnknown', { count: day.unknown }));
  if (day.emergencyOnly > 0) parts.push(glanceText(lang, 'glanceEmergencyOnly', { count: day.emergencyOnly }));
  return parts.length > 0 ? parts.join(lang === 'en' ? '; ' : '；') : glanceText(lang, 'glanceNoClinics');
}

export function glanceLines(glance: Glance, zone: string, lang: Lang): GlanceLines {
  let now = glanceText(lang, glance.openNow ? 'openNow' : 'closedNow');
  if (glance.nextChange) {
    const at = wallClockAt(zone, glance.nextChange.at);
    const when =
      at.day === glance.today.info.day
        ? formatTime(at.minute)
        : `${formatDayLabel(at.day, lang)} ${formatTime(at.minute)}`;
    now += ` · ${glanceText(lang, glance.nextChange.open ? 'opensAt' : 'closesAt', { when })}`;
  }
  const named = (day: DayGlance) => {
    const kind = dayTypeLabel(day.info, lang);
    return kind && day.info.dayType !== 'weekend'
      ? `${formatDayLabel(day.info.day, lang)} ${kind}`
      : formatDayLabel(day.info.day, lang);
  };
  const holiday = glance.holiday
    ? holidayLine(glance.holiday, lang)
    : glance.pendingYear !== undefined
      ? glanceText(lang, 'glanceNoHoliday', { year: glance.pendingYear })
      : '';
  return {
    openNow: glance.openNow,
    now,
    // Shown under its own "today" heading: the clinics alone; weekend days carry their names.
    today: clinicsLine(glance.today, lang),
    weekend: glance.weekend.map((d) => `${named(d)} ${clinicsLine(d, lang)}`),
    holiday,
    pending: glance.pendingYear !== undefined || glance.holiday?.days[0]?.info.calendar === 'pending',
  };
}

/** The next holiday period: its name and days, how many hold clinics, how many departments are not announced, and whether its year is pending. */
function holidayLine(holiday: NonNullable<Glance['holiday']>, lang: Lang): string {
  const { period, days } = holiday;
  let line = glanceText(lang, 'glanceHoliday', {
    name: period.names.map((n) => textIn(n, lang)).join(lang === 'en' ? ' & ' : '、'),
    first: formatMonthDay(period.first, lang),
    last: formatMonthDay(period.last, lang),
    open: days.filter((d) => d.departments > 0).length,
    days: days.length,
  });
  const unknown = Math.max(0, ...days.map((d) => d.unknown));
  if (unknown > 0) line += (lang === 'en' ? '; ' : '；') + glanceText(lang, 'glanceUnknown', { count: unknown });
  if (days[0]?.info.calendar === 'pending')
    line += glanceText(lang, 'glanceHolidayPending', { year: yearOf(period.first) });
  return line;
}
