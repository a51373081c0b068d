// The manifest is code: one base, plus a few readable lines per browser and mode.
// Modes: `production` (shipped), `e2e` (adds loopback host access so automation
// can insert without a permission prompt — never shipped).
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'wxt';

const GECKO_ID = 'heupwijzer@heupwijzer.nl';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({
    plugins: [tailwindcss()],
    // Preact's automatic JSX runtime, compiled by esbuild (no Babel preset needed).
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    permissions: ['storage'],
    action: { default_title: '__MSG_actionTitle__' },
    commands:
      browser === 'firefox'
        ? {
            _execute_sidebar_action: {
              suggested_key: { default: 'Alt+Shift+H' },
              description: '__MSG_commandOpenPanel__',
            },
          }
        : {
            _execute_action: {
              suggested_key: { default: 'Alt+Shift+H' },
              description: '__MSG_commandOpenPanel__',
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
    ...(mode === 'e2e' && {
      host_permissions: ['http://127.0.0.1/*', 'http://localhost/*'],
    }),
  }),
});
