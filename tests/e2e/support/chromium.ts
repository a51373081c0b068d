// Launches Debian's Chromium with the built extension loaded (see ENGINEERING.md) and
// finds the extension's id from its service worker.
import { existsSync } from 'node:fs';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROME_BUILD, CHROMIUM } from './paths';

export interface ExtensionBrowser {
  readonly context: BrowserContext;
  readonly extensionId: string;
  readonly extensionUrl: (path: string) => string;
  close(): Promise<void>;
}

export async function launchWithExtension(
  extensionDir = CHROME_BUILD,
  options: { colorScheme?: 'light' | 'dark'; uiLanguage?: 'nl' | 'en'; headless?: boolean } = {},
): Promise<ExtensionBrowser> {
  if (!existsSync(`${extensionDir}/manifest.json`)) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first.`);
  }
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    // A headed window keeps its own size, so the side panel gets room beside the page.
    ...(options.headless === false && { viewport: null }),
    colorScheme: options.colorScheme ?? 'light',
    // The extension's interface language follows Chromium's, which on Linux follows LANGUAGE.
    env: { ...process.env, LANGUAGE: options.uiLanguage ?? 'nl' },
    args: [
      ...(options.headless === false ? [] : ['--headless=new']),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...(options.headless === false ? ['--window-size=1400,900'] : []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path}`,
    close: () => context.close(),
  };
}

/** Clicks the toolbar icon as a user would (CDP), which opens the side panel beside `page`. */
export async function clickToolbarIcon(browser: ExtensionBrowser, page: Page): Promise<void> {
  const cdp = await page.context().browser()?.newBrowserCDPSession();
  if (!cdp) throw new Error('No browser CDP session');
  // The action is triggered on the page's "tab" target, not on the page target itself.
  const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as {
    targetInfos: { targetId: string; type: string; url: string }[];
  };
  const tab = targetInfos.find((target) => target.type === 'tab' && target.url === page.url());
  if (!tab) throw new Error(`No tab target for ${page.url()}`);
  await cdp.send(
    'Extensions.triggerAction' as never,
    { id: browser.extensionId, targetId: tab.targetId } as never,
  );
}
