// The manifest is code: one base, plus a few readable lines per browser and mode.
// Modes: `production` (shipped), `e2e` (adds loopback host access so automation
// can insert without a permission prompt — never shipped), `e2e-conditions` (the e2e
// manifest, and the panel knows a second, test-only condition — never shipped).
import { join } from 'node:path';
import tailwindcss from '@tailwindcss/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { bundleReport } from './scripts/build/bundle-report';
import { prerenderPanel } from './scripts/build/prerender-panel';
import { managedSchema } from './utils/settings/managed-schema';

const GECKO_ID = 'heupwijzer@heupwijzer.nl';
// Public key that fixes the e2e build's id (ifnknfeapphibnbediafmgjeehddalkj), so a policy written by hand can name it.
// Only the e2e build carries it; the store assigns the shipped id.
const E2E_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAuXxEWDp0drBuj6s/FHSI19X5VKFu/bvUlzjJs+mgxVTXtHU3PUkmzJvq6ie2mp+KLlcKEszW7IRR6gmlWYM6E1NwuxltCmOKGemTbfZk1zampYMPk3xdwd2vNN9UeLgCp+mvfDQMPXEi1hQvGq7CKvoOSLuGzwP9VJVx7RKLwywvQivgwgSvt+4/ndhXPQtsqZOhjs3dDGR+9DPzHdLm3fC1ZbR4IwY5NauzkxWARarBJkCyPHQ3ypOsv51R7Jcs2P9R82ftNE7BfLZb0jVxugmIMznbCX4O+GmvsQVjbYvfoCHFycGNk6zzi0jODyYxz3wRdAHKcwE/x5azP/mADwIDAQAB';

/** WXT builds the background and scripts with its mode as `MODE`/`NODE_ENV`: say production. */
const shipsAsProduction = (): Plugin => ({
  name: 'heupwijzer:ships-as-production',
  config: () => ({
    define: {
      'import.meta.env.MODE': JSON.stringify('production'),
      'process.env.NODE_ENV': JSON.stringify('production'),
    },
  }),
});

/** Modes for automation only: loopback host access and a fixed id in the manifest. */
const TEST_CONDITIONS_MODE = 'e2e-conditions';
const AUTOMATION_MODES = ['e2e', TEST_CONDITIONS_MODE];

/**
 * In `e2e-conditions` mode the list of conditions (`content/index.ts`) is the test list
 * (`tests/fixtures/conditions/index.ts`: the leaflet and a test condition), so the e2e
 * suite sees a second condition go through the built panel. No other build sees it.
 */
const withTestConditions = (): Plugin => {
  const list = join(import.meta.dirname, 'content/index.ts');
  const testList = join(import.meta.dirname, 'tests/fixtures/conditions/index.ts');
  return {
    name: 'heupwijzer:test-conditions',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!/(^|\/)content(\/index(\.ts)?)?$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === list ? testList : null;
    },
  };
};

export default defineConfig({
  // webextension-polyfill is part of the stack the product owner chose (one promise-based
  // `browser` on Chrome and Firefox); it costs ~2.6 KB gzip of the first load.
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  hooks: {
    // Chrome checks clinic policy against this schema; it is generated from the settings
    // schema, so the two cannot drift (Firefox ignores it; see the manifest below).
    'build:publicAssets': (_wxt, files) => {
      files.push({
        relativeDest: 'managed-schema.json',
        contents: `${JSON.stringify(managedSchema(), null, 2)}\n`,
      });
    },
  },
  vite: ({ command, mode }) => {
    // Every build is a production build, whatever its mode: WXT sets NODE_ENV to the mode
    // (`e2e`) and vite-node to `development`, and Vite then compiles JSX for development
    // (jsxDEV with file names, ~50 % larger). The e2e build must test what ships; only its
    // manifest differs (tests/e2e/manifest.e2e.ts compares every other file byte for byte).
    if (command === 'build') process.env.NODE_ENV = 'production';
    return {
      plugins: [
        tailwindcss(),
        ...(command === 'build' ? [shipsAsProduction(), prerenderPanel()] : []),
        ...(process.env.BUNDLE_REPORT ? [bundleReport()] : []),
        ...(mode === TEST_CONDITIONS_MODE ? [withTestConditions()] : []),
      ],
      // Preact's automatic JSX runtime, compiled by esbuild (no Babel preset needed).
      esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
      // Extension pages run in browsers that support <link rel="modulepreload">.
      build: { modulePreload: { polyfill: false } },
    };
  },
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    // activeTab + scripting: insert into the page the clinician is on, only when asked.
    // Host access per site is optional and asked for, never granted at install.
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      // Firefox opens its sidebar, Chrome and Edge their side panel (through the action).
      [browser === 'firefox' ? '_execute_sidebar_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandOpenPanel__',
      },
      'insert-note': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: '__MSG_commandInsert__',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: GECKO_ID,
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        // data_collection_permissions needs Firefox for Android 142.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
    // Clinic policy (storage.managed). Firefox ignores managed_schema and warns about it;
    // it reads policies.json instead, and we validate every value ourselves.
    ...(browser !== 'firefox' && { storage: { managed_schema: 'managed-schema.json' } }),
    ...(AUTOMATION_MODES.includes(mode) && {
      key: E2E_KEY,
      host_permissions: ['http://127.0.0.1/*', 'http://localhost/*'],
    }),
  }),
});
