/**
 * One resolved line: an open session (time, clinic type, doctor) or a span that is not open
 * (未公布, 仅急诊, 停诊 with where to go), and where it comes from (a notice as a link).
 * Nothing that is not open reads like a session: it says so in words, not only in colour.
 */
import { safeHref } from '../utils/feed/safe-href';
import type { ClinicTypeDefinition, Notice } from '../utils/feed/schema';
import { formatTimeRange } from '../utils/i18n/format';
import { type Lang, textIn } from '../utils/i18n/local-text';
import { basisLabel, clinicTypeLabel, markLabel, partLabel } from '../utils/i18n/schedule-labels';
import { t } from '../utils/i18n/strings';
import { PART_SPANS, type ResolvedLine } from '../utils/schedule/engine';

export interface SessionLineProps {
  session: ResolvedLine;
  lang: Lang;
  notices: ReadonlyMap<string, Notice>;
  /** The hospital's own clinic types, for their names. */
  clinicTypes?: readonly ClinicTypeDefinition[];
  /** Department names by id, for a referral (请到急诊科). */
  departmentName?: (id: string) => string | undefined;
}

/** When a line runs, in words: "08:00–12:00", or "上午（具体时间未公布）" when the times were not published. */
export function lineTime(line: ResolvedLine, lang: Lang): string {
  const part = partLabel(line.startMinute, line.endMinute, lang);
  if (line.status === 'open' && line.hoursStated === false)
    return t(lang, 'hoursNotStated', { part: part ?? formatTimeRange(line.start, line.end) });
  // A mark over a whole part of the day reads as that part ("下午 停诊"), not as clock times.
  if (line.status !== 'open' && part !== undefined && isWholePart(line.startMinute, line.endMinute)) return part;
  return formatTimeRange(line.start, line.end);
}

/** A line as a list key: its status, times, clinic type and notice (lines carry no id; see keyed). */
export function lineKey(line: ResolvedLine): string {
  return `${line.status} ${line.start}-${line.end} ${line.status === 'open' ? line.clinicType : ''} ${line.noticeId ?? ''}`;
}

/** A span that is the whole day or exactly one part of it (上午, 下午, 夜间). */
const isWholePart = (start: number, end: number) =>
  (start === 0 && end === 1440) || Object.values(PART_SPANS).some(([a, b]) => a === start && b === end);

export function SessionLine({ session, lang, notices, clinicTypes, departmentName }: SessionLineProps) {
  const basis = basisLabel(session, lang, notices);
  const href = safeHref(basis.notice?.url);
  const referTo = session.referTo;
  const place =
    referTo &&
    [
      referTo.department !== undefined ? (departmentName?.(referTo.department) ?? referTo.department) : undefined,
      referTo.note !== undefined ? textIn(referTo.note, lang) : undefined,
    ]
      .filter(Boolean)
      .join(' · ');
  return (
    <li
      class={`cc-session cc-status-${session.status}`}
      part="session"
      data-basis={session.basis}
      data-status={session.status}
    >
      <span class="cc-time">{lineTime(session, lang)}</span>{' '}
      {session.status === 'open' ? (
        <span class="cc-type">{clinicTypeLabel(session.clinicType, lang, clinicTypes)}</span>
      ) : (
        <strong class="cc-mark">{markLabel(session, lang, clinicTypes)}</strong>
      )}
      {session.status === 'open' && session.doctor !== undefined && (
        <span class="cc-doctor">{t(lang, 'doctor', { name: textIn(session.doctor, lang) })}</span>
      )}
      {place && <span class="cc-refer"> · {t(lang, 'referTo', { place })}</span>}
      {session.location !== undefined && <span class="cc-loc"> · {textIn(session.location, lang)}</span>}
      {session.note !== undefined && <span class="cc-note"> · {textIn(session.note, lang)}</span>}
      <span class="cc-basis">
        {' · '}
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer">
            {basis.text}
          </a>
        ) : (
          basis.text
        )}
      </span>
    </li>
  );
}
