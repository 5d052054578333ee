/** The data's age, and what went wrong (a failed update, a bad attribute), in the page's language. */
import type { FeedFailure } from '../utils/cache/load-feed';
import { formatAge } from '../utils/i18n/format';
import type { Lang } from '../utils/i18n/local-text';
import { t } from '../utils/i18n/strings';
import type { WidgetModel } from './Widget';

/** The one-line message of a failure, also used as the clearclinic:error event's message. */
export function failureMessage(failure: FeedFailure, lang: Lang): string {
  const what =
    failure.code === 'network'
      ? t(lang, failure.hasData ? 'errorNetwork' : 'errorNetworkNoData')
      : failure.code === 'http'
        ? t(lang, 'errorHttp', { status: failure.status ?? '' })
        : failure.code === 'no-source'
          ? t(lang, 'errorNoSource')
          : t(lang, 'errorInvalid', { code: failure.code });
  return failure.hasData && failure.code !== 'network' ? `${what} ${t(lang, 'errorKeptOld')}` : what;
}

export function StatusBanner({ model }: { model: WidgetModel }) {
  const lang = model.lang;
  const data = model.data;
  const failure = model.failure;
  const problems = model.problems;
  return (
    <>
      {data && (
        <p class="cc-age" part="age">
          {t(lang, 'dataAge', { age: formatAge(data.fetchedAt, model.now, lang) })}
          {(data.fromCache || failure) && t(lang, 'fromCache')}
        </p>
      )}
      {failure && (
        <div class="cc-alert" role="alert" part="alert">
          <p>{failureMessage(failure, lang)}</p>
          {problems && problems.length > 0 && (
            <details>
              <summary>{t(lang, 'problemsDetail')}</summary>
              <ul>
                {problems.slice(0, 5).map((p) => (
                  <li>
                    <code>{p.path || '/'}</code> {p.message}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
      {model.notes.map((note) => (
        <p class="cc-note" part="note">
          {t(lang, 'errorAttribute', { name: note.name, value: note.value, fallback: note.fallback })}
        </p>
      ))}
    </>
  );
}
