// Opens one of the extension's own pages in a new tab (the patient handout).
import { browser } from 'wxt/browser';

export function openExtensionPage(path: '/handout.html'): void {
  void browser.tabs.create({ url: browser.runtime.getURL(path) });
}
