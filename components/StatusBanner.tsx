/** The data's age, what went wrong (a failed update, a bad attribute), in the page's language. */
import { DEFAULT_TIME_ZONE } from '../utils/date/zone';
import { formatDataAge } from '../utils/i18n/format';
import { t } from '../utils/i18n/strings';
import type FailureAlertType from './FailureAlert';
import { keyed } from './keyed';
import { useLazy } from './use-lazy';
import type { WidgetModel } from './Widget';

type Alert = typeof FailureAlertType;

/** The failure alert, whose code and words load only when there is a failure to show. */
function LazyFailure(props: Parameters<Alert>[0]) {
  const lazy = useLazy('failure-alert', () => import('./FailureAlert').then((m) => m.default));
  if (lazy.state === 'ready') return <lazy.value {...props} />;
  // Offline, say, and the alert's chunk never fetched: the failure is still said, shorter.
  if (lazy.state === 'failed')
    return (
      <div class="cc-alert" role="alert" part="alert">
        <p>{t(props.lang, 'errorUpdate')}</p>
      </div>
    );
  return null;
}

export function StatusBanner({ model }: { model: WidgetModel }) {
  const lang = model.lang;
  const data = model.data;
  const failure = model.failure;
  return (
    <>
      {data && (
        <p class="cc-age" part="age">
          {formatDataAge(data.feed.updatedAt, data.feed.timeZone ?? DEFAULT_TIME_ZONE, data.fetchedAt, model.now, lang)}
          {(data.fromCache || failure) && t(lang, 'fromCache')}
        </p>
      )}
      {failure && <LazyFailure failure={failure} problems={model.problems} lang={lang} />}
      {keyed(model.notes, (note) => `${note.name} ${note.value}`).map(([key, note]) => (
        <p key={key} class="cc-note" part="note">
          {note.name === 'date'
            ? t(lang, 'errorDate', { value: note.value })
            : note.name === 'department'
              ? t(lang, 'errorDepartment', { value: note.value })
              : t(lang, 'errorAttribute', { name: note.name, value: note.value, fallback: note.fallback })}
        </p>
      ))}
    </>
  );
}
