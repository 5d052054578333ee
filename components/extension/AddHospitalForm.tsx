/** form#add-hospital (extension.md, Dashboard › Saved hospitals): a site or feed URL, with the outcome announced. */
import { useState } from 'preact/hooks';
import type { Lang } from '../../utils/i18n/local-text';
import { dashboardText } from '../../utils/i18n/strings-extension';

export interface AddResult {
  ok: boolean;
  message: string;
}

export function AddHospitalForm({ lang, onAdd }: { lang: Lang; onAdd(url: string): Promise<AddResult> }) {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<AddResult | undefined>();
  const t = (key: Parameters<typeof dashboardText>[1]) => dashboardText(lang, key);
  return (
    <form
      id="add-hospital"
      onSubmit={async (event) => {
        event.preventDefault();
        const form = event.currentTarget;
        const url = new FormData(form).get('url');
        setBusy(true);
        setResult(undefined);
        const outcome = await onAdd(typeof url === 'string' ? url : '');
        setBusy(false);
        setResult(outcome);
        // The address stays when it failed, so it can be corrected.
        if (outcome.ok) form.reset();
      }}
    >
      <label class="field">
        <span>{t('addLabel')}</span>
        <input
          name="url"
          type="text"
          inputMode="url"
          autoComplete="url"
          spellcheck={false}
          required
          placeholder="https://"
          aria-invalid={result && !result.ok ? 'true' : undefined}
          aria-describedby="add-status"
        />
      </label>
      <button type="submit" disabled={busy}>
        {t('addButton')}
      </button>
      <p id="add-status" class={result && !result.ok ? 'status error' : 'status'} role="status">
        {busy ? t('adding') : result?.message}
      </p>
    </form>
  );
}
