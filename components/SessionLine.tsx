/** One session: its time, clinic type, doctor, and where it comes from (a notice as a link). */
import type { Notice } from '../utils/feed/schema';
import { safeHref } from '../utils/feed/safe-href';
import { formatTimeRange } from '../utils/i18n/format';
import { textIn, type Lang } from '../utils/i18n/local-text';
import { basisLabel, clinicTypeLabel } from '../utils/i18n/schedule-labels';
import type { ResolvedSession } from '../utils/schedule/engine';

export function SessionLine({ session, lang, notices }: { session: ResolvedSession; lang: Lang; notices: ReadonlyMap<string, Notice> }) {
  const basis = basisLabel(session, lang, notices);
  const href = safeHref(basis.notice?.url);
  return (
    <li class="cc-session" part="session" data-basis={session.basis}>
      <span class="cc-time">{formatTimeRange(session.start, session.end)}</span> <span class="cc-type">{clinicTypeLabel(session.clinicType, lang)}</span>
      {session.doctor !== undefined && <span class="cc-doctor"> {textIn(session.doctor, lang)}</span>}
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
