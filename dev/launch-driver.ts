// Launches Chromium or Firefox with the built extension and returns its driver. Firefox's
// code (puppeteer-core) is loaded only when asked for.
import { type LaunchOptions, launchWithExtension } from './chromium';
import { chromiumDriver } from './chromium-driver';
import type { BrowserName, Driver } from './driver';
import { CHROME_BUILD, CHROME_E2E_BUILD } from './paths';

export async function launchDriver(
  name: BrowserName,
  build: 'production' | 'e2e' = 'production',
  options: LaunchOptions = {},
): Promise<Driver> {
  if (name === 'chromium') {
    return chromiumDriver(
      await launchWithExtension(build === 'e2e' ? CHROME_E2E_BUILD : CHROME_BUILD, options),
    );
  }
  const [{ launchFirefoxWithExtension }, { firefoxDriver }] = await Promise.all([
    import('./firefox'),
    import('./firefox-driver'),
  ]);
  return firefoxDriver(await launchFirefoxWithExtension(build, options.colorScheme));
}
