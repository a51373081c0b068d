// Where the tooling (npm start, npm run bench) and the e2e suite find the built extension,
// the fixture pages and the demo page.
import { join } from 'node:path';

export const ROOT = join(__dirname, '..');
export const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');
export const CHROME_E2E_BUILD = join(ROOT, '.output/chrome-mv3-e2e');
export const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv3');
export const FIREFOX_E2E_BUILD = join(ROOT, '.output/firefox-mv3-e2e');
export const FIXTURES = join(ROOT, 'tests/fixtures');
export const DEMO = join(ROOT, 'demo');
/** Where Chromium on Linux reads managed (enterprise) policy. */
export const CHROMIUM_POLICY_DIR = '/etc/chromium/policies/managed';
