// Clinic policy in Firefox: IT's policies.json (3rdparty.Extensions.<id>) reaches
// storage.managed; the panel shows the locked value. Firefox does not check
// values against a schema, so a wrong type is rejected by ours, said plainly, and the
// default stays. The policy names a copy of the build with an add-on id of its own, so
// the suite's other Firefoxes, started meanwhile, read none of it.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type FirefoxWithExtension, launchFirefoxWithExtension } from '../../dev/firefox';
import { FIREFOX_BUILD } from '../../dev/paths';
import { firefoxBuildWithOwnId, removeCopy } from './support/own-id-build';

let firefox: FirefoxWithExtension;

// Debian's Firefox reads enterprise policy from here (root only; CI runs as root).
const POLICY_FILE = '/etc/firefox/policies/policies.json';
const GECKO_ID = 'heupwijzer-policy-test@heupwijzer.nl';
const build = firefoxBuildWithOwnId(FIREFOX_BUILD, GECKO_ID);

beforeAll(async () => {
  if (existsSync(POLICY_FILE)) throw new Error(`${POLICY_FILE} exists already; not overwriting it`);
  try {
    mkdirSync(dirname(POLICY_FILE), { recursive: true });
    writeFileSync(
      POLICY_FILE,
      JSON.stringify({
        policies: {
          '3rdparty': {
            Extensions: {
              [GECKO_ID]: {
                locked: { practiceName: 'Fysio Beleid', painThreshold: 'vier' },
                defaults: { uiLanguage: 'nl' },
              },
            },
          },
        },
      }),
    );
  } catch (error) {
    throw new Error(`Writing ${POLICY_FILE} needs root (CI runs as root): ${error}`);
  }
  firefox = await launchFirefoxWithExtension({ dir: build, geckoId: GECKO_ID });
});

afterAll(async () => {
  await firefox?.close();
  rmSync(POLICY_FILE, { force: true });
  removeCopy(build);
});

it('shows the locked value, rejects a wrong type with a message, and keeps the default', async () => {
  const page = await firefox.openPanel();
  await page.evaluate(() => {
    const tab = [...document.querySelectorAll('[role="tab"]')].find(
      (el) => el.textContent === 'Instellingen',
    );
    (tab as HTMLElement | undefined)?.click();
  });
  await page.waitForSelector('#setting-practice-name');
  const state = await page.evaluate(() => ({
    name: (document.getElementById('setting-practice-name') as HTMLInputElement).value,
    nameLocked: (document.getElementById('setting-practice-name') as HTMLInputElement).disabled,
    threshold: (document.getElementById('setting-pain-threshold') as HTMLInputElement).value,
    thresholdLocked: (document.getElementById('setting-pain-threshold') as HTMLInputElement).disabled,
    problems: document.querySelector('[data-testid="policy-problems"]')?.textContent ?? '',
  }));
  expect(state).toEqual({
    name: 'Fysio Beleid',
    nameLocked: true,
    threshold: '4',
    thresholdLocked: false,
    problems: expect.stringContaining('locked.painThreshold'),
  });
  expect(state.problems).toContain('Het beleid van de praktijk bevat iets dat niet klopt');

  await page.close();
});
