// The clinician composes a note with headings and bullets, copies it, and pastes it with
// Ctrl+V into real EHR editors. Each editor's own model must hold the structure: headings
// where it has them, one list item per bullet, no literal tags, no lost characters.
// Draft.js flattens nested lists on paste; the note holds the causal factors (overload
// with its three sub-items), so a nested list would glue words there.
import { beforeAll, describe, expect, it } from 'vitest';
import { EhrPage } from '../../dev/ehr-page';
import { PanelPage } from '../../dev/panel-page';
import { startExtensionSuite } from './support/suite';

const suite = startExtensionSuite();
const SPECIAL = ['knieën', 'geïrriteerd', '‘in de heup hangen’'];
let expected: { headings: number; bullets: number; characters: number };

// The note is composed and copied once; every test pastes that clipboard.
beforeAll(async () => {
  const panel = await PanelPage.open(suite.driver);
  await panel.fillConsult({
    review: [],
    given: ['Wat te doen?', 'Oorzakelijke factoren', 'Mag ik pijn ervaren bij belasting?'],
  });
  await panel.openNoteOptions();
  await panel.choose('Patiënt (volledig)');
  expected = await panel.notePreview();
  expect(expected.headings).toBeGreaterThanOrEqual(5);
  expect(expected.bullets).toBeGreaterThanOrEqual(20);
  expect(await panel.copyNote()).toMatch(/^Gekopieerd/);
  await panel.close();
});

/** Opens an EHR fixture, clicks into the field (in its frame, if given) and presses Ctrl+V. */
async function pasteInto(path: string, field: string, frame?: string): Promise<EhrPage> {
  const ehr = await EhrPage.open(suite.driver, suite.server.url(path));
  if (path !== 'editors/plain.html') await ehr.waitForEditor();
  await ehr.clickInto(field, frame);
  await ehr.paste();
  return ehr;
}

function expectNoMarkupAndAllCharacters(text: string) {
  expect(text).not.toMatch(/<\/?(h3|p|ul|li)\b|&lt;|&amp;|&[a-z]+;/);
  for (const word of SPECIAL) expect(text).toContain(word);
}

describe('pasting the note into plain fields', () => {
  it('a <textarea> gets the plain text: "- " bullets, every character', async () => {
    const ehr = await pasteInto('editors/plain.html', '#textarea');
    const value = await ehr.value('#textarea');
    expect(value.length).toBe(expected.characters);
    expect(value.split('\n').filter((line) => /^\s*- /.test(line))).toHaveLength(expected.bullets);
    expectNoMarkupAndAllCharacters(value);
    await ehr.close();
  });

  it('an <input> gets clean text without tags', async () => {
    const ehr = await pasteInto('editors/plain.html', '#input');
    const value = await ehr.value('#input');
    expect(value.startsWith('Gluteale tendinopathie')).toBe(true);
    expectNoMarkupAndAllCharacters(value);
    await ehr.close();
  });

  it('a contenteditable gets headings and a list item per bullet', async () => {
    const ehr = await pasteInto('editors/plain.html', '#rich');
    await expect.poll(() => ehr.count('#rich li')).toBe(expected.bullets);
    expect(await ehr.count('#rich h3')).toBe(expected.headings);
    expectNoMarkupAndAllCharacters(await ehr.text('#rich'));
    await ehr.close();
  });
});

