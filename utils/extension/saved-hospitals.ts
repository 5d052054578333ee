/**
 * The saved-hospitals list (extension.md, Saved hospitals): add, remove, reorder, export and
 * import as JSON. Pure: the list lives in `storage.sync` (see storage-items.ts), so every
 * change here returns a new list and never touches storage itself.
 *
 * An entry holds only what identifies the hospital and where its feed is: names, hours and
 * everything else come from the cached feed. `storage.sync` allows 8,192 bytes per item, so
 * the list is kept small on purpose (about 80 hospitals fit; `fitsSync` says when not).
 */

import { safeHref } from '../feed/safe-href';
import type { LocalText } from '../i18n/local-text';

export interface SavedHospital {
  /** `hospital.id` of the feed (credit code or the feed's own id). */
  id: string;
  /** The feed's URL, http(s) only. */
  feedUrl: string;
}

export const EXPORT_FORMAT = 'clearclinic-saved-hospitals';
/** chrome.storage.sync QUOTA_BYTES_PER_ITEM; Firefox applies the same limit. */
export const SYNC_ITEM_BYTES = 8192;

/** Adds a hospital at the end; one already saved (same id or same feed URL) is updated in place. */
export function addSaved(list: readonly SavedHospital[], entry: SavedHospital): SavedHospital[] {
  const at = list.findIndex((h) => h.id === entry.id || h.feedUrl === entry.feedUrl);
  if (at < 0) return [...list, { id: entry.id, feedUrl: entry.feedUrl }];
  const same = (h: SavedHospital) => h.id === entry.id || h.feedUrl === entry.feedUrl;
  return list.flatMap((h, i) => (i === at ? [{ id: entry.id, feedUrl: entry.feedUrl }] : same(h) ? [] : [h]));
}

export function removeSaved(list: readonly SavedHospital[], id: string): SavedHospital[] {
  return list.filter((h) => h.id !== id);
}

/** Puts a removed hospital back at its old place (or the end), unless it was saved again meanwhile. */
export function restoreSaved(list: readonly SavedHospital[], entry: SavedHospital, index: number): SavedHospital[] {
  if (list.some((h) => h.id === entry.id || h.feedUrl === entry.feedUrl)) return [...list];
  const next = [...list];
  next.splice(Math.max(0, Math.min(index, next.length)), 0, { id: entry.id, feedUrl: entry.feedUrl });
  return next;
}

/** Moves a hospital `by` places (negative = up), clamped to the list's ends. */
export function moveSaved(list: readonly SavedHospital[], id: string, by: number): SavedHospital[] {
  const from = list.findIndex((h) => h.id === id);
  if (from < 0) return [...list];
  const to = Math.max(0, Math.min(list.length - 1, from + by));
  const next = [...list];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved!);
  return next;
}

/** Whether the list fits one `storage.sync` item (key plus JSON value, as the browsers count it). */
export function fitsSync(list: readonly SavedHospital[], key = 'savedHospitals'): boolean {
  return new TextEncoder().encode(key + JSON.stringify(list)).length <= SYNC_ITEM_BYTES;
}

/**
 * The file a person exports: the list with a format tag so an import can recognise it, and each
 * hospital's name where a copy gives it, so the file reads as a list of hospitals (an import
 * takes the names from the feeds, not from the file).
 */
export function exportSaved(list: readonly SavedHospital[], names?: ReadonlyMap<string, LocalText>): string {
  const hospitals = list.map((h) => {
    const name = names?.get(h.id);
    return name === undefined ? { id: h.id, feedUrl: h.feedUrl } : { id: h.id, name, feedUrl: h.feedUrl };
  });
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: 1, hospitals }, null, 2)}\n`;
}

export type ImportProblemCode = 'not-json' | 'not-export' | 'entry-not-object' | 'entry-id' | 'entry-url';
/** What went wrong and where: `path` is a JSON Pointer into the imported file. */
export interface ImportProblem {
  code: ImportProblemCode;
  path: string;
}

export interface ImportResult {
  /** The saved list with the file's good entries merged in (existing entries are never lost). */
  list: SavedHospital[];
  added: number;
  problems: ImportProblem[];
}

/**
 * Reads an exported file and merges it into `existing`: entries already saved keep their place,
 * new ones are appended in the file's order, bad entries are skipped and reported. A file that is
 * not an export at all changes nothing. A bare array of entries is accepted too.
 */
export function importSaved(text: string, existing: readonly SavedHospital[]): ImportResult {
  const unchanged = (code: ImportProblemCode): ImportResult => ({
    list: [...existing],
    added: 0,
    problems: [{ code, path: '' }],
  });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return unchanged('not-json');
  }
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  let entries: unknown[];
  let base = '';
  if (Array.isArray(data)) entries = data;
  else if (isObject(data) && data.format === EXPORT_FORMAT && Array.isArray(data.hospitals)) {
    entries = data.hospitals;
    base = '/hospitals';
  } else return unchanged('not-export');

  let list = [...existing];
  const problems: ImportProblem[] = [];
  let added = 0;
  entries.forEach((entry, i) => {
    const path = `${base}/${i}`;
    if (!isObject(entry)) {
      problems.push({ code: 'entry-not-object', path });
      return;
    }
    const id = typeof entry.id === 'string' ? entry.id.trim() : '';
    if (!id || id.length > 64) {
      problems.push({ code: 'entry-id', path: `${path}/id` });
      return;
    }
    const feedUrl = typeof entry.feedUrl === 'string' ? safeHref(entry.feedUrl) : null;
    if (!feedUrl) {
      problems.push({ code: 'entry-url', path: `${path}/feedUrl` });
      return;
    }
    if (list.some((h) => h.id === id || h.feedUrl === feedUrl)) return;
    list = addSaved(list, { id, feedUrl });
    added++;
  });
  return { list, added, problems };
}
