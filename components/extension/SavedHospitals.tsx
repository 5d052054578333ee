/**
 * The saved list (extension.md, Dashboard › Saved hospitals): each hospital as
 * `[data-hospital-id]` with its name, the age of its data and, when its latest update failed,
 * why in plain words; a link to it in full; buttons to reorder and remove it. A removal can be
 * undone for 10 s (`button#undo-remove`); addresses waiting for the network are listed below.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Removed } from '../../utils/extension/adapters/saved-actions';
import type { PendingAdd } from '../../utils/extension/adapters/storage-items';
import type { SavedFeed } from '../../utils/extension/saved-feeds';
import { type Lang, type LocalText, textIn } from '../../utils/i18n/local-text';
import { dashboardText } from '../../utils/i18n/strings-extension';
import { DataAge } from './DataAge';
import { RefreshProblemNote } from './RefreshProblemNote';

export interface SavedHospitalsProps {
  saved: readonly SavedFeed[];
  pending?: readonly PendingAdd[];
  lang: Lang;
  now: number;
  /** How long a removal can be undone (ms). */
  undoMs?: number;
  onMove(id: string, by: number): void;
  onRemove(id: string): Promise<Removed | undefined>;
  onRestore(removed: Removed): Promise<void>;
  /** The undo time is over: the removed hospital's copy can go. */
  onForget(removed: Removed): void;
  onDropPending(address: string): void;
}

/** A saved hospital's name: from its stored copy (the feed, or the popup's kept glance), else its address (no copy yet). */
export function savedName(entry: Pick<SavedFeed, 'hospital' | 'feed'> & { name?: LocalText }, lang: Lang): string {
  const name = entry.name ?? entry.feed?.hospital.name;
  return name ? textIn(name, lang) : entry.hospital.feedUrl;
}

export function SavedHospitals(props: SavedHospitalsProps) {
  const { saved, pending = [], lang, now, onMove } = props;
  const t = (key: Parameters<typeof dashboardText>[1]) => dashboardText(lang, key);
  const removal = useRemoval(props);
  const status = (
    <p id="saved-status" class="status" role="status">
      {removal.last && (
        <>
          {dashboardText(lang, 'removed', { name: removal.last.name })}{' '}
          <button type="button" id="undo-remove" class="link" onClick={removal.undo}>
            {t('undo')}
          </button>
        </>
      )}
    </p>
  );
  const waiting = pending.length > 0 && (
    <ul class="pending-adds">
      {pending.map((p) => (
        <li key={p.address} data-pending-address={p.address}>
          <span class="address">{p.address}</span>
          {'：'}
          <span class={p.refused ? 'refused' : 'waiting'}>{p.refused ?? t('pendingWaiting')}</span>{' '}
          <button type="button" class="link" onClick={() => props.onDropPending(p.address)}>
            {t('pendingRemove')}
          </button>
        </li>
      ))}
    </ul>
  );
  if (saved.length === 0)
    return (
      <>
        <p class="empty">{t('savedEmpty')}</p>
        {waiting}
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
                <button type="button" onClick={() => removal.remove(id, name)} aria-label={`${t('remove')} ${name}`}>
                  {t('remove')}
                </button>
              </span>
              {entry.problem && <RefreshProblemNote problem={entry.problem} lang={lang} hasCopy={!!entry.feed} />}
            </li>
          );
        })}
      </ol>
      {waiting}
      {status}
    </>
  );
}

/** The last removal, undoable until its time is over; a second removal closes the first. */
function useRemoval({ onRemove, onRestore, onForget, undoMs = 10_000 }: SavedHospitalsProps) {
  const [last, setLast] = useState<{ removed: Removed; name: string } | undefined>();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const forget = useRef(onForget);
  forget.current = onForget;
  useEffect(() => {
    if (!last) return;
    timer.current = setTimeout(() => {
      forget.current(last.removed);
      setLast(undefined);
    }, undoMs);
    return () => clearTimeout(timer.current);
  }, [last, undoMs]);
  return {
    last,
    remove(id: string, name: string) {
      if (last) forget.current(last.removed);
      onRemove(id)
        .then((removed) => setLast(removed && { removed, name }))
        .catch(() => undefined);
    },
    undo() {
      if (!last) return;
      clearTimeout(timer.current);
      setLast(undefined);
      onRestore(last.removed).catch(() => undefined);
    },
  };
}
