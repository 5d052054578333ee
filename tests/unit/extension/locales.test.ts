import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

const messages = (lang: string) =>
  JSON.parse(
    readFileSync(new URL(`../../../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8'),
  ) as Record<string, { message: string }>;

test('every extension string exists in zh_CN and en, and says something different', () => {
  const zh = messages('zh_CN');
  const en = messages('en');
  expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  for (const key of Object.keys(zh)) {
    expect(zh[key]!.message.length, key).toBeGreaterThan(1);
    expect(en[key]!.message, key).not.toBe(zh[key]!.message);
  }
  expect(zh.badgeTitle!.message).toBe('本网站发布了明白就医数据');
  expect(en.badgeTitle!.message).toBe('This site publishes a ClearClinic feed');
});
