// The record is a legal document: insertion never removes what is there, never writes a
// fragment, and respects the page's own guards. Each story is a way the old inserter
// damaged a record while the panel said "Ingevoegd" (issue 12, cases 1–4).
import { beforeAll, describe, expect, it } from 'vitest';
import { clearClipboard, insertionSuite, openEhr, readClipboard } from './support/insert-steps';

const { suite, panel, note, insert } = insertionSuite();

beforeAll(() => {
  expect(note().length).toBeGreaterThan(60);
});

const KEPT = 'Ingevoegd na de geselecteerde tekst; die tekst is blijven staan.';
const COPIED = 'De notitie staat op het klembord — plak met Ctrl+V.';

describe('a selection is kept, the note goes after it', () => {
  it('in a textarea: the 22 selected characters stay, the note follows them', async () => {
    const ehr = await openEhr(suite, 'insert/fields.html');
    await ehr.evaluate(() => {
      const field = document.getElementById('textarea') as HTMLTextAreaElement;
      field.value = 'Klachten: 22 tekens hier geselecteerd. Einde.';
      field.focus();
      field.setSelectionRange(10, 32);
    });
    expect(await insert()).toBe(KEPT);
    // "22 tekens hier geselec" was selected: it stays, the note comes right after it.
    expect(await ehr.locator('#textarea').inputValue()).toBe(
      `Klachten: 22 tekens hier geselec${note()}teerd. Einde.`,
    );
    await ehr.close();
  });

  /** Selects the text of `selector` in a fixture page and inserts; the page, for the checks. */
  async function insertOverSelection(path: string, selector: string) {
    const ehr = await openEhr(suite, path);
    await ehr.locator(selector).selectText();
    expect(await insert()).toBe(KEPT);
    return ehr;
  }

  it('in a contenteditable: the selected text stays, the note follows it', async () => {
    const ehr = await insertOverSelection('insert/fields.html', '#rich p');
    const rich = ehr.locator('#rich');
    expect(await rich.textContent()).toMatch(/^Eerder/);
    expect(await rich.locator('li').count()).toBeGreaterThan(0);
    await ehr.close();
  });

  it('a locked part (contenteditable="false") inside the selection is never touched', async () => {
    const ehr = await insertOverSelection('insert/record.html', '#locked p');
    const locked = ehr.locator('#locked');
    expect(await locked.locator('.chip').textContent()).toBe('[GETEKEND dr. X]');
    expect(await locked.textContent()).toMatch(/^Anamnese \[GETEKEND dr\. X\] vervolg/);
    expect(await locked.textContent()).toContain('Niet op de pijnlijke zijde slapen.');
    await ehr.close();
  });
});

describe('all or nothing: a limit is said in words, the field stays as it was, the note is copied', () => {
  it.each([
    ['free60', 60, 74],
    ['short', 17, 20],
    ['full', 0, 14],
  ])('#%s (%i characters free)', async (id, free, limit) => {
    const ehr = await openEhr(suite, 'insert/record.html');
    const field = ehr.locator(`#${id}`);
    const before = await field.inputValue();
    await field.focus();
    await ehr.keyboard.press('End');
    await clearClipboard(panel());
    const length = id === 'short' ? note().replace(/\s*\n+\s*/g, ' ').length : note().length;
    expect(await insert()).toBe(
      `Het veld neemt maximaal ${limit} tekens (er passen nog ${free} bij); de notitie heeft er ${length}. Er is niets veranderd. ${COPIED}`,
    );
    expect(await field.inputValue()).toBe(before);
    expect(await readClipboard(suite)).toBe(note());
    // Nothing went in, so there is nothing to undo: Ctrl+Z leaves the field as it was.
    await ehr.bringToFront();
    await field.focus();
    await ehr.keyboard.press('Control+Z');
    expect(await field.inputValue()).toBe(before);
    await ehr.close();
  });
});

describe('the page is asked first', () => {
  it('a rich field whose page cancels beforeinput is refused too, its text unchanged', async () => {
    const ehr = await openEhr(suite, 'insert/record.html');
    await ehr.locator('#signed-rich p').click();
    expect(await insert()).toBe(
      `De pagina weigerde de invoer (het veld is vergrendeld of ondertekend); er is niets veranderd. ${COPIED}`,
    );
    expect(await ehr.locator('#signed-rich').innerHTML()).toBe('<p>Verslag getekend door dr. X.</p>');
    await ehr.close();
  });

  it('a field whose page cancels beforeinput (a signed entry) is refused with a reason', async () => {
    const ehr = await openEhr(suite, 'insert/record.html');
    await ehr.locator('#signed').focus();
    await clearClipboard(panel());
    expect(await insert()).toBe(
      `De pagina weigerde de invoer (het veld is vergrendeld of ondertekend); er is niets veranderd. ${COPIED}`,
    );
    expect(await ehr.locator('#signed').inputValue()).toBe('Ondertekend door dr. X.');
    expect(await readClipboard(suite)).toBe(note());
    await ehr.close();
  });
});
