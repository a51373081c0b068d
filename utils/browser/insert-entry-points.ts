// The ways to insert without the panel's button: a context-menu item on editable fields
// and a keyboard shortcut. Both grant activeTab for the page. The note is composed from
// the stored consult, exactly as the panel composes it. An old consult is asked about in
// the page first. The outcome gets the same words and copy fallback as the button: an
// open panel announces it (storage.session), and the toolbar badge and its tooltip say
// it where the panel is closed — never silence.
import { browser } from 'wxt/browser';
import { renderDoc } from '../doc/render-doc';
import { copyClause, insertMessage } from '../insert/insert-message';
import { type InsertResult, refuse } from '../insert/insert-result';
import { lastInsertItem } from '../insert/last-insert';
import { staleMinutes } from '../insert/stale-consult';
import { composeNote } from '../note/compose-note';
import { noteInput } from '../note/note-input';
import { t } from './i18n';
import { confirmInTab, copyInTab, insertNote } from './insert-note';
import { readSession } from './session';

export const MENU_ID = 'heupwijzer-insert-note';
export const COMMAND = 'insert-note';

export async function insertStoredNote(tabId: number, frameId?: number): Promise<InsertResult> {
  const { condition, consult, noteOptions, settings, consultChangedAt } = await readSession();
  const note = renderDoc(
    composeNote(noteInput({ condition, consult, chosenOptions: noteOptions, settings, date: new Date() })),
  );
  const minutes = staleMinutes(consult, consultChangedAt, Date.now(), settings.staleConsultMinutes);
  const go = minutes === null || (await confirmInTab(tabId, t('staleQuestion', String(minutes))));
  const result = go ? await insertNote(tabId, note, frameId) : refuse({ reason: 'staleDeclined' });
  const copied = result.ok || result.reason === 'staleDeclined' ? false : await copyInTab(tabId, note);
  await report(tabId, result, copied);
  return result;
}

async function report(tabId: number, result: InsertResult, copied: boolean): Promise<void> {
  await lastInsertItem.setValue({ result, copied, at: Date.now() });
  const message = insertMessage(result);
  const words = [t(message.key, ...(message.params ?? [])), ...(result.ok ? [] : [t(copyClause(copied))])];
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: result.ok ? '' : '!' }),
    browser.action.setBadgeBackgroundColor({ tabId, color: '#b45309' }),
    browser.action.setTitle({
      tabId,
      title: result.ok ? t('actionTitle') : `Heupwijzer: ${words.join(' ')}`,
    }),
  ]).catch(() => undefined);
}

export function registerInsertEntryPoints(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: t('contextInsert'), contexts: ['editable'] });
  });
  // The listeners hand back their promise (browsers ignore it; tests await it).
  browser.contextMenus.onClicked.addListener((info, tab) =>
    info.menuItemId === MENU_ID && tab?.id !== undefined ? insertStoredNote(tab.id, info.frameId) : undefined,
  );
  browser.commands.onCommand.addListener((command, tab) =>
    command === COMMAND && tab?.id !== undefined ? insertStoredNote(tab.id) : undefined,
  );
}
