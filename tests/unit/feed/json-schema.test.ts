import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { feedJsonSchema } from '../../../utils/feed/schema';

const published = JSON.parse(
  readFileSync(new URL('../../../public/schema/clearclinic-feed-v1.json', import.meta.url), 'utf8'),
);

test('the published JSON Schema is the one generated from the zod schema (run `npm run schema` if not)', () => {
  expect(published).toEqual(feedJsonSchema());
});

test('the JSON Schema states the contract: required fields, formats, open objects', () => {
  expect(published.required).toEqual(['format', 'version', 'updatedAt', 'hospital', 'departments', 'schedule']);
  expect(published.properties.format.const).toBe('clearclinic-feed');
  expect(published.properties.departments.minItems).toBe(1);
  const session = published.properties.schedule.properties.regular.items;
  expect(session.properties.start.pattern).toBeTruthy();
  expect(session.properties.slotMinutes).toMatchObject({ type: 'integer', minimum: 5, maximum: 240 });
  // Unknown fields are allowed (forward compatible): no object closes itself.
  expect(JSON.stringify(published)).not.toContain('"additionalProperties":false');
});
