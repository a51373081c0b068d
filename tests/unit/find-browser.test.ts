// `npm start` finds the browser a newcomer has, on Linux, macOS and Windows; CHROMIUM_PATH
// wins; with none, a message says where it looked and what to do.
import { describe, expect, it } from 'vitest';
import { findChromiumBrowser } from '../../dev/find-browser';

const only =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);

describe('finding a Chromium-family browser', () => {
  it('takes CHROMIUM_PATH first, and says so when nothing is there', () => {
    const env = { CHROMIUM_PATH: '/opt/my/chrome' };
    expect(findChromiumBrowser(env, 'linux', only('/opt/my/chrome', '/usr/bin/chromium'))).toEqual({
      path: '/opt/my/chrome',
      kind: 'chromium',
    });
    expect(findChromiumBrowser(env, 'linux', only('/usr/bin/chromium'))).toEqual({
      error: expect.stringContaining('CHROMIUM_PATH is set to /opt/my/chrome'),
    });
  });

  it('on Linux prefers Chromium, then Edge, then Chrome', () => {
    expect(findChromiumBrowser({}, 'linux', only('/usr/bin/google-chrome', '/usr/bin/chromium'))).toEqual({
      path: '/usr/bin/chromium',
      kind: 'chromium',
    });
    expect(
      findChromiumBrowser({}, 'linux', only('/usr/bin/google-chrome', '/usr/bin/microsoft-edge')),
    ).toEqual({ path: '/usr/bin/microsoft-edge', kind: 'edge' });
    expect(findChromiumBrowser({}, 'linux', only('/usr/bin/google-chrome-stable'))).toEqual({
      path: '/usr/bin/google-chrome-stable',
      kind: 'chrome',
    });
  });

  it('finds Chrome or Edge in macOS Applications folders', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(findChromiumBrowser({ HOME: '/Users/a' }, 'darwin', only(chrome))).toEqual({
      path: chrome,
      kind: 'chrome',
    });
    const edge = '/Users/a/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge';
    expect(findChromiumBrowser({ HOME: '/Users/a' }, 'darwin', only(edge, chrome))).toEqual({
      path: edge,
      kind: 'edge',
    });
  });

  it('finds Edge or Chrome under Program Files and the user’s AppData on Windows', () => {
    const env = { PROGRAMFILES: 'C:/Program Files', 'PROGRAMFILES(X86)': 'C:/Program Files (x86)' };
    const edge = 'C:/Program Files (x86)/Microsoft/Edge/Application/msedge.exe';
    expect(findChromiumBrowser(env, 'win32', only(edge))).toEqual({ path: edge, kind: 'edge' });
    const chrome = 'C:/Users/a/AppData/Local/Google/Chrome/Application/chrome.exe';
    expect(
      findChromiumBrowser({ ...env, LOCALAPPDATA: 'C:/Users/a/AppData/Local' }, 'win32', only(chrome)),
    ).toEqual({ path: chrome, kind: 'chrome' });
  });

  it('with none found, lists where it looked and how to get Chromium', () => {
    const found = findChromiumBrowser({}, 'linux', () => false);
    expect('error' in found && found.error).toMatch(/No Chromium, Microsoft Edge or Google Chrome found/);
    expect('error' in found && found.error).toContain('/usr/bin/chromium');
    expect('error' in found && found.error).toContain('CHROMIUM_PATH');
    expect('error' in found && found.error).toContain('137');
  });
});
