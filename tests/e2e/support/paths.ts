// Where the e2e suite finds the built extension and its fixtures.
import { join } from 'node:path';

export const ROOT = join(__dirname, '../../..');
export const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');
export const FIXTURES = join(ROOT, 'tests/fixtures');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
