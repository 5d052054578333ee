import { defineConfig } from 'vitest/config';

/** Tests whose answers must not depend on the machine's time zone run once per zone. */
const zoneSensitive = [
  'tests/unit/date/**/*.test.ts',
  'tests/unit/calendar/**/*.test.ts',
  'tests/unit/schedule/**/*.test.ts',
  'tests/unit/extension/glance.test.ts',
  'tests/unit/tz-guard.test.ts',
];
const zones = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati'];

export default defineConfig({
  test: {
    pool: 'forks',
    // A timeout only catches a hang (speed is measured by the bench scripts): the property tests
    // run 150 generated feeds each and took over 5 s while Chromium shared this 2-core machine.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          exclude: ['tests/unit/tz-guard.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time on a 2-core machine.
          fileParallelism: false,
        },
      },
      ...zones.map((zone) => ({
        extends: true as const,
        test: {
          name: `tz:${zone}`,
          include: zoneSensitive,
          environment: 'node' as const,
          env: { TZ: zone, EXPECT_TZ: zone },
        },
      })),
    ],
  },
});
