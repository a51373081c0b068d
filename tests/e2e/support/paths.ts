// Where the e2e suite finds the built extension and its fixtures.
import { join } from 'node:path';

export const ROOT = join(__dirname, '../../..');
export const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');
export const FIXTURES = join(ROOT, 'tests/fixtures');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROME_E2E_BUILD = join(ROOT, '.output/chrome-mv3-e2e');
/** The e2e build's id, fixed by the manifest key in wxt.config.ts. */
export const E2E_EXTENSION_ID = 'ifnknfeapphibnbediafmgjeehddalkj';
/** Where Chromium on Linux reads managed (enterprise) policy. */
export const CHROMIUM_POLICY_DIR = '/etc/chromium/policies/managed';
