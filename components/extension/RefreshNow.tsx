/** "Refresh now" (extension.md, Saved hospitals): every saved hospital fetched at once, the outcome counted. */
import { useState } from 'preact/hooks';
import type { Lang } from '../../utils/i18n/local-text';
import { dashboardText } from '../../utils/i18n/strings-extension';

export interface RefreshCounts {
  checked: number;
  updated: number;
  failed: number;
}

export function RefreshNow({ lang, onRefresh }: { lang: Lang; onRefresh(): Promise<RefreshCounts> }) {
  const [busy, setBusy] = useState(false);
  const [counts, setCounts] = useState<RefreshCounts | undefined>();
  return (
    <p class="refresh-now">
      <button
        type="button"
        id="refresh-now"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          onRefresh()
            .then(setCounts)
            .catch(() => setCounts(undefined))
            .finally(() => setBusy(false));
        }}
      >
        {dashboardText(lang, 'refreshNow')}
      </button>{' '}
      <span id="refresh-status" role="status">
        {busy
          ? dashboardText(lang, 'refreshing')
          : counts &&
            dashboardText(lang, 'refreshDone', { n: counts.checked, updated: counts.updated, failed: counts.failed })}
      </span>
    </p>
  );
}
