/**
 * The dashboard's state and actions, apart from its page (entrypoints/dashboard stays wiring):
 * the settings, the saved list and the saved feeds it shows, reloaded when storage changes,
 * and what each button does. One instance per page; nothing at module level.
 */
import type { FeedStore } from '../../cache/feed-store';
import type { Lang } from '../../i18n/local-text';
import { fromStore, readSavedFeeds, type SavedFeed } from '../saved-feeds';
import { exportSaved, type SavedHospital } from '../saved-hospitals';
import type { Settings } from '../settings';
import { addHospital } from './add-hospital';
import { importHospitals, moveHospital, removeHospital } from './saved-actions';
import { digestsFirst } from './schedule-digest';
import { uiLang } from './ui-lang';

export interface DashboardDeps {
  /** The feed store (Dexie in the extension), keeping each copy's digest for the popup. */
  store: Promise<FeedStore>;
  readSettings(): Promise<Settings>;
  readList(): Promise<SavedHospital[]>;
  /** The browser's UI language, for "follow the browser". */
  browserLang: string;
  fetch?: typeof fetch;
}

export interface DashboardSnapshot {
  settings: Settings;
  lang: Lang;
  list: SavedHospital[];
  saved: SavedFeed[];
}

export function createDashboard(deps: DashboardDeps) {
  let settings: Settings | undefined;
  let list: SavedHospital[] = [];
  let saved: SavedFeed[] = [];
  const lang = (): Lang => uiLang(settings ?? { lang: 'auto' }, deps.browserLang);
  const addDeps = async () => ({ store: await deps.store, lang: lang(), ...(deps.fetch && { fetch: deps.fetch }) });

  return {
    /** The current state, for a render. */
    snapshot(): DashboardSnapshot {
      if (!settings) throw new Error('dashboard not loaded yet');
      return { settings, lang: lang(), list, saved };
    },
    async loadSettings(): Promise<void> {
      settings = await deps.readSettings();
    },
    setSettings(next: Settings): void {
      settings = next;
    },
    /** The saved list and its feeds again: digests, with whole feeds where there is none (the list and open-when need only schedules). */
    async reload(): Promise<void> {
      list = await deps.readList();
      saved = await readSavedFeeds(list, digestsFirst(fromStore(await deps.store)));
    },
    actions: {
      add: async (url: string) => addHospital(url, await addDeps()),
      remove: async (id: string) => removeHospital(id, await deps.store),
      move: (id: string, by: number) => moveHospital(id, by),
      exportText: () => exportSaved(list),
      readFull: async (hospitals: readonly SavedFeed[]) =>
        readSavedFeeds(
          hospitals.map((h) => h.hospital),
          fromStore(await deps.store),
        ),
      importText: async (text: string, fileName: string) => importHospitals(text, fileName, await addDeps()),
    },
  };
}

export type DashboardState = ReturnType<typeof createDashboard>;
