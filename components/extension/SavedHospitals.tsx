/**
 * The saved list (extension.md, Dashboard › Saved hospitals): each hospital as
 * `[data-hospital-id]` with its name and the age of its data, a link to it in full, and
 * buttons to reorder and remove it.
 */
import { useState } from 'preact/hooks';
import type { SavedFeed } from '../../utils/extension/saved-feeds';
import { type Lang, type LocalText, textIn } from '../../utils/i18n/local-text';
import { dashboardText } from '../../utils/i18n/strings-extension';
import { DataAge } from './DataAge';

export interface SavedHospitalsProps {
  saved: readonly SavedFeed[];
  lang: Lang;
  now: number;
  onMove(id: string, by: number): void;
  onRemove(id: string): void;
}

/** A saved hospital's name: from its stored copy (the feed, or the popup's kept glance), else its address (no copy yet). */
export function savedName(entry: Pick<SavedFeed, 'hospital' | 'feed'> & { name?: LocalText }, lang: Lang): string {
  const name = entry.name ?? entry.feed?.hospital.name;
  return name ? textIn(name, lang) : entry.hospital.feedUrl;
}

export function SavedHospitals({ saved, lang, now, onMove, onRemove }: SavedHospitalsProps) {
  const t = (key: Parameters<typeof dashboardText>[1]) => dashboardText(lang, key);
  // What was just removed, announced (the button that had focus is gone with its entry).
  const [removed, setRemoved] = useState<string | undefined>();
  const status = (
    <p id="saved-status" class="status" role="status">
      {removed && dashboardText(lang, 'removed', { name: removed })}
    </p>
  );
  if (saved.length === 0)
    return (
      <>
        <p class="empty">{t('savedEmpty')}</p>
        {status}
      </>
    );
  return (
    <>
      <ol class="saved">
        {saved.map((entry, i) => {
          const id = entry.hospital.id;
          const name = savedName(entry, lang);
          return (
            <li key={id} data-hospital-id={id}>
              <a class="name" href={`#/hospital/${encodeURIComponent(id)}`}>
                {name}
              </a>{' '}
              <DataAge fetchedAt={entry.fetchedAt} feed={entry.feed} now={now} lang={lang} />
              <span class="actions">
                <button
                  type="button"
                  disabled={i === 0}
                  onClick={() => onMove(id, -1)}
                  aria-label={`${t('moveUp')} ${name}`}
                >
                  ↑
                </button>
                <button
                  type="button"
                  disabled={i === saved.length - 1}
                  onClick={() => onMove(id, 1)}
                  aria-label={`${t('moveDown')} ${name}`}
                >
                  ↓
                </button>
                <button
                  type="button"
                  onClick={() => {
                    setRemoved(name);
                    onRemove(id);
                  }}
                  aria-label={`${t('remove')} ${name}`}
                >
                  {t('remove')}
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      {status}
    </>
  );
}
