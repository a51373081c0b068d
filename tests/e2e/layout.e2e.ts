// The panel must read well from 320 to 600 px, light and dark. This suite checks that
// nothing overflows sideways and leaves screenshots in test-results/ to look at.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './support/chromium';
import { PanelPage } from './support/panel-page';
import { ROOT } from './support/paths';

const SHOTS = join(ROOT, 'test-results/screenshots');
let browser: ExtensionBrowser | undefined;

afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

describe.each(['light', 'dark'] as const)('panel in %s mode', (colorScheme) => {
  it.each([320, 360, 600])('fits %i px without sideways scrolling', async (width) => {
    browser = await launchWithExtension(undefined, { colorScheme });
    const panel = await PanelPage.open(browser, width);
    // Open two sections so that body text, lists and sub-lists are on screen.
    await panel.page.getByRole('button', { name: 'Wat te doen?', exact: true }).click();
    await panel.page.getByRole('button', { name: 'Oorzakelijke factoren', exact: true }).click();
    const overflow = await panel.page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await mkdir(SHOTS, { recursive: true });
    await panel.page.evaluate(() => window.scrollTo(0, 0));
    await panel.page.screenshot({ path: join(SHOTS, `advice-${width}-${colorScheme}.png`), fullPage: true });
  });
});
