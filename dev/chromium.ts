// Launches a Chromium-family browser with the built extension loaded (see ENGINEERING.md)
// and finds the extension's id from its service worker. Used by the e2e suite, `npm start`
// and `npm run bench`.
import { existsSync } from 'node:fs';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { chromiumBrowserOrThrow } from './find-browser';
import { CHROME_BUILD } from './paths';

export interface ExtensionBrowser {
  readonly context: BrowserContext;
  readonly extensionId: string;
  readonly extensionUrl: (path: string) => string;
  /**
   * Runs `fn` with the extension's APIs: in its service worker while it runs, else in an
   * extension page opened for the moment (the browser stops an idle worker).
   */
  inExtension<Arg, Result>(fn: (arg: Arg) => Result | Promise<Result>, arg: Arg): Promise<Result>;
  close(): Promise<void>;
}

/** Flags that load an unpacked extension at start (Chromium; branded Chrome ignores them). */
export const loadExtensionFlags = (extensionDir: string): string[] => [
  `--disable-extensions-except=${extensionDir}`,
  `--load-extension=${extensionDir}`,
];

/** A browser that does nothing of its own accord: no sandbox (containers), GPU, sync or updates. */
export const QUIET_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface LaunchOptions {
  colorScheme?: 'light' | 'dark';
  uiLanguage?: 'nl' | 'en';
  headless?: boolean;
  /** More command-line flags (the e2e suite's process model). */
  args?: readonly string[];
}

export async function launchWithExtension(
  extensionDir = CHROME_BUILD,
  options: LaunchOptions = {},
): Promise<ExtensionBrowser> {
  if (!existsSync(`${extensionDir}/manifest.json`)) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first.`);
  }
  const found = chromiumBrowserOrThrow();
  const headed = options.headless === false;
  // Branded Chrome 137+ ignores --load-extension; it loads an unpacked extension through
  // the DevTools protocol instead, which Playwright's pipe connection allows with this flag.
  const viaProtocol = found.kind === 'chrome';
  const context = await chromium.launchPersistentContext('', {
    executablePath: found.path,
    headless: !headed,
    // A headed window keeps its own size, so the side panel gets room beside the page.
    ...(headed && { viewport: null }),
    colorScheme: options.colorScheme ?? 'light',
    // Playwright starts Chromium with extensions off unless it loads them itself.
    ...(viaProtocol && { ignoreDefaultArgs: ['--disable-extensions'] }),
    // The extension's interface language follows Chromium's, which on Linux follows LANGUAGE.
    env: { ...process.env, LANGUAGE: options.uiLanguage ?? 'nl' },
    args: [
      ...(headed ? ['--window-size=1400,900'] : ['--headless=new']),
      ...(viaProtocol ? ['--enable-unsafe-extension-debugging'] : loadExtensionFlags(extensionDir)),
      ...QUIET_FLAGS,
      ...(options.args ?? []),
    ],
  });
  const extensionId = viaProtocol
    ? await loadUnpacked(context, extensionDir)
    : new URL((context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'))).url()).host;
  const extensionUrl = (path: string) => `chrome-extension://${extensionId}/${path}`;
  return {
    context,
    extensionId,
    extensionUrl,
    inExtension: async (fn, arg) => {
      const worker = context.serviceWorkers().find((w) => w.url().startsWith(extensionUrl('')));
      if (worker) return worker.evaluate(fn as never, arg) as never;
      const page = await context.newPage();
      try {
        await page.goto(extensionUrl('manifest.json'));
        return (await page.evaluate(fn as never, arg)) as never;
      } finally {
        await page.close();
      }
    },
    close: () => context.close(),
  };
}

/** Loads the extension through the DevTools protocol; returns its id. */
async function loadUnpacked(context: BrowserContext, path: string): Promise<string> {
  const cdp = await context.browser()?.newBrowserCDPSession();
  if (!cdp) throw new Error('No browser DevTools session to load the extension through');
  const { id } = (await cdp.send('Extensions.loadUnpacked' as never, { path } as never)) as { id: string };
  return id;
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
