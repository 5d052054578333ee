/**
 * The extension's settings and saved list as WXT storage items (extension.md, Must: Data).
 * Both live in `sync` so they follow the user to their other browsers; feeds themselves are in
 * Dexie (utils/cache), never here. What belongs to this browser only (addresses waiting for the
 * network, the last refresh's failures) lives in `local`.
 */
import { storage } from 'wxt/utils/storage';
import type { KeptNotice } from '../kept-notices';
import type { RefreshProblem } from '../refresh-problem';
import { fitsSync, type SavedHospital } from '../saved-hospitals';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../settings';

export const settingsItem = storage.defineItem<Settings>('sync:settings', { fallback: DEFAULT_SETTINGS });
export const savedItem = storage.defineItem<SavedHospital[]>('sync:savedHospitals', { fallback: [] });

/** An address a person asked to add while its site could not be reached: added once the network is back. */
export interface PendingAdd {
  address: string;
  /** When it was asked, ms since the epoch. */
  at: number;
  /** Why a later try refused it for good (not a network failure), in the reader's words. */
  refused?: string;
}
export const pendingItem = storage.defineItem<PendingAdd[]>('local:pendingAdds', { fallback: [] });

/** Notices read from hospitals' pages and kept with a saved hospital (this browser only). */
export const keptNoticesItem = storage.defineItem<KeptNotice[]>('local:keptNotices', { fallback: [] });

/** Large text was offered on first use (and answered): not asked again in this browser. */
export const sizeOfferedItem = storage.defineItem<boolean>('local:sizeOffered', { fallback: false });

/** The last refresh's failure per feed URL (absent once a refresh succeeds): the kept copy stays shown. */
export const refreshProblemsItem = storage.defineItem<Record<string, RefreshProblem>>('local:refreshProblems', {
  fallback: {},
});

/** Reads the settings, filling in anything missing or out of range with its default. */
export async function readSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

export type SaveOutcome =
  | { ok: true; list: SavedHospital[] }
  | { ok: false; reason: 'sync-full'; list: SavedHospital[] };

/**
 * Applies one change to the saved list and stores it, unless the result would not fit a sync
 * item: then nothing is written and the stored list is returned unchanged.
 */
export async function updateSaved(change: (list: SavedHospital[]) => SavedHospital[]): Promise<SaveOutcome> {
  const current = await savedItem.getValue();
  const next = change([...current]);
  if (!fitsSync(next)) return { ok: false, reason: 'sync-full', list: current };
  await savedItem.setValue(next);
  return { ok: true, list: next };
}
