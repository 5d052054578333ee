/** The IndexedDB database of ClearClinic's feed cache (one per origin) and its feeds store. */
export const DATABASE_NAME = 'clearclinic';
/** The object store of feeds, keyed by `url` (declared by the Dexie schema in dexie-store.ts). */
export const FEEDS_STORE = 'feeds';
