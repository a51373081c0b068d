// The Firefox build in real Firefox ESR: it loads, the panel shows every section of the
// leaflet, and the consult lives in storage.session. (A first slice of the Firefox
// suite; the shared Chromium/Firefox scenarios are still to come.)
import { afterAll, beforeAll, expect, it } from 'vitest';
import { glutealTendinopathy as condition } from '../../content/gluteal-tendinopathy';
import { type FirefoxWithExtension, launchFirefoxWithExtension } from './support/firefox';

let firefox: FirefoxWithExtension;

beforeAll(async () => {
  firefox = await launchFirefoxWithExtension();
});

afterAll(async () => {
  await firefox?.close();
});

const headings = (page: Awaited<ReturnType<FirefoxWithExtension['openPanel']>>) =>
  page.$$eval('section h2 button[aria-expanded]', (buttons) => buttons.map((b) => b.textContent?.trim()));

it('shows every section of the leaflet in the Firefox panel', async () => {
  const page = await firefox.openPanel();
  expect(await headings(page)).toEqual(condition.sections.map((s) => s.heading.nl));
  await page.close();
});

it('keeps ticked risk factors across reopening, in storage.session only', async () => {
  const page = await firefox.openPanel();
  await page.click('[role="tab"]:nth-child(2)');
  await page.click('#factor-high-bmi');
  await page.waitForFunction(async () => {
    const { consult } = (await browser.storage.session.get('consult')) as {
      consult?: { riskFactors: string[] };
    };
    return consult?.riskFactors.includes('high-bmi');
  });
  await page.close();

  const again = await firefox.openPanel();
  await again.waitForSelector('#factor-high-bmi');
  expect(await again.$eval('#factor-high-bmi', (input) => (input as HTMLInputElement).checked)).toBe(true);
  const stored = await again.evaluate(async () => ({
    local: await browser.storage.local.get(null),
    sync: await browser.storage.sync.get(null),
  }));
  expect(stored).toEqual({ local: {}, sync: {} });
  await again.close();
});
