// Inserts a rendered note at the cursor of a tab: injects the in-page inserter
// (entrypoints/page-inserter.ts) into every frame it may reach, picks the frame with the
// focused field, and inserts there. Needs activeTab (toolbar, menu, shortcut) or a host
// permission for the page's origin — and for a cross-origin frame's origin.
import { browser } from 'wxt/browser';
import type { Rendered } from '../doc/doc';
import { chooseFrame } from '../insert/choose-frame';
import { type InsertResult, reasonFromScriptingError, refuse } from '../insert/insert-result';
import type { FrameProbe } from '../insert/page/find-field';
import type { Inserter } from '../insert/page/inserter';

const INSERTER_FILE = '/page-inserter.js';
const PASTE_BRIDGE_FILE = '/page-paste-bridge.js';

/** Firefox: the page must fill the DataTransfer itself for editors to read it (page-paste-bridge.ts). */
async function injectPasteBridge(tabId: number, frameId: number): Promise<void> {
  if (!import.meta.env.FIREFOX) return;
  await browser.scripting
    .executeScript({ target: { tabId, frameIds: [frameId] }, files: [PASTE_BRIDGE_FILE], world: 'MAIN' })
    .catch(() => undefined); // without it, editors that need it refuse honestly
}

/** Leaves the inserter in the frames and returns what each frame's focus is. */
async function injectInserter(tabId: number, frameId?: number) {
  const results = await browser.scripting.executeScript({
    target: frameId === undefined ? { tabId, allFrames: true } : { tabId, frameIds: [frameId] },
    files: [INSERTER_FILE],
  });
  return results.map((r) => ({ frameId: r.frameId, ...(r.result as FrameProbe) }));
}

/**
 * Calls the inserter that injectInserter left in one frame. The function is serialised
 * into the page, so it names the global itself (INSERTER_GLOBAL in page/inserter.ts).
 */
async function callInserter<M extends Exclude<keyof Inserter, 'probe'>>(
  tabId: number,
  frameId: number,
  method: M,
  ...args: Parameters<Inserter[M]>
): Promise<Awaited<ReturnType<Inserter[M]>> | undefined> {
  const [result] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [frameId] },
    func: (name: string, values: unknown[]) =>
      (
        globalThis as unknown as Record<string, Record<string, (...a: unknown[]) => unknown> | undefined>
      ).__heupwijzerInserter?.[name]?.(...values),
    args: [method, args],
  });
  return result?.result as Awaited<ReturnType<Inserter[M]>> | undefined;
}

const plain = (note: Rendered) => ({ html: note.html, text: note.text });

export async function insertNote(tabId: number, note: Rendered, frameId?: number): Promise<InsertResult> {
  try {
    const choice = chooseFrame(await injectInserter(tabId, frameId));
    if (choice.kind === 'noAccess') return refuse({ reason: 'frameNoAccess', origin: choice.origin });
    if (choice.kind === 'none') return refuse({ reason: 'noField' });
    await injectPasteBridge(tabId, choice.frameId);
    return (
      (await callInserter(tabId, choice.frameId, 'insert', plain(note))) ?? refuse({ reason: 'unchanged' })
    );
  } catch (error) {
    return refuse({ reason: reasonFromScriptingError(String(error)) });
  }
}

/** Copies the note inside the page's top frame (the background has no clipboard). */
export async function copyInTab(tabId: number, note: Rendered): Promise<boolean> {
  try {
    await injectInserter(tabId, 0);
    return (await callInserter(tabId, 0, 'copy', plain(note))) === true;
  } catch {
    return false;
  }
}

/** Asks in the page (a confirm dialog where the clinician is looking); false when it cannot ask. */
export async function confirmInTab(tabId: number, question: string): Promise<boolean> {
  try {
    await injectInserter(tabId, 0);
    return (await callInserter(tabId, 0, 'confirm', question)) === true;
  } catch {
    return false;
  }
}

/** The EHR tab: the active tab of the last focused normal window (not the panel itself). */
export async function targetTabId(): Promise<number | null> {
  const window = await browser.windows.getLastFocused({ windowTypes: ['normal'] });
  const [tab] = await browser.tabs.query({ active: true, windowId: window.id });
  return tab?.id ?? null;
}
