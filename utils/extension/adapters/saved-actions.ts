/**
 * The saved list's changes as the dashboard and popup make them: each stores the new list
 * (sync) and keeps the feed cache in step. A removed hospital can be put back for 10 s, so its
 * copy is dropped only after that (`forgetCopy`); an imported one, or one asked for while its
 * site could not be reached, is fetched at once, and again when the network is back (`catchUp`).
 */
import type { FeedStore } from '../../cache/feed-store';
import type { Lang } from '../../i18n/local-text';
import { addText } from '../../i18n/strings-extension';
import { importMessage } from '../import-message';
import { nextProblems } from '../refresh-problem';
import { importSaved, moveSaved, removeSaved, restoreSaved, type SavedHospital } from '../saved-hospitals';
import type { RefreshResult } from '../schedule-changes';
import { type AddOutcome, addHospital } from './add-hospital';
import { refreshAll } from './refresh';
import { pendingItem, refreshProblemsItem, savedItem, updateSaved } from './storage-items';

/** How long a removed hospital can be put back. */
export const UNDO_MS = 10_000;

export interface Removed {
  hospital: SavedHospital;
  /** Its place in the list, to put it back there. */
  index: number;
}

/** Takes a hospital off the list; its stored copy stays until `forgetCopy`, so an undo shows it at once. */
export async function removeHospital(id: string): Promise<Removed | undefined> {
  const before = await savedItem.getValue();
  const index = before.findIndex((h) => h.id === id);
  if (index < 0) return undefined;
  const saved = await updateSaved((list) => removeSaved(list, id));
  return saved.ok ? { hospital: before[index]!, index } : undefined;
}

export async function restoreHospital(removed: Removed): Promise<void> {
  await updateSaved((list) => restoreSaved(list, removed.hospital, removed.index));
}

/** Drops a removed hospital's copy, unless the list holds its URL again (put back, or saved twice by an old import). */
export async function forgetCopy(feedUrl: string, store: FeedStore): Promise<void> {
  if ((await savedItem.getValue()).some((h) => h.feedUrl === feedUrl)) return;
  await store.delete(feedUrl).catch(() => {});
  const { [feedUrl]: _gone, ...problems } = await refreshProblemsItem.getValue();
  await refreshProblemsItem.setValue(problems);
}

export async function moveHospital(id: string, by: number): Promise<void> {
  await updateSaved((list) => moveSaved(list, id, by));
}

export interface ActionDeps {
  store: FeedStore;
  lang: Lang;
  fetch?: typeof fetch;
  now?: () => number;
}

/** Adds a hospital; when its site cannot be reached, keeps the address to add once the network is back. */
export async function addOrKeep(input: string, deps: ActionDeps): Promise<AddOutcome> {
  const outcome = await addHospital(input, deps);
  const address = input.trim().slice(0, 2000);
  if (outcome.ok || outcome.reason !== 'network') {
    await dropPending(address);
    return outcome;
  }
  const pending = await pendingItem.getValue();
  if (!pending.some((p) => p.address === address))
    await pendingItem.setValue([...pending, { address, at: (deps.now ?? Date.now)() }]);
  return { ...outcome, message: addText(deps.lang, 'addQueued', { input: address.slice(0, 200) }) };
}

export async function dropPending(address: string): Promise<void> {
  const pending = await pendingItem.getValue();
  if (pending.some((p) => p.address === address))
    await pendingItem.setValue(pending.filter((p) => p.address !== address));
}

/** Stores what a round of refreshes found: failures to show beside the kept copies, successes cleared. */
export async function recordRefresh(results: readonly RefreshResult[], at: number): Promise<void> {
  if (results.length === 0) return;
  await refreshProblemsItem.setValue(nextProblems(await refreshProblemsItem.getValue(), results, at));
}

/**
 * What the network's return (or "refresh now") owes: every address kept while offline tried
 * again, and every saved hospital without a stored copy (imported, or added elsewhere) fetched.
 */
export async function catchUp(deps: ActionDeps): Promise<RefreshResult[]> {
  for (const p of await pendingItem.getValue()) {
    if (p.refused) continue;
    const outcome = await addHospital(p.address, deps);
    if (outcome.ok) await dropPending(p.address);
    else if (outcome.reason !== 'network') {
      const now = await pendingItem.getValue();
      await pendingItem.setValue(now.map((q) => (q.address === p.address ? { ...q, refused: outcome.message } : q)));
    }
  }
  const list = await savedItem.getValue();
  const held = await Promise.all(list.map((h) => deps.store.get(h.feedUrl).catch(() => undefined)));
  const missing = list.filter((_, i) => held[i] === undefined);
  const results = await refreshAll(missing, deps);
  await recordRefresh(results, (deps.now ?? Date.now)());
  return results;
}

/** "Refresh now": the catch-up, then every saved hospital asked for its feed (conditionally). */
export async function refreshNow(deps: ActionDeps): Promise<{ checked: number; updated: number; failed: number }> {
  const first = await catchUp(deps);
  const fetched = new Set(first.map((r) => r.hospital.feedUrl));
  const rest = (await savedItem.getValue()).filter((h) => !fetched.has(h.feedUrl));
  const results = [...first, ...(await refreshAll(rest, deps))];
  await recordRefresh(results, (deps.now ?? Date.now)());
  return {
    checked: results.length,
    updated: results.filter((r) => r.outcome === 'updated').length,
    failed: results.filter((r) => r.outcome === 'failed').length,
  };
}

export async function importHospitals(
  text: string,
  fileName: string,
  deps: ActionDeps,
): Promise<{ ok: boolean; message: string }> {
  let result: ReturnType<typeof importSaved> | undefined;
  let fresh: SavedHospital[] = [];
  const saved = await updateSaved((list) => {
    result = importSaved(text, list);
    fresh = result.list.filter((h) => !list.some((old) => old.id === h.id));
    return result.list;
  });
  if (!saved.ok) return { ok: false, message: addText(deps.lang, 'addSyncFull') };
  // Fetched at once; whatever the network refuses now is fetched again when it is back (catchUp).
  await recordRefresh(await refreshAll(fresh, deps), (deps.now ?? Date.now)());
  return importMessage(result!, fileName.slice(0, 100), deps.lang);
}
