// Three test projects: `unit` (logic, with WXT's fakeBrowser, in happy-dom); `e2e` (the
// built extension in real Chromium and Firefox, two files at a time: each file has its
// own browser, fixture server and clipboard); `e2e-policy` (the tests that write
// machine-global policy files under /etc, which every browser started meanwhile would
// read: alone, one at a time, after `e2e`).
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const POLICY = 'tests/e2e/**/*policy*.e2e.ts';
const browserTests = { environment: 'node', testTimeout: 60_000, hookTimeout: 60_000 } as const;

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'happy-dom',
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          ...browserTests,
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          exclude: [POLICY],
          maxWorkers: 2,
          // A worker keeps its imports (playwright-core…) from one file to the next; every
          // file still starts its own browser and server, so nothing else carries over.
          isolate: false,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          ...browserTests,
          name: 'e2e-policy',
          include: [POLICY],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
