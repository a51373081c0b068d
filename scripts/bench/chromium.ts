// Starts Debian's Chromium with an unpacked extension in a fresh profile, as the bench
// needs it: every cold-start sample is a browser that has just started.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { loadExtensionFlags, QUIET_FLAGS } from '../../dev/chromium';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface BenchBrowser {
  readonly context: BrowserContext;
  readonly extensionId: string;
  /** performance.now() in this process when the browser process was asked to start. */
  readonly launchedAt: number;
  url(path: string): string;
  close(): Promise<void>;
}

export async function startChromium(extensionDir: string): Promise<BenchBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'heupwijzer-bench-profile-'));
  const launchedAt = performance.now();
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 360, height: 800 },
    env: { ...process.env, LANGUAGE: 'nl' },
    args: ['--headless=new', ...loadExtensionFlags(extensionDir), ...QUIET_FLAGS],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    launchedAt,
    url: (path) => `chrome-extension://${extensionId}/${path}`,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
