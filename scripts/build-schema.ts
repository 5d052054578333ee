/**
 * Writes public/schema/clearclinic-feed-v1.json from the zod schema (utils/feed/schema.ts).
 * A test fails when the file drifts from the source: run `npm run schema` after changing it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { feedJsonSchema } from '../utils/feed/schema';

export const SCHEMA_FILE = 'public/schema/clearclinic-feed-v1.json';

mkdirSync('public/schema', { recursive: true });
writeFileSync(SCHEMA_FILE, `${JSON.stringify(feedJsonSchema(), null, 2)}\n`);
console.log(`wrote ${SCHEMA_FILE}`);
