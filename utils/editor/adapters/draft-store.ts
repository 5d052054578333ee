/**
 * The editor's drafts in IndexedDB (Dexie), one database per origin: each draft is the feed's
 * text as last typed, saved as one types, so closing the tab loses nothing. Several drafts
 * live side by side (one per hospital, or a notice tried out on a copy).
 */
import Dexie, { type Table } from 'dexie';

export interface Draft {
  id: string;
  /** The hospital's name when it has one (for the list of drafts). */
  title: string;
  /** The feed as JSON text, exactly what the editor holds. */
  text: string;
  /** Milliseconds since the epoch of the last save. */
  savedAt: number;
}

export const DRAFTS_DATABASE = 'clearclinic-drafts';

class DraftDatabase extends Dexie {
  drafts!: Table<Draft, string>;
  constructor(name: string) {
    super(name);
    // Schema history: add a version, never edit one. 1: drafts keyed by id.
    this.version(1).stores({ drafts: 'id, savedAt' });
  }
}

export interface DraftStore {
  list(): Promise<Draft[]>;
  get(id: string): Promise<Draft | undefined>;
  save(draft: Draft): Promise<void>;
  remove(id: string): Promise<void>;
}

/** Opens the drafts; rejects where IndexedDB cannot be used (the editor then says drafts are not kept). */
export async function openDraftStore(name = DRAFTS_DATABASE): Promise<DraftStore> {
  const db = new DraftDatabase(name);
  await db.open();
  return {
    list: async () => (await db.drafts.orderBy('savedAt').reverse().toArray()) as Draft[],
    get: (id) => db.drafts.get(id),
    save: async (draft) => {
      await db.drafts.put(draft);
    },
    remove: (id) => db.drafts.delete(id),
  };
}
