// The panel must read well from 320 to 600 px, light and dark. This suite checks that
// no view overflows sideways and leaves screenshots in test-results/ to look at.
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
  // 300 CSS px is a 600 px panel at 200 % zoom.
  it.each([300, 320, 360, 600])('fits %i px without sideways scrolling, in every view', async (width) => {
    browser = await launchWithExtension(undefined, { colorScheme });
    const panel = await PanelPage.open(browser, width);
    await mkdir(SHOTS, { recursive: true });
    const overflow = () =>
      panel.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

    // Advice with two sections open, so body text, lists and sub-lists are on screen.
    await panel.page.getByRole('button', { name: 'Wat te doen?', exact: true }).click();
    await panel.page.getByRole('button', { name: 'Oorzakelijke factoren', exact: true }).click();
    expect(await overflow()).toBe(0);
    await panel.screenshot(join(SHOTS, `advice-${width}-${colorScheme}.png`));

    await panel.showView("Risico's");
    await panel.page.getByRole('checkbox', { name: 'Hoge BMI' }).check();
    await panel.page.getByRole('checkbox', { name: 'Toename van herhalingen' }).check();
    expect(await overflow()).toBe(0);
    await panel.screenshot(join(SHOTS, `risk-factors-${width}-${colorScheme}.png`));

    await panel.showView('Onderzoek');
    await panel.page.getByRole('radio', { name: 'Rechts' }).check();
    await panel.page.getByRole('button', { name: 'Hoe? Single-leg stance (tot 30 s)' }).click();
    await panel.page.locator('label:has(input[name="exam-palpation"][value="positive"])').click();
    await panel.page.getByLabel('Seconden tot pijn (0–30)').fill('12');
    await panel.page.getByLabel('Seconden tot pijn (0–30)').press('Tab');
    expect(await overflow()).toBe(0);
    await panel.screenshot(join(SHOTS, `examination-${width}-${colorScheme}.png`));

    await panel.showView('Pijn');
    await panel.choosePainScore(5);
    await panel.page.getByRole('radio', { name: 'Nee' }).check();
    expect(await overflow()).toBe(0);
    await panel.screenshot(join(SHOTS, `pain-${width}-${colorScheme}.png`));

    await panel.showView('Notitie');
    await panel.page.getByRole('checkbox', { name: 'Wat te doen?' }).check();
    await panel.page.getByRole('checkbox', { name: 'Niet op de pijnlijke zijde slapen.' }).check();
    await panel.page.getByText('Opties:').click();
    expect(await overflow()).toBe(0);
    await panel.screenshot(join(SHOTS, `note-${width}-${colorScheme}.png`));

    await panel.showView('Instellingen');
    expect(await overflow()).toBe(0);
    await panel.screenshot(join(SHOTS, `settings-${width}-${colorScheme}.png`));
  });
});
