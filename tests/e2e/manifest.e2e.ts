// The built manifests: least privilege in what ships, and what each store requires.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/paths';

const manifest = (dir: string) =>
  JSON.parse(readFileSync(join(ROOT, '.output', dir, 'manifest.json'), 'utf8'));

/** Every file of a build but its manifest, by path, as bytes. */
function filesBesideManifest(dir: string): Map<string, Buffer> {
  const root = join(ROOT, '.output', dir);
  const entries = readdirSync(root, { recursive: true, withFileTypes: true });
  return new Map(
    entries
      .filter((entry) => entry.isFile())
      .map((entry) => relative(root, join(entry.parentPath, entry.name)))
      .filter((path) => path !== 'manifest.json')
      .sort()
      .map((path) => [path, readFileSync(join(root, path))]),
  );
}

/** The e2e build tests what ships: same files, same bytes; only the manifest differs. */
function expectSameFilesAsShipped(shipped: string, e2e: string) {
  const [a, b] = [filesBesideManifest(shipped), filesBesideManifest(e2e)];
  expect([...b.keys()]).toEqual([...a.keys()]);
  const differing = [...a].filter(([path, bytes]) => !bytes.equals(b.get(path) ?? Buffer.alloc(0)));
  expect(differing.map(([path]) => path)).toEqual([]);
}

describe('Chrome/Edge manifest (production)', () => {
  const chrome = manifest('chrome-mv3');

  it('asks for no host access at install and runs nothing in pages', () => {
    expect(chrome.host_permissions).toBeUndefined();
    expect(chrome.content_scripts).toBeUndefined();
    expect(chrome.permissions).toEqual(['storage', 'activeTab', 'scripting', 'contextMenus', 'sidePanel']);
    // Per-site access is only ever asked for, never granted at install.
    expect(chrome.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(chrome.key).toBeUndefined();
  });

  it('differs from the e2e build only by loopback host access and a fixed id', () => {
    const { host_permissions, key, ...rest } = manifest('chrome-mv3-e2e');
    expect(host_permissions).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
    expect(typeof key).toBe('string');
    expect(rest).toEqual(chrome);
  });

  it('ships the very files the e2e suite tests: every other file is byte-identical', () => {
    expectSameFilesAsShipped('chrome-mv3', 'chrome-mv3-e2e');
  });

  it('has a side panel, a toolbar shortcut and icons', () => {
    expect(chrome.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(chrome.commands._execute_action.suggested_key.default).toBe('Alt+Shift+H');
    expect(Object.keys(chrome.icons)).toEqual(['16', '32', '48', '96', '128']);
    expect(chrome.default_locale).toBe('nl');
  });
});

describe('Firefox manifest (MV3)', () => {
  const firefox = manifest('firefox-mv3');

  it('declares the add-on id and that it collects no data', () => {
    expect(firefox.browser_specific_settings.gecko).toMatchObject({
      id: 'heupwijzer@heupwijzer.nl',
      data_collection_permissions: { required: ['none'] },
    });
  });

  it('uses sidebar_action and no Chrome-only permission', () => {
    expect(firefox.sidebar_action.default_panel).toBe('sidepanel.html');
    expect(firefox.side_panel).toBeUndefined();
    expect(firefox.permissions).toEqual(['storage', 'activeTab', 'scripting', 'contextMenus']);
    expect(firefox.storage).toBeUndefined(); // Firefox ignores managed_schema; policies.json instead
    expect(firefox.host_permissions).toBeUndefined();
    expect(firefox.commands._execute_sidebar_action).toBeDefined();
  });

  it('differs from the e2e build only in the manifest, by loopback access and a fixed id', () => {
    const { host_permissions, key, ...rest } = manifest('firefox-mv3-e2e');
    expect(host_permissions).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
    expect(typeof key).toBe('string');
    expect(rest).toEqual(firefox);
    expectSameFilesAsShipped('firefox-mv3', 'firefox-mv3-e2e');
  });
});
