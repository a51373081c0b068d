// The clinician puts the cursor in the EHR's note field and presses "Invoegen in pagina"
// in the panel: the note lands at the cursor, whatever the field, and undo takes it out.
// Uses the e2e build, which may script 127.0.0.1 and localhost without a prompt. Each
// step waits for the announcement its click causes, never for an old one to expire.
import { beforeAll, describe, expect, it } from 'vitest';
import { insertionSuite, openEditor, openEhr as openEhrPage, readClipboard } from './support/insert-steps';

const { suite, panel, note, insert } = insertionSuite();
const openEhr = (path: string) => openEhrPage(suite, path);

beforeAll(() => {
  // The plain-text flavour is what a textarea should receive.
  expect(note()).toContain('- Niet op de pijnlijke zijde slapen.');
});

describe('inserting into plain fields', () => {
  it('puts the note at the cursor of a textarea, keeping the text around it; Ctrl+Z undoes it', async () => {
    const ehr = await openEhr('insert/fields.html');
    await ehr.locator('#textarea').focus();
    await ehr.evaluate(() =>
      (document.getElementById('textarea') as HTMLTextAreaElement).setSelectionRange(4, 4),
    );
    expect(await insert()).toBe('Ingevoegd bij de cursor.');
    expect(await ehr.locator('#textarea').inputValue()).toBe(`Voor${note()}Na`);
    await ehr.bringToFront();
    await ehr.locator('#textarea').focus();
    await ehr.keyboard.press('Control+Z');
    expect(await ehr.locator('#textarea').inputValue()).toBe('VoorNa');
    await ehr.close();
  });

  it('inserts into a contenteditable after what is there; Ctrl+Z undoes it', async () => {
    const ehr = await openEhr('insert/fields.html');
    await ehr.locator('#rich p').click();
    await ehr.keyboard.press('End');
    expect(await insert()).toBe('Ingevoegd bij de cursor.');
    const rich = ehr.locator('#rich');
    const bullets = note()
      .split('\n')
      .filter((line) => line.startsWith('- ')).length;
    expect(await rich.locator('li').count()).toBe(bullets);
    expect(await rich.textContent()).toMatch(/^Eerder/);
    await ehr.bringToFront();
    await rich.focus();
    await ehr.keyboard.press('Control+Z');
    await expect.poll(() => rich.textContent()).toBe('Eerder');
    await ehr.close();
  });

  it('updates a React 19 controlled textarea, as React sees it', async () => {
    const ehr = await openEhr('insert/react.html');
    await ehr.locator('#react-note').focus();
    expect(await insert()).toBe('Ingevoegd bij de cursor.');
    expect(await ehr.locator('#react-note').inputValue()).toBe(note());
    expect(await ehr.locator('#react-state').textContent()).toBe(`${note().length} tekens in React`);
    await ehr.close();
  });

  it.each(['same', 'cross'])('finds the field inside a %s-origin iframe', async (id) => {
    const ehr = await openEhr('insert/iframes.html');
    const frame = ehr.frameLocator(`#${id}`);
    await frame.locator('#framed').focus();
    expect(await insert()).toBe('Ingevoegd bij de cursor.');
    expect(await frame.locator('#framed').inputValue()).toBe(note());
    await ehr.close();
  });

  it('with no field focused, says so and puts the note on the clipboard', async () => {
    const ehr = await openEhr('insert/fields.html');
    await ehr.locator('#button').focus();
    await panel().page.getByRole('button', { name: 'Invoegen in pagina' }).focus();
    await panel().page.evaluate(() => navigator.clipboard.writeText('iets anders'));
    expect(await insert()).toMatch(
      /^Geen tekstveld met de cursor gevonden\. De notitie staat op het klembord/,
    );
    expect(await readClipboard(suite)).toBe(note());
    await ehr.close();
  });
});

describe('inserting into rich editors', () => {
  const editors = [
    ['Quill 2', 'editors/quill.html', '.ql-editor', () => 'editor.getText()'],
    ['CKEditor 5', 'editors/ckeditor.html', '.ck-editor__editable', () => 'editor.getData()'],
    ['TipTap 3', 'editors/tiptap.html', '.ProseMirror', () => 'editor.getText()'],
  ] as const;

  it.each(editors)('%s builds the note into its own model', async (_name, path, selector, read) => {
    const ehr = await openEditor(suite, path);
    await ehr.locator(selector).click();
    expect(await insert()).toBe('Ingevoegd bij de cursor.');
    const model = await ehr.evaluate(read());
    expect(model).toContain('Niet op de pijnlijke zijde slapen.');
    expect(model).not.toContain('&lt;');
    await ehr.close();
  });

  it('TinyMCE 8, whose editable sits in its own iframe', async () => {
    const ehr = await openEditor(suite, 'editors/tinymce.html');
    await ehr.frameLocator('iframe').locator('body').click();
    expect(await insert()).toBe('Ingevoegd bij de cursor.');
    const html = await ehr.evaluate(() =>
      (window as unknown as { editor: { getContent(): string } }).editor.getContent(),
    );
    expect(html).toContain('<li>Niet op de pijnlijke zijde slapen.</li>');
    await ehr.close();
  });
});
