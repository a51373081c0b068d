// "Heupwijzer: vorige notitie lezen" on a selection: the background reads the selected
// text it is given (info.selectionText), puts the values into the session's consult and
// leaves the outcome for the panel. Bad or empty selections change nothing.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  onReadPreviousClicked,
  READ_PREVIOUS_MENU_ID,
  registerReadPreviousMenu,
} from '../../utils/browser/read-previous-menu';
import { consultStateItem, panelStateItem, previousNoteReadItem } from '../../utils/browser/storage';
import { EMPTY_CONSULT } from '../../utils/consult/consult-state';

const SELECTION = 'Metingen 19-11-2026:\n• Nachtpijn 6/10 (intake 12-11-2026: 8/10)\n• PSK traplopen: 5/10';
const tab = { id: 7, windowId: 1 };

/** The fake browser has no contextMenus events: the registered listener is caught here. */
let listener: ((info: unknown, tab: unknown) => void) | undefined;
const click = (selectionText: string | undefined, menuItemId: string = READ_PREVIOUS_MENU_ID) =>
  listener?.({ menuItemId, editable: false, selectionText }, tab);
const outcome = () => previousNoteReadItem.getValue();

describe('the "read previous note" menu item', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    listener = undefined;
    vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation((l) => {
      listener = l as typeof listener;
    });
    registerReadPreviousMenu();
  });

  it('is created on install for selections, named for what it does', async () => {
    const create = vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation(() => 1);
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => `msg:${key}`);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    expect(create).toHaveBeenCalledWith({
      id: READ_PREVIOUS_MENU_ID,
      title: 'msg:contextReadPrevious', // "Heupwijzer: vorige notitie lezen" in nl
      contexts: ['selection'],
    });
  });

  it('reads the selection into the consult and opens the pain view', async () => {
    await consultStateItem.setValue({ ...EMPTY_CONSULT, painScore: 3 });
    await panelStateItem.setValue({ view: 'advice', language: 'nl' });
    click(SELECTION);
    await vi.waitFor(async () => expect(await outcome()).not.toBeNull());
    const consult = await consultStateItem.getValue();
    expect(consult.painScore).toBe(3);
    expect(consult.previousNote).toEqual({
      date: '2026-11-19',
      lines: [
        {
          measure: 'nightPain',
          current: { value: 6, unit: '/10' },
          intake: { date: '2026-11-12', reading: { value: 8, unit: '/10' } },
        },
        { measure: 'psk', activity: 'traplopen', current: { value: 5, unit: '/10' }, intake: null },
      ],
      gpe: null,
      loadResponse: null,
    });
    expect(consult.measures.psk).toEqual([{ activity: 'traplopen', score: null }]);
    expect((await outcome())?.result.ok).toBe(true);
    expect((await panelStateItem.getValue())?.view).toBe('pain');
    // Patient values stay in the session: nothing in local or sync storage.
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it.each([
    ['an empty selection', undefined, 'empty'],
    ['a selection of white space', ' \n ', 'empty'],
    ['another tool’s note', 'S: pijn li heup NRS 6. P: oefenen.', 'noValues'],
  ])('%s: the outcome says why, and the consult does not change', async (_name, text, reason) => {
    const before = { ...EMPTY_CONSULT, painScore: 4 };
    await consultStateItem.setValue(before);
    await panelStateItem.setValue({ view: 'advice', language: 'nl' });
    await onReadPreviousClicked({ menuItemId: READ_PREVIOUS_MENU_ID, selectionText: text }, tab);
    expect((await outcome())?.result).toEqual({ ok: false, reason });
    expect(await consultStateItem.getValue()).toEqual(before);
    expect((await panelStateItem.getValue())?.view).toBe('advice');
  });

  it('ignores other menu items', async () => {
    click(SELECTION, 'heupwijzer-insert-note');
    expect(
      onReadPreviousClicked({ menuItemId: 'heupwijzer-insert-note', selectionText: SELECTION }, tab),
    ).toBe(undefined);
    expect(await outcome()).toBeNull();
    expect((await consultStateItem.getValue()).previousNote).toBeNull();
  });
});
