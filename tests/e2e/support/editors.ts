// The paste targets of the editor suite: plain fields and real editors, each cleared,
// focused and read back through its own model (not the DOM), so a test sees what the
// editor will save. Lexical and Draft.js are here because Draft.js flattens nested lists
// on paste and glues their texts ("OverbelastingToename van herhalingen").
import type { Page } from 'playwright-core';

export interface EditorTarget {
  readonly name: string;
  readonly path: string;
  clear(page: Page): Promise<void>;
  focus(page: Page): Promise<void>;
  /** The text as the editor holds it in its own model. */
  text(page: Page): Promise<string>;
}

// Functions passed to page.evaluate run in the page: they name `window` themselves.
type Win = {
  editor: never;
  getText: () => string;
  clearEditor: () => void;
};

export const EDITOR_TARGETS: readonly EditorTarget[] = [
  {
    name: 'textarea',
    path: 'editors/plain.html',
    clear: (page) => page.locator('#textarea').fill(''),
    focus: (page) => page.locator('#textarea').focus(),
    text: (page) => page.locator('#textarea').inputValue(),
  },
  {
    name: 'contenteditable',
    path: 'editors/plain.html',
    clear: (page) => page.locator('#rich').evaluate((el) => el.replaceChildren()),
    focus: (page) => page.locator('#rich').focus(),
    text: (page) => page.locator('#rich').innerText(),
  },
  {
    name: 'Quill 2',
    path: 'editors/quill.html',
    clear: (page) =>
      page.evaluate(() => ((window as unknown as Win).editor as { setText(t: string): void }).setText('')),
    focus: (page) => page.locator('.ql-editor').click(),
    text: (page) =>
      page.evaluate(() => ((window as unknown as Win).editor as { getText(): string }).getText()),
  },
  {
    name: 'CKEditor 5',
    path: 'editors/ckeditor.html',
    clear: (page) =>
      page.evaluate(() => ((window as unknown as Win).editor as { setData(d: string): void }).setData('')),
    focus: (page) => page.locator('.ck-editor__editable').click(),
    text: (page) =>
      page.evaluate(() => {
        type Node = { is(type: string): boolean; data?: string; getChildren(): Iterable<Node> };
        const root = (
          (window as unknown as Win).editor as { model: { document: { getRoot(): Node } } }
        ).model.document.getRoot();
        const walk = (node: Node): string =>
          [...node.getChildren()]
            .map((child) => (child.is('$text') ? child.data : `${walk(child)}\n`))
            .join('');
        return walk(root);
      }),
  },
  {
    name: 'TipTap 3',
    path: 'editors/tiptap.html',
    clear: (page) =>
      page.evaluate(() =>
        ((window as unknown as Win).editor as { commands: { clearContent(): void } }).commands.clearContent(),
      ),
    focus: (page) => page.locator('.ProseMirror').click(),
    text: (page) =>
      page.evaluate(() =>
        ((window as unknown as Win).editor as { getText(o: object): string }).getText({
          blockSeparator: '\n',
        }),
      ),
  },
  {
    name: 'TinyMCE 8',
    path: 'editors/tinymce.html',
    clear: (page) =>
      page.evaluate(() =>
        ((window as unknown as Win).editor as { setContent(c: string): void }).setContent(''),
      ),
    focus: (page) => page.frameLocator('iframe').locator('body').click(),
    text: (page) =>
      page.evaluate(() =>
        ((window as unknown as Win).editor as { getContent(o: object): string }).getContent({
          format: 'text',
        }),
      ),
  },
  {
    name: 'Lexical',
    path: 'editors/lexical.html',
    clear: (page) => page.evaluate(() => (window as unknown as Win).clearEditor()),
    focus: (page) => page.locator('#editor').click(),
    text: (page) => page.evaluate(() => (window as unknown as Win).getText()),
  },
  {
    name: 'Draft.js',
    path: 'editors/draft.html',
    clear: (page) => page.evaluate(() => (window as unknown as Win).clearEditor()),
    focus: (page) => page.locator('[contenteditable="true"]').click(),
    text: (page) => page.evaluate(() => (window as unknown as Win).getText()),
  },
];

/** The words of a text, bullets left out: a glued pair ("OverbelastingToename") is one wrong word. */
export function wordsOf(text: string): string[] {
  return text
    .replace(/\u00a0/g, ' ')
    .split(/\s+/)
    .filter((word) => word !== '' && !/^[-•·*]$/.test(word))
    .sort();
}
