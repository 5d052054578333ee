/**
 * The popup's saved hospitals, each with its glance in words (extension.md, Popup). A glance is a
 * pure function of the feed and the time, and it stays the same until the clinics next open or
 * close or the feed's day ends, whichever comes first; so each one computed is kept (in
 * `storage.local`, per feed URL, with the language and the copy it came from) and reused until
 * then. Only hospitals whose glance is missing or due are read from the cache and worked out.
 * Storing a feed or confirming it drops its glance (utils/extension/adapters/schedule-digest.ts).
 */
import type { Lang, LocalText } from '../i18n/local-text';
import type { GlanceLines } from './glance-text';
import type { RefreshProblem } from './refresh-problem';
import type { ReadStored } from './saved-feeds';
import type { SavedHospital } from './saved-hospitals';

export interface CachedGlance {
  lines: GlanceLines;
  name: LocalText;
  lang: Lang;
  fetchedAt: number;
  /** When the copy it was worked out from was stored. */
  storedAt: number;
  /** The glance holds until this instant (ms since the epoch). */
  validUntil: number;
}

export interface PopupEntry {
  hospital: SavedHospital;
  /** Absent when no copy is stored yet. */
  name?: LocalText;
  fetchedAt?: number;
  lines?: GlanceLines;
  /** The latest refresh failed (set by the popup from storage, beside the kept glance). */
  problem?: RefreshProblem;
  /** A notice read from the hospital's page is kept with it: said in words, with its dates. */
  keptNote?: string;
}

export interface GlanceDeps {
  /** The kept glances of these URLs (undefined where none). */
  readGlances(urls: readonly string[]): Promise<(CachedGlance | undefined)[]>;
  writeGlances(entries: Record<string, CachedGlance>): Promise<void>;
  /** The stored copies (digests first) of hospitals without a usable glance. */
  read: ReadStored;
}

export async function popupGlances(
  list: readonly SavedHospital[],
  now: number,
  lang: Lang,
  deps: GlanceDeps,
): Promise<PopupEntry[]> {
  const kept = await deps.readGlances(list.map((h) => h.feedUrl)).catch(() => list.map(() => undefined));
  const usable = (g: CachedGlance | undefined): g is CachedGlance =>
    g !== undefined && g.lang === lang && now < g.validUntil;
  const due = list.filter((_, i) => !usable(kept[i]));
  const fresh = due.length ? await workOut(due, now, lang, deps.read) : new Map<string, CachedGlance>();
  if (fresh.size) void deps.writeGlances(Object.fromEntries(fresh)).catch(() => {});
  return list.map((hospital, i): PopupEntry => {
    const g = usable(kept[i]) ? kept[i] : fresh.get(hospital.feedUrl);
    return g ? { hospital, name: g.name, fetchedAt: g.fetchedAt, lines: g.lines } : { hospital };
  });
}

/** The glances of hospitals without a usable one; the engine's code loads only for them. */
async function workOut(
  due: readonly SavedHospital[],
  now: number,
  lang: Lang,
  read: ReadStored,
): Promise<Map<string, CachedGlance>> {
  const [{ readSavedFeeds }, { glance }, { glanceLines }, { instantOf }] = await Promise.all([
    import('./saved-feeds'),
    import('./glance'),
    import('./glance-text'),
    import('../date/zone'),
  ]);
  const fresh = new Map<string, CachedGlance>();
  for (const saved of await readSavedFeeds(due, read)) {
    if (!saved.feed || !saved.engine) continue;
    const engine = saved.engine;
    const g = glance(engine, now);
    const midnight = instantOf(engine.timeZone, engine.today(now) + 1, 0);
    fresh.set(saved.hospital.feedUrl, {
      lines: glanceLines(g, engine.timeZone, lang),
      name: saved.feed.hospital.name,
      lang,
      fetchedAt: saved.fetchedAt!,
      storedAt: saved.storedAt!,
      validUntil: Math.min(midnight, g.nextChange?.at ?? Infinity),
    });
  }
  return fresh;
}
