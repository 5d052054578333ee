import { expect, test } from 'vitest';
import { formatDataAge } from '../../../utils/i18n/format';

const now = Date.parse('2026-11-20T14:00:00+08:00');

test("the data's age says the hospital's own date, in its zone, and when it was last checked", () => {
  const checked = now - 3 * 3_600_000;
  expect(formatDataAge('2026-11-20T09:00:00+08:00', 'Asia/Shanghai', checked, now, 'zh-CN')).toBe(
    '医院 11月20日 更新 · 3小时前检查',
  );
  expect(formatDataAge('2026-11-20T09:00:00+08:00', 'Asia/Shanghai', now, now, 'en')).toBe(
    'Updated by the hospital 20 Nov · checked just now',
  );
  // 23:30 UTC on the 19th is already the 20th in Shanghai.
  expect(formatDataAge('2026-11-19T23:30:00Z', 'Asia/Shanghai', now, now, 'zh-CN')).toBe(
    '医院 11月20日 更新 · 刚刚检查',
  );
  // Another year is named.
  expect(formatDataAge('2025-12-31T10:00:00+08:00', 'Asia/Shanghai', now, now, 'zh-CN')).toBe(
    '医院 2025年12月31日 更新 · 刚刚检查',
  );
  expect(formatDataAge('2025-12-31T10:00:00+08:00', 'Asia/Shanghai', now, now, 'en')).toBe(
    'Updated by the hospital 31 Dec 2025 · checked just now',
  );
});
