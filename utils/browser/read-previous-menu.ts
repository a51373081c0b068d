// "Heupwijzer: vorige notitie lezen" on a selection in the EHR: the selected text comes
// with the click (info.selectionText), so no page access is needed. What was read goes
// into the consult (storage.session); text without values changes nothing. Either way
// the outcome is left for the panel to show, and the panel opens on the pain view.
import { type Browser, browser } from 'wxt/browser';
import { loadCondition } from '../consult/load-condition';
import { type ReadResult, readPreviousNote } from '../progress/parse-note';
import { withPreviousNote } from '../progress/progress-actions';
import { t } from './i18n';
import { conditionOf } from './session';
import { consultStateItem, panelStateItem, previousNoteReadItem } from './storage';

export const READ_PREVIOUS_MENU_ID = 'heupwijzer-read-previous-note';
const PROGRESS_VIEW = 'pain';

export async function readSelectionAsPreviousNote(selectionText: string | undefined): Promise<ReadResult> {
  const { measures } = await loadCondition(conditionOf(await panelStateItem.getValue()));
  const result: ReadResult = measures
    ? readPreviousNote(selectionText ?? '', measures)
    : { ok: false, reason: 'noValues' };
  if (result.ok) {
    await consultStateItem.setValue(withPreviousNote(await consultStateItem.getValue(), result.record));
    const panel = await panelStateItem.getValue();
    if (panel) await panelStateItem.setValue({ ...panel, view: PROGRESS_VIEW });
  }
  await previousNoteReadItem.setValue({ result, at: Date.now() });
  return result;
}

/** Opens the panel within the click (a user action), before anything is awaited. */
function openPanel(tabId: number | undefined, windowId: number | undefined): void {
  if (import.meta.env.FIREFOX) {
    const firefox = browser as unknown as { sidebarAction?: { open(): Promise<void> } };
    void firefox.sidebarAction?.open().catch(() => undefined);
    return;
  }
  const sidePanel = (globalThis as { chrome?: typeof chrome }).chrome?.sidePanel;
  if (sidePanel && tabId !== undefined) void sidePanel.open({ tabId, windowId }).catch(() => undefined);
}

type ClickInfo = Pick<Browser.contextMenus.OnClickData, 'menuItemId' | 'selectionText'>;
type ClickTab = Pick<Browser.tabs.Tab, 'id' | 'windowId'> | undefined;

/** The menu click; resolves with what was read, or undefined for another menu item. */
export function onReadPreviousClicked(info: ClickInfo, tab: ClickTab): Promise<ReadResult> | undefined {
  if (info.menuItemId !== READ_PREVIOUS_MENU_ID) return undefined;
  openPanel(tab?.id, tab?.windowId);
  return readSelectionAsPreviousNote(info.selectionText);
}

export function registerReadPreviousMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: READ_PREVIOUS_MENU_ID,
      title: t('contextReadPrevious'),
      contexts: ['selection'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    void onReadPreviousClicked(info, tab);
  });
}
