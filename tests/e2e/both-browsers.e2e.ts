// The core flows, one set of steps, run in Chromium and in Firefox ESR through the same
// page objects: advice and filter, consult state in storage.session, copy → paste, and
// insertion into a textarea and into rich editors, read from each editor's model (e2e
// builds, which may script the loopback fixture server).
import { describe, expect, it } from 'vitest';
import { glutealTendinopathy as condition } from '../../content/gluteal-tendinopathy';
import type { BrowserName } from '../../dev/driver';
import { EhrPage } from '../../dev/ehr-page';
import { PanelPage } from '../../dev/panel-page';
import { startBrowserSuite } from './support/suite';

describe.each(['chromium', 'firefox'] as BrowserName[])('in %s', (name) => {
  // Dutch interface in both browsers, whatever their own language.
  const suite = startBrowserSuite(name, 'e2e', { settings: { uiLanguage: 'nl' } });

  it('shows every advice section of the leaflet, and the filter narrows them', async () => {
    const panel = await PanelPage.open(suite.driver);
    await panel.showView('Advies');
    expect(await panel.sectionHeadings()).toEqual(condition.sections.map((s) => s.heading.nl));
    await panel.filter('kussen');
    await expect.poll(() => panel.sectionHeadings()).toEqual(['Wat te doen?']);
    await panel.close();
  });

  it('keeps ticked risk factors and the pain check across reopening, in storage.session only', async () => {
    const panel = await PanelPage.open(suite.driver);
    await panel.fillConsult({ riskFactors: ['Hoge BMI'], review: [] });
    await panel.close();

    const again = await PanelPage.open(suite.driver);
    await expect.poll(() => again.painScore()).toBe(3);
    await again.showView("Risico's");
    expect(await again.isTicked('Hoge BMI')).toBe(true);
    expect(await again.storage('local')).toEqual({});
    expect(Object.keys(await again.storage('sync'))).toEqual(['settings']);
    expect(JSON.stringify(await again.storage('session'))).toContain('high-bmi');
    await again.close();
  });

  it('refuses a settings file with a wrong value, says why, and changes nothing', async () => {
    const panel = await PanelPage.open(suite.driver);
    await panel.showView('Instellingen');
    const before = await panel.storage('sync');
    const content = JSON.stringify({
      kind: 'heupwijzer-settings',
      version: 1,
      settings: { painThreshold: 42 },
    });
    await panel.importSettings({ name: 'bad.json', content });
    await expect.poll(() => panel.testIdText('settings-notice')).toContain('painThreshold');
    expect(await panel.storage('sync')).toEqual(before);
    await panel.close();
  });

  it('copies a note that pastes as clean text into a textarea and as a list into a contenteditable', async () => {
    const panel = await PanelPage.open(suite.driver);
    await panel.showView('Notitie');
    await panel.tick('Wat te doen?');
    await panel.tick('Niet op de pijnlijke zijde slapen.');
    expect(await panel.copyNote()).toBe('Gekopieerd — plak met Ctrl+V');

    const ehr = await EhrPage.open(suite.driver, suite.server.url('editors/plain.html'));
    await ehr.clickInto('#textarea');
    await ehr.paste();
    const plain = await ehr.value('#textarea');
    expect(plain).toContain('\n- Niet op de pijnlijke zijde slapen.');
    expect(plain).not.toMatch(/<\/?[a-z]|&[a-z]+;/);
    await ehr.clickInto('#rich');
    await ehr.paste();
    await expect.poll(() => ehr.count('#rich li')).toBeGreaterThan(0);
    expect(await ehr.text('#rich li')).toBe('Niet op de pijnlijke zijde slapen.');
    await ehr.close();
    await panel.close();
  });

  it('reads the previous note back from the paste box, keeping its values in storage.session only', async () => {
    const panel = await PanelPage.open(suite.driver);
    await panel.showView('Pijn');
    await panel.fillIn(
      'Plak de vorige notitie uit het dossier',
      'Metingen 19-11-2026:\n- Nachtpijn 6/10 (intake 12-11-2026: 8/10)',
    );
    await panel.press('Lees vorige notitie');
    await expect
      .poll(() => panel.testIdText('previous-values'))
      .toBe('Nachtpijn 6/10 (intake 12-11-2026: 8/10)');
    expect(await panel.storage('local')).toEqual({});
    expect(Object.keys(await panel.storage('sync'))).toEqual(['settings']);
    expect(JSON.stringify(await panel.storage('session'))).toContain('"previousNote":{"date":"2026-11-19"');
    await panel.close();
  });

  it('inserts the note at the cursor of a textarea on the EHR page', async () => {
    const ehr = await EhrPage.open(suite.driver, suite.server.url('insert/fields.html'));
    await ehr.placeCursor('#textarea', 4);
    const panel = await PanelPage.openBeside(suite.driver);
    // The EHR's window is the last focused normal window, as when the clinician types there.
    await ehr.bringToFront();
    await panel.showView('Notitie');
    expect(await panel.insertIntoPage()).toBe('Ingevoegd bij de cursor.');
    const value = await ehr.value('#textarea');
    expect(value.startsWith('VoorGluteale tendinopathie')).toBe(true);
    expect(value.endsWith('Na')).toBe(true);
    // The fixture's origin has a port, and the e2e build may script it: no "always allow"
    // offer (Firefox's match patterns take no port, so the pattern asked about has none).
    expect(
      await panel.tab.evaluate(() => document.querySelector('[data-testid="site-offer"]') === null, null),
    ).toBe(true);
    await panel.close();
    await ehr.close();
  });

  // Rich editors: inserted into the editor's own model where a path works in this
  // browser, else an honest refusal with the note copied and the editor untouched.
  // Firefox drops a constructed paste event's data (Mozilla bug 1654724), so editors that
  // take only paste refuse there; editors built on beforeinput get the note.
  const REFUSED =
    'De editor op deze pagina nam de notitie niet aan; er is niets veranderd. De notitie staat op het klembord — plak met Ctrl+V.';
  const editors: [string, string, string, (browser: BrowserName) => boolean][] = [
    ['Slate', 'editors/slate.html', '[data-slate-editor]', () => true],
    ['Trix', 'editors/trix.html', 'trix-editor', () => true],
    ['Quill', 'editors/quill.html', '.ql-editor', (b) => b === 'chromium'],
    ['CKEditor 5', 'editors/ckeditor.html', '.ck-editor__editable', (b) => b === 'chromium'],
    ['TipTap', 'editors/tiptap.html', '.ProseMirror', (b) => b === 'chromium'],
  ];
  it.each(editors)(
    'inserts into %s, or refuses honestly and copies',
    async (editor, path, selector, works) => {
      const ehr = await EhrPage.open(suite.driver, suite.server.url(path));
      await ehr.waitForEditor();
      await ehr.clickInto(selector);
      const before = await ehr.read(readEditorModel);
      const panel = await PanelPage.openBeside(suite.driver);
      await ehr.bringToFront();
      await panel.showView('Notitie');
      await panel.tick('Wat te doen?');
      const said = await panel.insertIntoPage();
      if (works(name)) {
        expect(said).toBe('Ingevoegd bij de cursor.');
        expect(await ehr.read(readEditorModel)).toContain('Gluteale tendinopathie');
      } else {
        expect(said, editor).toBe(REFUSED);
        expect(await ehr.read(readEditorModel)).toBe(before);
      }
      await panel.close();
      await ehr.close();
    },
  );
});

/** The editor's own model as text (runs in the page): what the EHR would save. */
function readEditorModel(): string {
  type Node = { text?: string; children?: Node[] };
  const editor = (window as unknown as { editor: Record<string, (...a: unknown[]) => unknown> }).editor;
  const text = (node: Node): string => node.text ?? (node.children ?? []).map(text).join('\n');
  if (Array.isArray(editor.children)) return (editor.children as Node[]).map(text).join('\n'); // Slate
  if (editor.getDocument) return String(editor.getDocument()); // Trix
  if (editor.getData) return String(editor.getData()); // CKEditor 5
  return String(editor.getText?.()); // Quill, TipTap
}
