// Inserts a rendered note at the cursor of a tab: probes every frame for the focused
// field, picks the frame, and inserts there. Needs activeTab (toolbar, menu, shortcut)
// or a host permission for the page's origin.
import { browser } from 'wxt/browser';
import type { Rendered } from '../doc/doc';
import { chooseFrame } from '../insert/choose-frame';
import { type InsertResult, reasonFromScriptingError } from '../insert/insert-result';
import { type FrameProbe, type InsertOutcome, inPage } from '../insert/page-insert';

export async function insertNote(tabId: number, note: Rendered, frameId?: number): Promise<InsertResult> {
  try {
    let target = frameId ?? null;
    if (target === null) {
      const probes = await browser.scripting.executeScript({
        target: { tabId, allFrames: true },
        func: inPage,
        args: [{ kind: 'probe' }],
      });
      target = chooseFrame(
        probes.map((probe) => ({ frameId: probe.frameId, ...(probe.result as FrameProbe) })),
      );
      if (target === null) return { ok: false, reason: 'noField' };
    }
    const [result] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [target] },
      func: inPage,
      args: [{ kind: 'insert', html: note.html, text: note.text }],
    });
    return (result?.result as InsertOutcome | undefined) ?? { ok: false, reason: 'unchanged' };
  } catch (error) {
    return { ok: false, reason: reasonFromScriptingError(String(error)) };
  }
}

/** The EHR tab: the active tab of the last focused normal window (not the panel itself). */
export async function targetTabId(): Promise<number | null> {
  const window = await browser.windows.getLastFocused({ windowTypes: ['normal'] });
  const [tab] = await browser.tabs.query({ active: true, windowId: window.id });
  return tab?.id ?? null;
}
