// `npm start`: opens Chromium (or Edge, or Chrome) with the built extension beside the
// demo EHR page and opens the side panel, as a clinician would with the toolbar icon.
import { clickToolbarIcon, launchWithExtension } from '../dev/chromium';
import { findChromiumBrowser } from '../dev/find-browser';
import { startFixtureServer } from '../dev/fixture-server';
import { DEMO } from '../dev/paths';

const found = findChromiumBrowser();
if ('error' in found) {
  console.error(found.error);
  process.exit(1);
}
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error(
    'No display found. On a machine without a desktop, run: xvfb-run -a npm start\n' +
      '(apt-get install -y xvfb). The browser then runs on a virtual screen.',
  );
  process.exit(1);
}
console.log(`Browser: ${found.path}`);
if (found.kind === 'chrome') {
  console.log(
    'Google Chrome 137+ ignores --load-extension; Heupwijzer is loaded through the DevTools protocol\n' +
      'instead. If the panel does not appear, load .output/chrome-mv3 by hand (chrome://extensions,\n' +
      'Developer mode, Load unpacked) or install Chromium and set CHROMIUM_PATH.',
  );
}

const server = await startFixtureServer(DEMO);
const browser = await launchWithExtension(undefined, { headless: false, uiLanguage: 'nl' });
const page = await browser.context.newPage();
await page.goto(server.url('ehr.html'));
for (const blank of browser.context.pages()) if (blank !== page) await blank.close();
await clickToolbarIcon(browser, page);
console.log(`Demo EHR: ${server.url('ehr.html')} — Heupwijzer is loaded; close the browser to stop.`);
browser.context.on('close', () => void server.close());
