// Which Chromium-family browser `npm start` and the e2e suite launch: CHROMIUM_PATH when
// set, else the first browser found at its usual place on this system. Chromium first:
// branded Google Chrome 137+ ignores --load-extension (ENGINEERING.md), so Chrome is
// tried last and loaded another way (see chromium.ts).
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export type BrowserKind = 'chromium' | 'edge' | 'chrome';

export interface FoundBrowser {
  readonly path: string;
  readonly kind: BrowserKind;
}

type Env = Readonly<Record<string, string | undefined>>;

function candidates(platform: NodeJS.Platform, env: Env): [BrowserKind, string][] {
  if (platform === 'darwin') {
    const apps = ['/Applications', join(env.HOME ?? '~', 'Applications')];
    const app = (kind: BrowserKind, name: string) =>
      apps.map((dir): [BrowserKind, string] => [kind, `${dir}/${name}.app/Contents/MacOS/${name}`]);
    return [
      ...app('chromium', 'Chromium'),
      ...app('edge', 'Microsoft Edge'),
      ...app('chrome', 'Google Chrome'),
    ];
  }
  if (platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter(
      (root): root is string => Boolean(root),
    );
    return [
      ...roots.map((root): [BrowserKind, string] => [
        'chromium',
        join(root, 'Chromium/Application/chrome.exe'),
      ]),
      ...roots.map((root): [BrowserKind, string] => [
        'edge',
        join(root, 'Microsoft/Edge/Application/msedge.exe'),
      ]),
      ...roots.map((root): [BrowserKind, string] => [
        'chrome',
        join(root, 'Google/Chrome/Application/chrome.exe'),
      ]),
    ];
  }
  return [
    ['chromium', '/usr/bin/chromium'],
    ['chromium', '/usr/bin/chromium-browser'],
    ['chromium', '/snap/bin/chromium'],
    ['edge', '/usr/bin/microsoft-edge'],
    ['edge', '/usr/bin/microsoft-edge-stable'],
    ['chrome', '/usr/bin/google-chrome'],
    ['chrome', '/usr/bin/google-chrome-stable'],
  ];
}

function kindOf(path: string): BrowserKind {
  if (/edge/i.test(path)) return 'edge';
  return /google[- ]chrome/i.test(path) ? 'chrome' : 'chromium';
}

/** The browser to launch, or a message that says what to install or set. */
export function findChromiumBrowser(
  env: Env = process.env,
  platform: NodeJS.Platform = process.platform,
  exists: (path: string) => boolean = existsSync,
): FoundBrowser | { readonly error: string } {
  const chosen = env.CHROMIUM_PATH;
  if (chosen) {
    return exists(chosen)
      ? { path: chosen, kind: kindOf(chosen) }
      : { error: `CHROMIUM_PATH is set to ${chosen}, but there is no file there.` };
  }
  const tried = candidates(platform, env);
  const found = tried.find(([, path]) => exists(path));
  if (found) return { kind: found[0], path: found[1] };
  return {
    error: [
      'No Chromium, Microsoft Edge or Google Chrome found. Looked in:',
      ...tried.map(([, path]) => `  ${path}`),
      'Install Chromium (Debian/Ubuntu: apt-get install -y chromium chromium-l10n), or set',
      'CHROMIUM_PATH to the browser executable. Chromium (and Chrome for Testing) load the',
      'extension from the command line; branded Google Chrome 137+ ignores --load-extension.',
    ].join('\n'),
  };
}

/** The browser's path, or an Error with the message above. */
export function chromiumBrowserOrThrow(): FoundBrowser {
  const found = findChromiumBrowser();
  if ('error' in found) throw new Error(found.error);
  return found;
}
