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

/**
 * Clicks into an editor as the clinician does. Without Playwright's wait for the element
 * to stand still: that wait counts animation frames, which a tab behind another does not
 * get (~2 s a click). The fixtures have nothing that moves; a click that missed would
 * leave the paste nowhere and fail the test.
 */
export async function clickInto(page: Page, selector: string, frame?: string): Promise<void> {
  await (frame ? page.frameLocator(frame).locator(selector) : page.locator(selector)).click({ force: true });
}

/** Runs `fn` on the fixture's `window.editor` in the page (fn is sent as source: self-contained). */
function onEditor<Result>(page: Page, fn: (editor: never) => Result): Promise<Awaited<Result>> {
  return page.evaluate(
    (source) =>
      new Function('editor', `return (${source})(editor)`)((window as unknown as { editor: unknown }).editor),
    fn.toString(),
  ) as Promise<Awaited<Result>>;
}

/** A fixture whose page exposes `window.getText()` and `window.clearEditor()`. */
function pageTarget(name: string, path: string, selector: string): EditorTarget {
  type Win = { getText(): string; clearEditor(): void };
  return {
    name,
    path,
    clear: (page) => page.evaluate(() => (window as unknown as Win).clearEditor()),
    focus: (page) => clickInto(page, selector),
    text: (page) => page.evaluate(() => (window as unknown as Win).getText()),
  };
}

// The editors' own APIs, typed loosely: each fixture puts its editor on window.editor.
// biome-ignore lint/suspicious/noExplicitAny: third-party editor APIs, called in the page
type Editor = any;

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
    // innerText, not textContent: its line breaks between blocks keep the words of two
    // paragraphs apart, as the field shows them.
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point
    text: (page) => page.locator('#rich').innerText(),
  },
  {
    name: 'Quill 2',
    path: 'editors/quill.html',
    clear: (page) => onEditor(page, (editor: Editor) => editor.setText('')),
    focus: (page) => clickInto(page, '.ql-editor'),
    text: (page) => onEditor(page, (editor: Editor) => editor.getText()),
  },
  {
    name: 'CKEditor 5',
    path: 'editors/ckeditor.html',
    clear: (page) => onEditor(page, (editor: Editor) => editor.setData('')),
    focus: (page) => clickInto(page, '.ck-editor__editable'),
    text: (page) =>
      onEditor(page, (editor: Editor) => {
        type Node = { is(type: string): boolean; data?: string; getChildren(): Iterable<Node> };
        const walk = (node: Node): string =>
          [...node.getChildren()]
            .map((child) => (child.is('$text') ? child.data : `${walk(child)}\n`))
            .join('');
        return walk(editor.model.document.getRoot());
      }),
  },
  {
    name: 'TipTap 3',
    path: 'editors/tiptap.html',
    clear: (page) => onEditor(page, (editor: Editor) => editor.commands.clearContent()),
    focus: (page) => clickInto(page, '.ProseMirror'),
    text: (page) => onEditor(page, (editor: Editor) => editor.getText({ blockSeparator: '\n' })),
  },
  {
    name: 'TinyMCE 8',
    path: 'editors/tinymce.html',
    clear: (page) => onEditor(page, (editor: Editor) => editor.setContent('')),
    focus: (page) => clickInto(page, 'body', 'iframe'),
    text: (page) => onEditor(page, (editor: Editor) => editor.getContent({ format: 'text' })),
  },
  pageTarget('Lexical', 'editors/lexical.html', '#editor'),
  pageTarget('Draft.js', 'editors/draft.html', '[contenteditable="true"]'),
];

/** The words of a text, bullets left out: a glued pair ("OverbelastingToename") is one wrong word. */
export function wordsOf(text: string): string[] {
  return text
    .replace(/\u00a0/g, ' ')
    .split(/\s+/)
    .filter((word) => word !== '' && !/^[-•·*]$/.test(word))
    .sort();
}
