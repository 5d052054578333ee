/**
 * Find a department (widget.md, hours and slots views): a search field, part="filter", that
 * narrows the day's departments as one types, with the count said to screen readers. The
 * query is the widget's, so it carries from one view to the other like the chosen day.
 */
import { t } from '../utils/i18n/strings';
import type { ViewModel } from './Widget';

export function DepartmentFilter({ model, found }: { model: ViewModel; found: number }) {
  const lang = model.lang;
  const query = model.query;
  return (
    <div class="cc-filter cc-noprint">
      <label class="cc-search">
        {t(lang, 'filterLabel')}
        <input
          type="search"
          part="filter"
          value={query}
          placeholder={t(lang, 'filterHint')}
          onInput={(e) => model.setQuery((e.target as HTMLInputElement).value)}
        />
      </label>
      <p class="cc-muted cc-found" role="status">
        {query.trim() === ''
          ? ''
          : found === 0
            ? t(lang, 'filterNone', { q: query.trim() })
            : t(lang, 'filterFound', { n: found })}
      </p>
    </div>
  );
}

/** Whether the widget covers enough departments for a search field to help. */
export function wantsFilter(model: ViewModel): boolean {
  return (model.departments?.length ?? model.data!.feed.departments.length) > 1;
}
