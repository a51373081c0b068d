// Two test projects: `unit` (logic, with WXT's fakeBrowser, in happy-dom); `e2e` (the
// built extension in real Chromium and Firefox, one file per worker at a time, a worker
// per core and at least two: each file has its own fixture server, each test a fresh
// panel and emptied storage). The policy tests write machine-wide files under /etc that
// every browser reads at start; they name a copy of the build with an id of its own, so
// they run beside the rest (tests/e2e/support/own-id-build.ts).
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

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
          // Measured on 2 cores: the browsers wait on each other as much as they compute.
          maxWorkers: Math.max(2, availableParallelism()),
          // A worker keeps its imports (playwright-core…) and its Chromium from one file to
          // the next: tests/e2e/support/suite.ts hands the browser on with its tabs closed
          // and granted sites withdrawn, and empties storage before every test.
          isolate: false,
          sequence: { groupOrder: 0 },
        },
      },
    ],
  },
});
