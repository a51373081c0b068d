// An EHR page (a fixture or the demo): the clinician clicks into a field, pastes, undoes,
// and the test reads what the field — or the editor's own model — now holds.
import type { Driver, Tab } from './driver';

export class EhrPage {
  constructor(
    readonly tab: Tab,
    readonly driver: Driver,
  ) {}

  static async open(driver: Driver, url: string): Promise<EhrPage> {
    return new EhrPage(await driver.openPage(url), driver);
  }

  /** The extension's toolbar icon, clicked while this page is the tab in front. */
  clickToolbarIcon(): Promise<void> {
    return this.driver.clickToolbarIcon(this.tab);
  }

  /** Waits for a rich editor fixture to have started (it sets window.editorReady). */
  async waitForEditor(): Promise<void> {
    await this.tab.waitFor(() => (window as unknown as { editorReady?: boolean }).editorReady === true, null);
  }

  /** Clicks into a field, as the clinician does before pasting or inserting. */
  async clickInto(selector: string, frame?: string): Promise<void> {
    if (frame) await this.tab.clickInFrame(frame, selector);
    else await this.tab.click(selector);
  }

  /** Puts the cursor at `offset` in a textarea or input. */
  async placeCursor(selector: string, offset: number): Promise<void> {
    await this.tab.evaluate(
      ({ selector, offset }) => {
        const field = document.querySelector(selector) as HTMLTextAreaElement;
        field.focus();
        field.setSelectionRange(offset, offset);
      },
      { selector, offset },
    );
  }

  /** Ctrl+V where the cursor is. */
  paste(): Promise<void> {
    return this.tab.press('Control+V');
  }

  /** Ctrl+Z in a field (brought to front first: the panel may have had the focus). */
  async undo(selector: string): Promise<void> {
    await this.tab.bringToFront();
    await this.tab.focus(selector);
    await this.tab.press('Control+Z');
  }

  /** The value of a textarea or input. */
  value(selector: string): Promise<string> {
    return this.tab.evaluate((s) => (document.querySelector(s) as HTMLInputElement).value, selector);
  }

  text(selector: string): Promise<string> {
    return this.tab.evaluate((s) => document.querySelector(s)?.textContent ?? '', selector);
  }

  /** The text of every element that matches, in page order. */
  texts(selector: string): Promise<string[]> {
    return this.tab.evaluate(
      (s) => [...document.querySelectorAll(s)].map((el) => el.textContent ?? ''),
      selector,
    );
  }

  /** How many elements match (list items, headings in a contenteditable). */
  count(selector: string): Promise<number> {
    return this.tab.evaluate((s) => document.querySelectorAll(s).length, selector);
  }

  /** Reads the page's editor model (window.editor), e.g. `(editor) => editor.getData()`. */
  readEditor<Result>(read: (editor: never) => Result): Promise<Result> {
    return this.tab.evaluate(
      (source) =>
        new Function('editor', `return (${source})(editor)`)(
          (window as unknown as { editor: unknown }).editor,
        ),
      read.toString(),
    ) as Promise<Result>;
  }

  /** Reads something the fixture page offers (`window.getText()` and the like). */
  read<Result>(fn: () => Result): Promise<Result> {
    return this.tab.evaluate(fn, null);
  }

  /** The clipboard's plain text, read from this page (extension pages may not read it). */
  readClipboard(): Promise<string> {
    return this.tab.evaluate(() => navigator.clipboard.readText(), null);
  }

  bringToFront(): Promise<void> {
    return this.tab.bringToFront();
  }

  close(): Promise<void> {
    return this.tab.close();
  }
}