describe('pasting the note into rich editors', () => {
  it('Quill 2: headers and bullet lines in its Delta', async () => {
    const ehr = await pasteInto('editors/quill.html', '.ql-editor');
    type Op = { insert: unknown; attributes?: { header?: number; list?: string } };
    const ops = await ehr.readEditor((editor: { getContents(): { ops: Op[] } }) => editor.getContents().ops);
    expect(ops.filter((op) => op.attributes?.list === 'bullet')).toHaveLength(expected.bullets);
    expect(ops.filter((op) => op.attributes?.header)).toHaveLength(expected.headings);
    expectNoMarkupAndAllCharacters(await ehr.readEditor((editor: { getText(): string }) => editor.getText()));
    await ehr.close();
  });

  it('CKEditor 5: headings and list items in getData()', async () => {
    const ehr = await pasteInto('editors/ckeditor.html', '.ck-editor__editable');
    const data = await ehr.readEditor((editor: { getData(): string }) => editor.getData());
    expect(data.match(/<li[\s>]/g) ?? []).toHaveLength(expected.bullets); // CKEditor adds data-list-item-id
    expect(data.match(/<h[2-4]>/g) ?? []).toHaveLength(expected.headings);
    expect(data).toContain('knieën');
    expectNoMarkupAndAllCharacters(await ehr.text('.ck-editor__editable'));
    await ehr.close();
  });

  it('TipTap 3 (ProseMirror): heading and listItem nodes in getJSON()', async () => {
    const ehr = await pasteInto('editors/tiptap.html', '.ProseMirror');
    type Node = { type: string; content?: Node[] };
    const json = await ehr.readEditor((editor: { getJSON(): Node }) => editor.getJSON());
    const count = (node: Node, type: string): number =>
      (node.type === type ? 1 : 0) + (node.content ?? []).reduce((sum, child) => sum + count(child, type), 0);
    expect(count(json, 'listItem')).toBe(expected.bullets);
    expect(count(json, 'heading')).toBe(expected.headings);
    expectNoMarkupAndAllCharacters(await ehr.readEditor((editor: { getText(): string }) => editor.getText()));
    await ehr.close();
  });

  it('Lexical: heading and listitem nodes in its editor state', async () => {
    const ehr = await pasteInto('editors/lexical.html', '#editor');
    type Node = { type: string; children?: Node[] };
    const state = () =>
      ehr.readEditor(
        (editor: { getEditorState(): { toJSON(): { root: Node } } }) => editor.getEditorState().toJSON().root,
      );
    const count = (node: Node, type: string): number =>
      (node.type === type ? 1 : 0) +
      (node.children ?? []).reduce((sum, child) => sum + count(child, type), 0);
    await expect.poll(async () => count(await state(), 'listitem')).toBe(expected.bullets);
    expect(count(await state(), 'heading')).toBe(expected.headings);
    expectNoMarkupAndAllCharacters(
      await ehr.read(() => (window as unknown as { getText(): string }).getText()),
    );
    await ehr.close();
  });

  it('Draft.js (flattens nested lists on paste): header and list blocks, none glued', async () => {
    const ehr = await pasteInto('editors/draft.html', '[contenteditable="true"]');
    type Raw = { blocks: { type: string; text: string }[] };
    const raw = await ehr.read(() => (window as unknown as { getRaw(): Raw }).getRaw());
    expect(raw.blocks.filter((block) => block.type === 'unordered-list-item')).toHaveLength(expected.bullets);
    expect(raw.blocks.filter((block) => block.type.startsWith('header-'))).toHaveLength(expected.headings);
    for (const block of raw.blocks) expect(block.text).not.toMatch(/\p{Ll}\p{Lu}/u);
    expectNoMarkupAndAllCharacters(
      await ehr.read(() => (window as unknown as { getText(): string }).getText()),
    );
    await ehr.close();
  });

  it('TinyMCE 8 (self-hosted): h3 and li in getContent()', async () => {
    const ehr = await pasteInto('editors/tinymce.html', 'body', 'iframe');
    const html = await ehr.readEditor((editor: { getContent(): string }) => editor.getContent());
    expect(html.match(/<li>/g) ?? []).toHaveLength(expected.bullets);
    expect(html.match(/<h3>/g) ?? []).toHaveLength(expected.headings);
    const text = await ehr.readEditor((editor: { getContent(o: object): string }) =>
      editor.getContent({ format: 'text' }),
    );
    expectNoMarkupAndAllCharacters(text);
    await ehr.close();
  });
});
