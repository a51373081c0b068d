// The ways to insert without the panel's button: a context-menu item on editable fields
// and a keyboard shortcut. Both grant activeTab for the page. The note is composed from
// the stored consult, exactly as the panel composes it. The outcome is left in
// storage.session for the panel to announce (a service worker has no clipboard).
import { browser } from 'wxt/browser';
import { renderDoc } from '../doc/render-doc';
import { lastInsertItem } from '../insert/last-insert';
import { composeNote } from '../note/compose-note';
import { noteInput } from '../note/note-input';
import { t } from './i18n';
import { insertNote } from './insert-note';
import { readSession } from './session';

const MENU_ID = 'heupwijzer-insert-note';
const COMMAND = 'insert-note';

async function insertStoredNote(tabId: number, frameId?: number): Promise<void> {
  const { condition, consult, noteOptions, settings } = await readSession();
  const doc = composeNote(
    noteInput({ condition, consult, chosenOptions: noteOptions, settings, date: new Date() }),
  );
  const result = await insertNote(tabId, renderDoc(doc), frameId);
  await lastInsertItem.setValue({ result, at: Date.now() });
}

export function registerInsertEntryPoints(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: t('contextInsert'), contexts: ['editable'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID && tab?.id !== undefined) void insertStoredNote(tab.id, info.frameId);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === COMMAND && tab?.id !== undefined) void insertStoredNote(tab.id);
  });
}
