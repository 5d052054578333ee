/**
 * The extension's settings and saved list as WXT storage items (extension.md, Must: Data).
 * Both live in `sync` so they follow the user to their other browsers; feeds themselves are in
 * Dexie (utils/cache), never here.
 */
import { storage } from 'wxt/utils/storage';
import { fitsSync, type SavedHospital } from './saved-hospitals';

export interface Settings {
  /** 'auto' follows the browser's language. */
  lang: 'auto' | 'zh-CN' | 'en';
  /** 'large' is 适老化 mode: bigger text and targets everywhere. */
  size: 'normal' | 'large';
  theme: 'auto' | 'light' | 'dark';
  /** Background refresh period, hours. */
  refreshHours: number;
  notifications: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  lang: 'auto',
  size: 'normal',
  theme: 'auto',
  refreshHours: 6,
  notifications: true,
};
/** The refresh periods the options page offers, hours. */
export const REFRESH_CHOICES = [1, 3, 6, 12, 24] as const;

export const settingsItem = storage.defineItem<Settings>('sync:settings', { fallback: DEFAULT_SETTINGS });
export const savedItem = storage.defineItem<SavedHospital[]>('sync:savedHospitals', { fallback: [] });

/** Reads the settings, filling in anything missing or out of range with its default. */
export async function readSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

/** Stored settings made whole: each field missing or out of range takes its default alone. */
export function normalizeSettings(value: Partial<Settings> | null | undefined): Settings {
  const stored: Partial<Settings> = value ?? {};
  const pick = <K extends keyof Settings>(key: K, ok: (v: unknown) => boolean): Settings[K] =>
    ok(stored[key]) ? stored[key]! : DEFAULT_SETTINGS[key];
  return {
    lang: pick('lang', (v) => v === 'auto' || v === 'zh-CN' || v === 'en'),
    size: pick('size', (v) => v === 'normal' || v === 'large'),
    theme: pick('theme', (v) => v === 'auto' || v === 'light' || v === 'dark'),
    refreshHours: pick('refreshHours', (v) => (REFRESH_CHOICES as readonly unknown[]).includes(v)),
    notifications: pick('notifications', (v) => typeof v === 'boolean'),
  };
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
