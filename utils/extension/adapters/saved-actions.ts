/**
 * The saved list's changes as the dashboard and popup make them: each stores the new list
 * (sync) and keeps the feed cache in step (a removed hospital's copy is dropped; an imported
 * one is fetched at once so it can be shown offline from then on).
 */
import type { FeedStore } from '../../cache/feed-store';
import type { Lang } from '../../i18n/local-text';
import { addText } from '../../i18n/strings-extension';
import { importMessage } from '../import-message';
import { importSaved, moveSaved, removeSaved, type SavedHospital } from '../saved-hospitals';
import { refreshAll } from './refresh';
import { savedItem, updateSaved } from './storage-items';

export async function removeHospital(id: string, store: FeedStore): Promise<void> {
  const before = await savedItem.getValue();
  const gone = before.find((h) => h.id === id);
  const saved = await updateSaved((list) => removeSaved(list, id));
  // Another saved entry may share the URL (never by addSaved, but an old import could): keep its copy then.
  if (saved.ok && gone && !saved.list.some((h) => h.feedUrl === gone.feedUrl))
    await store.delete(gone.feedUrl).catch(() => {});
}

export async function moveHospital(id: string, by: number): Promise<void> {
  await updateSaved((list) => moveSaved(list, id, by));
}

export interface ImportDeps {
  store: FeedStore;
  lang: Lang;
  fetch?: typeof fetch;
  now?: () => number;
}

export async function importHospitals(
  text: string,
  fileName: string,
  deps: ImportDeps,
): Promise<{ ok: boolean; message: string }> {
  let result: ReturnType<typeof importSaved> | undefined;
  let fresh: SavedHospital[] = [];
  const saved = await updateSaved((list) => {
    result = importSaved(text, list);
    fresh = result.list.filter((h) => !list.some((old) => old.id === h.id));
    return result.list;
  });
  if (!saved.ok) return { ok: false, message: addText(deps.lang, 'addSyncFull') };
  await refreshAll(fresh, { store: deps.store, fetch: deps.fetch, now: deps.now });
  return importMessage(result!, fileName.slice(0, 100), deps.lang);
}
