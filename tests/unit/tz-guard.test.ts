import { expect, test } from 'vitest';

// Proves that the zone-sensitive suites really run under the zone their project names:
// without this, a runner that ignored TZ would make those runs prove nothing.
test('the process runs in the time zone this project asks for', () => {
  const expected = process.env.EXPECT_TZ;
  expect(expected).toBeTruthy();
  const aliases: Record<string, string[]> = { UTC: ['UTC', 'Etc/UTC', 'Etc/GMT'] };
  expect(aliases[expected!] ?? [expected]).toContain(Intl.DateTimeFormat().resolvedOptions().timeZone);
  const offsetAtNewYear2026 = 0 - new Date(2026, 0, 1).getTimezoneOffset();
  const expectedOffset = { UTC: 0, 'America/Los_Angeles': -480, 'Pacific/Kiritimati': 840 }[expected!];
  expect(offsetAtNewYear2026).toBe(expectedOffset);
});
