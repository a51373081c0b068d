// `npm start`: opens Chromium with the built extension beside the demo EHR page and
// opens the side panel, as a clinician would with the toolbar icon.
import { join } from 'node:path';
import { clickToolbarIcon, launchWithExtension } from '../tests/e2e/support/chromium';
import { startFixtureServer } from '../tests/e2e/support/fixture-server';
import { ROOT } from '../tests/e2e/support/paths';

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error(
    'No display found. On a machine without a desktop, run: xvfb-run -a npm start\n' +
      '(apt-get install -y xvfb). The browser then runs on a virtual screen.',
  );
  process.exit(1);
}

const server = await startFixtureServer(join(ROOT, 'demo'));
const browser = await launchWithExtension(undefined, { headless: false, uiLanguage: 'nl' });
const page = await browser.context.newPage();
await page.goto(server.url('ehr.html'));
for (const blank of browser.context.pages()) if (blank !== page) await blank.close();
await clickToolbarIcon(browser, page);
console.log(`Demo EHR: ${server.url('ehr.html')} — Heupwijzer is loaded; close the browser to stop.`);
browser.context.on('close', () => void server.close());
