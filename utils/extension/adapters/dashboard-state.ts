/**
 * The dashboard's state and actions, apart from its page (entrypoints/dashboard stays wiring):
 * the settings, the saved list and the saved feeds it shows, reloaded when storage changes,
 * and what each button does. One instance per page; nothing at module level.
 */
import type { FeedStore } from '../../cache/feed-store';
import type { Lang } from '../../i18n/local-text';
import { ScheduleEngine } from '../../schedule/engine';
import { type KeptNotice, withKeptNotices } from '../kept-notices';
import type { RefreshProblem } from '../refresh-problem';
import { fromStore, readSavedFeeds, type SavedFeed } from '../saved-feeds';
import { exportSaved, type SavedHospital } from '../saved-hospitals';
import type { Settings } from '../settings';
import {
  addOrKeep,
  catchUp,
  dropPending,
  forgetCopy,
  importHospitals,
  moveHospital,
  type Removed,
  refreshNow,
  removeHospital,
  restoreHospital,
} from './saved-actions';
import { digestsFirst } from './schedule-digest';
import type { PendingAdd } from './storage-items';
import { uiLang } from './ui-lang';

export interface DashboardDeps {
  /** The feed store (Dexie in the extension), keeping each copy's digest for the popup. */
  store: Promise<FeedStore>;
  readSettings(): Promise<Settings>;
  readList(): Promise<SavedHospital[]>;
  /** Addresses kept while their sites could not be reached. */
  readPending(): Promise<PendingAdd[]>;
  /** The last refresh's failures by feed URL. */
  readProblems(): Promise<Record<string, RefreshProblem>>;
  /** Notices read from hospitals' pages and kept (absent: none). */
  readKept?(): Promise<KeptNotice[]>;
  /** The browser's UI language, for "follow the browser". */
  browserLang: string;
  fetch?: typeof fetch;
}

export interface DashboardSnapshot {
  settings: Settings;
  lang: Lang;
  list: SavedHospital[];
  saved: SavedFeed[];
  pending: PendingAdd[];
}

export function createDashboard(deps: DashboardDeps) {
  let settings: Settings | undefined;
  let list: SavedHospital[] = [];
  let saved: SavedFeed[] = [];
  let pending: PendingAdd[] = [];
  const lang = (): Lang => uiLang(settings ?? { lang: 'auto' }, deps.browserLang);
  const addDeps = async () => ({ store: await deps.store, lang: lang(), ...(deps.fetch && { fetch: deps.fetch }) });

  return {
    /** The current state, for a render. */
    snapshot(): DashboardSnapshot {
      if (!settings) throw new Error('dashboard not loaded yet');
      return { settings, lang: lang(), list, saved, pending };
    },
    async loadSettings(): Promise<void> {
      settings = await deps.readSettings();
    },
    setSettings(next: Settings): void {
      settings = next;
    },
    /** The saved list and its feeds again: digests, with whole feeds where there is none (the list and open-when need only schedules). */
    async reload(): Promise<void> {
      const [next, problems, waiting, kept] = await Promise.all([
        deps.readList(),
        deps.readProblems(),
        deps.readPending(),
        deps.readKept?.() ?? Promise.resolve([]),
      ]);
      list = next;
      pending = waiting;
      saved = (await readSavedFeeds(list, digestsFirst(fromStore(await deps.store)))).map((s) => {
        const problem = problems[s.hospital.feedUrl];
        // A notice read from the hospital's page joins its feed, marked, on the dates the feed leaves alone.
        const mine = kept.filter((k) => k.hospitalId === s.hospital.id);
        const feed = s.feed && withKeptNotices(s.feed, mine);
        const withKept =
          feed && feed !== s.feed
            ? { ...s, feed, engine: new ScheduleEngine(feed), kept: mine }
            : mine.length
              ? { ...s, kept: mine }
              : s;
        return problem ? { ...withKept, problem } : withKept;
      });
    },
    actions: {
      add: async (url: string) => addOrKeep(url, await addDeps()),
      remove: (id: string): Promise<Removed | undefined> => removeHospital(id),
      restore: (removed: Removed) => restoreHospital(removed),
      forget: async (removed: Removed) => forgetCopy(removed.hospital.feedUrl, await deps.store),
      move: (id: string, by: number) => moveHospital(id, by),
      dropPending: (address: string) => dropPending(address),
      refreshNow: async () => refreshNow(await addDeps()),
      catchUp: async () => catchUp(await addDeps()),
      exportText: () =>
        exportSaved(
          list,
          new Map(saved.flatMap((s) => (s.feed ? [[s.hospital.id, s.feed.hospital.name] as const] : []))),
        ),
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
