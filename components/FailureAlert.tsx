/** What went wrong with the feed, in the page's language (loaded only when something has). */
import type { FeedFailure } from '../utils/cache/load-feed';
import type { Problem } from '../utils/feed/messages';
import type { Lang } from '../utils/i18n/local-text';
import { tErrors } from '../utils/i18n/strings-errors';
import { keyed } from './keyed';

/** A page's own attribute, echoed in a message: at most 80 characters. */
const shorten = (s: string) => (s.length > 80 ? `${s.slice(0, 79)}…` : s);

/** The one-line message of a failure, also the clearclinic:error event's message. */
export function failureMessage(failure: FeedFailure, lang: Lang): string {
  const what =
    failure.code === 'network'
      ? tErrors(lang, failure.hasData ? 'errorNetwork' : 'errorNetworkNoData')
      : failure.code === 'http'
        ? tErrors(lang, 'errorHttp', { status: failure.status ?? '' })
        : failure.code === 'no-source'
          ? tErrors(lang, 'errorNoSource')
          : failure.code === 'src.invalid'
            ? tErrors(lang, 'errorSrc', { src: shorten(failure.url) })
            : failure.code === 'feed.too-large'
              ? tErrors(lang, 'errorTooLarge')
              : // Patients read words; the checker's code is in the event's detail and the problem list, for webmasters.
                tErrors(lang, 'errorInvalid');
  if (!failure.hasData || failure.code === 'network') return what;
  // Chinese sentences follow each other without a space.
  return `${what}${lang === 'en' ? ' ' : ''}${tErrors(lang, 'errorKeptOld')}`;
}

export default function FailureAlert({
  failure,
  problems,
  lang,
}: {
  failure: FeedFailure;
  problems: Problem[] | undefined;
  lang: Lang;
}) {
  return (
    <div class="cc-alert" role="alert" part="alert">
      <p>{failureMessage(failure, lang)}</p>
      {problems && problems.length > 0 && (
        <details>
          <summary>{tErrors(lang, 'problemsDetail')}</summary>
          <ul>
            {keyed(problems.slice(0, 5), (p) => `${p.code} ${p.path}`).map(([key, p]) => (
              <li key={key}>
                <code>{p.path || '/'}</code> {p.message}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
