// Build step: puts the panel's first view, rendered by its own components, into
// sidepanel.html — once per interface language. The stylesheet shows the one the browser
// chose (Chrome and Firefox fill `__MSG_htmlLang__` in extension CSS), so the first paint
// needs no script; main.tsx keeps that copy, drops the others and hydrates it. Inert
// until then: a click before its handlers exist would be lost.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Plugin } from 'vite';
import type { Messages } from '../../utils/browser/i18n';

const LANGUAGES = ['nl', 'en'] as const;

async function loadPrerender(root: string) {
  const result = await build({
    entryPoints: [join(root, 'entrypoints/sidepanel/prerender.tsx')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'silent',
    alias: {
      'wxt/browser': join(root, 'scripts/build/prerender-browser.ts'),
      '@wxt-dev/browser': join(root, 'scripts/build/prerender-browser.ts'),
    },
    define: { 'import.meta.env.FIREFOX': 'false', 'process.env.NODE_ENV': '"production"' },
    plugins: [
      {
        // Vite-only module (import.meta.glob): the prerender gets a stub without drawings.
        name: 'prerender-drawing-url',
        setup(build) {
          build.onResolve({ filter: /\/drawing-url$/ }, () => ({
            path: join(root, 'scripts/build/prerender-drawing-url.ts'),
          }));
        },
      },
    ],
  });
  const code = result.outputFiles[0]?.text ?? '';
  const url = `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`;
  return (await import(url)) as typeof import('../../entrypoints/sidepanel/prerender');
}

export function prerenderPanel(): Plugin {
  let root = process.cwd();
  return {
    name: 'heupwijzer:prerender-panel',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        if (!context.filename.endsWith(join('sidepanel', 'index.html'))) return html;
        const { prerenderPanel: render } = await loadPrerender(root);
        const copies = LANGUAGES.map((language) => {
          const file = join(root, 'public/_locales', language, 'messages.json');
          const messages = JSON.parse(readFileSync(file, 'utf8')) as Messages;
          return `<div data-ui-lang="${language}" lang="${language}" inert>${render(language, messages)}</div>`;
        });
        if (!html.includes('<div id="app"></div>')) throw new Error('sidepanel.html has no empty #app');
        return html.replace('<div id="app"></div>', `<div id="app">${copies.join('')}</div>`);
      },
    },
  };
}
