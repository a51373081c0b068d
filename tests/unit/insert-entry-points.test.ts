// The context-menu item and the shortcut, run by the background with WXT's fake browser.
// fakeBrowser has no scripting, contextMenus, commands or i18n: those are stubbed here —
// scripting plays the page (which frame has the field) and runs the serialised call
// against a stand-in for the inserter the page would hold (what it answered).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import nl from '../../public/_locales/nl/messages.json';
import { COMMAND, MENU_ID, registerInsertEntryPoints } from '../../utils/browser/insert-entry-points';
import { consultChangedAtItem, consultStateItem } from '../../utils/browser/storage';
import { EMPTY_CONSULT } from '../../utils/consult/consult-state';
import type { InsertResult } from '../../utils/insert/insert-result';
import { lastInsertItem } from '../../utils/insert/last-insert';
import { INSERTER_GLOBAL } from '../../utils/insert/page/inserter';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
type Event = {
  addListener(l: (...a: never[]) => unknown): void;
  trigger(...a: unknown[]): Promise<unknown[]>;
};
const event = (): Event => {
  const listeners: ((...a: unknown[]) => unknown)[] = [];
  return {
    addListener: (l) => listeners.push(l as (...a: unknown[]) => unknown),
    trigger: (...a) => Promise.all(listeners.map((l) => l(...a))),
  };
};

interface Page {
  /** What the inserter in the page answers. */
  insert: InsertResult;
  /** The clinician's answer to the "old consult" question; null: never asked. */
  confirm: boolean;
  asked: string[];
  inserted: object[];
  copied: number;
}

function stubBrowser(page: Page) {
  const menus = { create: vi.fn(), onClicked: event() };
  const commands = { onCommand: event() };
  const messages = nl as Messages;
  Object.assign(fakeBrowser, {
    contextMenus: menus,
    commands,
    i18n: {
      getMessage: (key: string, substitutions: string[] = []) => {
        const entry = messages[key];
        return (entry?.message ?? '').replace(/\$(\w+)\$/g, (_, name: string) => {
          const content = entry?.placeholders?.[name.toLowerCase()]?.content ?? '';
          return content.replace(/\$(\d)/, (__, i: string) => substitutions[Number(i) - 1] ?? '');
        });
      },
    },
    scripting: {
      executeScript: vi.fn(
        async (details: {
          files?: string[];
          func?: (...args: unknown[]) => unknown;
          target: { tabId: number; frameIds?: number[] };
          args?: unknown[];
        }) => {
          const frameId = details.target.frameIds?.[0] ?? 0;
          if (details.files) {
            return [{ frameId, result: { field: 'text', hasFocus: true, isTop: frameId === 0 } }];
          }
          // The serialised call runs here against the page's inserter, as it would in the page.
          target = details.target;
          return [{ frameId, result: await details.func?.(...(details.args ?? [])) }];
        },
      ),
    },
  });
  let target: object = {};
  (globalThis as Record<string, unknown>)[INSERTER_GLOBAL] = {
    insert: () => {
      page.inserted.push(target);
      return page.insert;
    },
    copy: () => {
      page.copied++;
      return true;
    },
    confirm: (question: string) => {
      page.asked.push(question);
      return page.confirm;
    },
  };
  registerInsertEntryPoints();
  return { menus, commands };
}

const ticked = { ...EMPTY_CONSULT, adviceSections: ['what-to-do'] };
const newPage = (insert: InsertResult, confirm = true): Page => ({
  insert,
  confirm,
  asked: [],
  inserted: [],
  copied: 0,
});

describe('menu and shortcut insertion (background)', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await consultStateItem.setValue(ticked);
    await consultChangedAtItem.setValue(Date.now() - 5 * 60_000);
  });

  it('the menu item inserts into the frame that was right-clicked; the badge stays clear', async () => {
    const page = newPage({ ok: true, method: 'insertText' });
    const { menus } = stubBrowser(page);
    await menus.onClicked.trigger({ menuItemId: MENU_ID, frameId: 7 }, { id: 3 });
    expect(page.inserted).toEqual([{ tabId: 3, frameIds: [7] }]);
    expect(await lastInsertItem.getValue()).toMatchObject({ result: { ok: true }, copied: false });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('');
  });

  it('the shortcut gives the reason in words and copies, shown on the badge and its tooltip', async () => {
    const page = newPage({ ok: false, reason: 'tooLong', limit: 500, free: 20, length: 812 });
    const { commands } = stubBrowser(page);
    await commands.onCommand.trigger(COMMAND, { id: 4 });
    expect(page.copied).toBe(1);
    expect(await lastInsertItem.getValue()).toMatchObject({ result: { reason: 'tooLong' }, copied: true });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('!');
    expect(await fakeBrowser.action.getTitle({ tabId: 4 })).toBe(
      'Heupwijzer: Het veld neemt maximaal 500 tekens (er passen nog 20 bij); de notitie heeft er 812. Er is niets veranderd. De notitie staat op het klembord — plak met Ctrl+V.',
    );
  });

  it('asks before inserting a consult untouched for more than 60 minutes; "no" inserts nothing', async () => {
    await consultChangedAtItem.setValue(Date.now() - 75 * 60_000);
    const page = newPage({ ok: true, method: 'insertText' }, false);
    const { commands } = stubBrowser(page);
    await commands.onCommand.trigger(COMMAND, { id: 5 });
    expect(page.asked).toEqual([
      'Heupwijzer: het consult in het paneel is 75 minuten niet gewijzigd. Hoort het bij deze patiënt? Toch invoegen?',
    ]);
    expect(page.inserted).toEqual([]);
    expect(page.copied).toBe(0);
    expect(await lastInsertItem.getValue()).toMatchObject({ result: { ok: false, reason: 'staleDeclined' } });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('!');
  });

  it('inserts an old consult when the clinician says yes; a fresh or empty consult is not asked about', async () => {
    await consultChangedAtItem.setValue(Date.now() - 75 * 60_000);
    const yes = newPage({ ok: true, method: 'paste' }, true);
    const { commands } = stubBrowser(yes);
    await commands.onCommand.trigger(COMMAND, { id: 6 });
    expect(yes.asked).toHaveLength(1);
    expect(yes.inserted).toHaveLength(1);

    fakeBrowser.reset();
    await consultStateItem.setValue(EMPTY_CONSULT);
    await consultChangedAtItem.setValue(Date.now() - 500 * 60_000);
    const empty = newPage({ ok: true, method: 'paste' });
    stubBrowser(empty).commands.onCommand.trigger(COMMAND, { id: 6 });
    await vi.waitFor(() => expect(empty.inserted).toHaveLength(1));
    expect(empty.asked).toEqual([]);
  });

  it('ignores other menu items and commands', async () => {
    const page = newPage({ ok: true, method: 'paste' });
    const { menus, commands } = stubBrowser(page);
    await menus.onClicked.trigger({ menuItemId: 'other' }, { id: 1 });
    await commands.onCommand.trigger('other', { id: 1 });
    expect(page.inserted).toEqual([]);
    expect(await lastInsertItem.getValue()).toBeNull();
  });
});
