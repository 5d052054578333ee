/** Export and import of the saved list as a JSON file (extension.md, Saved hospitals). */
import { useState } from 'preact/hooks';
import type { Lang } from '../../utils/i18n/local-text';
import { dashboardText } from '../../utils/i18n/strings-extension';
import type { AddResult } from './AddHospitalForm';
import { download } from './download';

export interface ListTransferProps {
  lang: Lang;
  /** The list as the export file's text. */
  exportText(): string;
  onImport(text: string, fileName: string): Promise<AddResult>;
}

export function ListTransfer({ lang, exportText, onImport }: ListTransferProps) {
  const [result, setResult] = useState<AddResult | undefined>();
  const t = (key: Parameters<typeof dashboardText>[1]) => dashboardText(lang, key);
  return (
    <div class="transfer">
      <button
        type="button"
        onClick={() => download(exportText(), 'clearclinic-saved-hospitals.json', 'application/json')}
      >
        {t('exportList')}
      </button>
      <label class="file">
        <span>{t('importList')}</span>
        <input
          type="file"
          accept=".json,application/json"
          onChange={async (event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            if (!file) return;
            setResult(await onImport(await file.text(), file.name));
            input.value = '';
          }}
        />
      </label>
      <p class={result && !result.ok ? 'status error' : 'status'} role="status">
        {result?.message}
      </p>
    </div>
  );
}
