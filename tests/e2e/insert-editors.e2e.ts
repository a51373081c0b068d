// Editors that keep their own model get the note only through events they handle, and
// the model — what the EHR saves — is read, not the screen. Slate and Trix take input as
// `beforeinput`; Jodit answers a paste of HTML with a question. Undo after our insertion
// behaves as after the clinician's own Ctrl+V (issue 12, cases 8–10).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EDITOR_TARGETS } from './support/editors';
import { clearClipboard, insertionSuite, openEditor, readClipboard } from './support/insert-steps';

const { suite, panel, note, insert } = insertionSuite();
const LINE = 'Niet op de pijnlijke zijde slapen.';

type Read = (page: Page) => Promise<string>;
const slateText: Read = (page) =>
  page.evaluate(() => {
    type Node = { text?: string; children?: Node[] };
    const text = (node: Node): string => node.text ?? (node.children ?? []).map(text).join('\n');
    return (window as unknown as { editor: { children: Node[] } }).editor.children.map(text).join('\n');
  });
const trixText: Read = (page) =>
  page.evaluate(() =>
    (window as unknown as { editor: { getDocument(): { toString(): string } } }).editor
      .getDocument()
      .toString(),
  );
const joditHtml: Read = (page) =>
  page.evaluate(() => (window as unknown as { editor: { value: string } }).editor.value);

describe('editors built on beforeinput take the note into their model', () => {
  it.each([
    ['Slate (slate-react, React 19)', 'editors/slate.html', '[data-slate-editor]', slateText],
    ['Trix 2', 'editors/trix.html', 'trix-editor', trixText],
  ] as const)('%s', async (_name, path, selector, read) => {
    const ehr = await openEditor(suite, path);
    await ehr.locator(selector).click();
    await ehr.keyboard.press('Control+End');
    expect(await insert()).toBe('Ingevoegd bij de cursor.');
    await expect.poll(() => read(ehr)).toContain(LINE);
    const model = await read(ehr);
    expect(model).toMatch(/^Eerder/);
    expect(model).toContain('Gluteale tendinopathie');
    expect(model).not.toMatch(/<\/?[a-z]|&lt;/);
    await ehr.close();
  });
});

describe('the editors the paste suite added: the note reaches their model', () => {
  it.each(
    EDITOR_TARGETS.filter((target) => ['Lexical', 'Draft.js'].includes(target.name)).map((t) => [t.name, t]),
  )('%s', async (_name, target) => {
    const ehr = await openEditor(suite, target.path);
    await target.focus(ehr);
    expect(await insert()).toBe('Ingevoegd bij de cursor.');
    await expect.poll(() => target.text(ehr)).toContain(LINE);
    expect(await target.text(ehr)).toContain('Gluteale tendinopathie');
    await ehr.close();
  });
});

describe('undo after our insertion is undo after a real paste', () => {
  const editors = [
    ['Slate', 'editors/slate.html', '[data-slate-editor]', slateText],
    ['Trix', 'editors/trix.html', 'trix-editor', trixText],
  ] as const;

  /** Types, waits past the editor's typing group, puts the note in, presses Ctrl+Z; the model. */
  async function typeInsertUndo(
    path: string,
    selector: string,
    read: Read,
    insert: (ehr: Page) => Promise<void>,
  ) {
    const ehr = await openEditor(suite, path);
    await ehr.locator(selector).click();
    await ehr.keyboard.press('Control+End');
    await ehr.keyboard.type(' getypt');
    await new Promise((resolve) => setTimeout(resolve, 1100)); // editors group typing for ~1 s
    await insert(ehr);
    await expect.poll(() => read(ehr)).toContain(LINE);
    await ehr.bringToFront();
    await ehr.keyboard.press('Control+Z');
    await expect.poll(() => read(ehr)).not.toContain(LINE);
    const model = await read(ehr);
    await ehr.close();
    return model.trim();
  }

  it.each(editors)(
    '%s: Ctrl+Z takes out the note and keeps what was typed before',
    async (_name, path, selector, read) => {
      const ours = await typeInsertUndo(path, selector, read, async () => {
        expect(await insert()).toBe('Ingevoegd bij de cursor.');
      });
      const theirs = await typeInsertUndo(path, selector, read, (ehr) => ehr.keyboard.press('Control+V'));
      expect(ours).toBe('Eerder getypt');
      expect(ours).toBe(theirs);
    },
  );
});

describe('an editor that asks a question about our paste', () => {
  it('Jodit: the question is closed, the field is as it was, the panel says why and copies', async () => {
    const ehr = await openEditor(suite, 'editors/jodit.html');
    await ehr.locator('.jodit-wysiwyg').click();
    await clearClipboard(panel());
    expect(await insert()).toBe(
      'De editor vroeg hoe de notitie geplakt moest worden; die vraag is gesloten en er is niets veranderd. Plak zelf en beantwoord de vraag. De notitie staat op het klembord — plak met Ctrl+V.',
    );
    expect(await ehr.locator('.jodit-dialog').filter({ visible: true }).count()).toBe(0);
    expect(await joditHtml(ehr)).toBe('<p>Eerder</p>');
    expect(await readClipboard(suite)).toBe(note());
    await ehr.close();
  });
});
