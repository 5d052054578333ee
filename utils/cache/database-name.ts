/** The IndexedDB database of ClearClinic's feed cache, one per origin. */
export const DATABASE_NAME = 'clearclinic';
