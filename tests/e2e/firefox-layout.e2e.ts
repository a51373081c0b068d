// The Firefox panel at 360 px, light and dark: no sideways scrolling, and screenshots
// in test-results/ to compare with Chromium's.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { type FirefoxWithExtension, launchFirefoxWithExtension } from './support/firefox';
import { ROOT } from './support/paths';

const SHOTS = join(ROOT, 'test-results/screenshots');
let firefox: FirefoxWithExtension | undefined;

afterEach(async () => {
  await firefox?.close();
  firefox = undefined;
});

it.each(['light', 'dark'] as const)('reads at 360 px in %s mode', async (scheme) => {
  firefox = await launchFirefoxWithExtension('production', scheme);
  const page = await firefox.openPanel();
  expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
    scheme === 'dark',
  );
  mkdirSync(SHOTS, { recursive: true });
  await page.click('#section-what-to-do-heading button');
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBe(0);
  await page.screenshot({ path: join(SHOTS, `firefox-advice-360-${scheme}.png`), fullPage: true });
  await page.click('[role="tab"]:nth-child(3)');
  await page.click('label:has(input[name="exam-palpation"][value="positive"])');
  await page.screenshot({ path: join(SHOTS, `firefox-examination-360-${scheme}.png`), fullPage: true });
  await page.click('[role="tab"]:nth-child(4)');
  await page.click('label:has(input[name="pain-score"][value="5"])');
  await page.screenshot({ path: join(SHOTS, `firefox-pain-360-${scheme}.png`), fullPage: true });
  await page.close();
});
