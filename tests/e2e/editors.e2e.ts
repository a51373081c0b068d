// The clinician composes a note with headings and bullets, copies it, and pastes it with
// Ctrl+V into real EHR editors. Each editor's own model must hold the structure: headings
// where it has them, one list item per bullet, no literal tags, no lost characters.
// Draft.js flattens nested lists on paste; the note holds the causal factors (overload
// with its three sub-items), so a nested list would glue words there.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { PanelPage } from './support/panel-page';
import { startExtensionSuite } from './support/suite';

const suite = startExtensionSuite();
const SPECIAL = ['knieën', 'geïrriteerd', '‘in de heup hangen’'];
let expected: { headings: number; bullets: number; characters: number };

beforeAll(async () => {
  const panel = await PanelPage.open(suite.browser);
  await panel.showView("Risico's");
  await panel.page.getByRole('checkbox', { name: 'Hoge BMI' }).check();
  await panel.page.getByRole('checkbox', { name: 'Toename van herhalingen' }).check();
  await panel.showView('Pijn');
  await panel.choosePainScore(3);
  await panel.page.getByRole('radio', { name: 'Nee' }).check();
  await panel.showView('Notitie');
  for (const section of ['Wat te doen?', 'Oorzakelijke factoren', 'Mag ik pijn ervaren bij belasting?']) {
    await panel.page.getByRole('checkbox', { name: section }).check();
  }
  await panel.page.getByText('Opties:').click();
  await panel.page.getByRole('radio', { name: 'Patiënt (volledig)' }).check();
  const preview = panel.page.getByTestId('note-preview');
  expected = {
    headings: await preview.locator('h3').count(),
    bullets: await preview.locator('li').count(),
    characters: Number((await panel.page.getByTestId('char-count').textContent())?.replace(/\D/g, '')),
  };
  expect(expected.headings).toBeGreaterThanOrEqual(5);
  expect(expected.bullets).toBeGreaterThanOrEqual(20);
  await panel.page.getByRole('button', { name: 'Kopieer notitie' }).click();
  await panel.status().filter({ hasText: 'Gekopieerd' }).waitFor();
});

async function openEditor(path: string): Promise<Page> {
  const page = await suite.browser.context.newPage();
  await page.goto(suite.server.url(path));
  await page.waitForFunction(() => (window as unknown as { editorReady?: boolean }).editorReady === true);
  return page;
}

function expectNoMarkupAndAllCharacters(text: string) {
  expect(text).not.toMatch(/<\/?(h3|p|ul|li)\b|&lt;|&amp;|&[a-z]+;/);
  for (const word of SPECIAL) expect(text).toContain(word);
}

describe('pasting the note into plain fields', () => {
  it('a <textarea> gets the plain text: "- " bullets, every character', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('editors/plain.html'));
    await page.locator('#textarea').focus();
    await page.keyboard.press('Control+V');
    const value = await page.locator('#textarea').inputValue();
    expect(value.length).toBe(expected.characters);
    expect(value.split('\n').filter((line) => /^\s*- /.test(line))).toHaveLength(expected.bullets);
    expectNoMarkupAndAllCharacters(value);
    await page.close();
  });

  it('an <input> gets clean text without tags', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('editors/plain.html'));
    await page.locator('#input').focus();
    await page.keyboard.press('Control+V');
    const value = await page.locator('#input').inputValue();
    expect(value.startsWith('Gluteale tendinopathie')).toBe(true);
    expectNoMarkupAndAllCharacters(value);
    await page.close();
  });

  it('a contenteditable gets headings and a list item per bullet', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('editors/plain.html'));
    await page.locator('#rich').focus();
    await page.keyboard.press('Control+V');
    const rich = page.locator('#rich');
    await expect.poll(() => rich.locator('li').count()).toBe(expected.bullets);
    expect(await rich.locator('h3').count()).toBe(expected.headings);
    expectNoMarkupAndAllCharacters((await rich.textContent()) ?? '');
    await page.close();
  });
});

describe('pasting the note into rich editors', () => {
  it('Quill 2: headers and bullet lines in its Delta', async () => {
    const page = await openEditor('editors/quill.html');
    await page.locator('.ql-editor').click();
    await page.keyboard.press('Control+V');
    type Op = { insert: unknown; attributes?: { header?: number; list?: string } };
    const ops = await page.evaluate(
      () => (window as unknown as { editor: { getContents(): { ops: Op[] } } }).editor.getContents().ops,
    );
    expect(ops.filter((op) => op.attributes?.list === 'bullet')).toHaveLength(expected.bullets);
    expect(ops.filter((op) => op.attributes?.header)).toHaveLength(expected.headings);
    const text = await page.evaluate(() =>
      (window as unknown as { editor: { getText(): string } }).editor.getText(),
    );
    expectNoMarkupAndAllCharacters(text);
    await page.close();
  });

  it('CKEditor 5: headings and list items in getData()', async () => {
    const page = await openEditor('editors/ckeditor.html');
    await page.locator('.ck-editor__editable').click();
    await page.keyboard.press('Control+V');
    const data = await page.evaluate(() =>
      (window as unknown as { editor: { getData(): string } }).editor.getData(),
    );
    expect(data.match(/<li[\s>]/g) ?? []).toHaveLength(expected.bullets); // CKEditor adds data-list-item-id
    expect(data.match(/<h[2-4]>/g) ?? []).toHaveLength(expected.headings);
    expect(data).toContain('knieën');
    const text = await page.locator('.ck-editor__editable').textContent();
    expectNoMarkupAndAllCharacters(text ?? '');
    await page.close();
  });

  it('TipTap 3 (ProseMirror): heading and listItem nodes in getJSON()', async () => {
    const page = await openEditor('editors/tiptap.html');
    await page.locator('.ProseMirror').click();
    await page.keyboard.press('Control+V');
    type Node = { type: string; content?: Node[] };
    const json = await page.evaluate(() =>
      (window as unknown as { editor: { getJSON(): Node } }).editor.getJSON(),
    );
    const count = (node: Node, type: string): number =>
      (node.type === type ? 1 : 0) + (node.content ?? []).reduce((sum, child) => sum + count(child, type), 0);
    expect(count(json, 'listItem')).toBe(expected.bullets);
    expect(count(json, 'heading')).toBe(expected.headings);
    const text = await page.evaluate(() =>
      (window as unknown as { editor: { getText(): string } }).editor.getText(),
    );
    expectNoMarkupAndAllCharacters(text);
    await page.close();
  });

  it('Lexical: heading and listitem nodes in its editor state', async () => {
    const page = await openEditor('editors/lexical.html');
    await page.locator('#editor').click();
    await page.keyboard.press('Control+V');
    type Node = { type: string; children?: Node[] };
    const state = () =>
      page.evaluate(
        () =>
          (window as unknown as { editor: { getEditorState(): { toJSON(): { root: Node } } } }).editor
            .getEditorState()
            .toJSON().root,
      );
    const count = (node: Node, type: string): number =>
      (node.type === type ? 1 : 0) +
      (node.children ?? []).reduce((sum, child) => sum + count(child, type), 0);
    await expect.poll(async () => count(await state(), 'listitem')).toBe(expected.bullets);
    expect(count(await state(), 'heading')).toBe(expected.headings);
    const text = await page.evaluate(() => (window as unknown as { getText(): string }).getText());
    expectNoMarkupAndAllCharacters(text);
    await page.close();
  });

  it('Draft.js (flattens nested lists on paste): header and list blocks, none glued', async () => {
    const page = await openEditor('editors/draft.html');
    await page.locator('[contenteditable="true"]').click();
    await page.keyboard.press('Control+V');
    type Raw = { blocks: { type: string; text: string }[] };
    const raw = await page.evaluate(() => (window as unknown as { getRaw(): Raw }).getRaw());
    expect(raw.blocks.filter((block) => block.type === 'unordered-list-item')).toHaveLength(expected.bullets);
    expect(raw.blocks.filter((block) => block.type.startsWith('header-'))).toHaveLength(expected.headings);
    for (const block of raw.blocks) expect(block.text).not.toMatch(/\p{Ll}\p{Lu}/u);
    const text = await page.evaluate(() => (window as unknown as { getText(): string }).getText());
    expectNoMarkupAndAllCharacters(text);
    await page.close();
  });

  it('TinyMCE 8 (self-hosted): h3 and li in getContent()', async () => {
    const page = await openEditor('editors/tinymce.html');
    await page.frameLocator('iframe').locator('body').click();
    await page.keyboard.press('Control+V');
    const html = await page.evaluate(() =>
      (window as unknown as { editor: { getContent(): string } }).editor.getContent(),
    );
    expect(html.match(/<li>/g) ?? []).toHaveLength(expected.bullets);
    expect(html.match(/<h3>/g) ?? []).toHaveLength(expected.headings);
    const text = await page.evaluate(() =>
      (window as unknown as { editor: { getContent(o: object): string } }).editor.getContent({
        format: 'text',
      }),
    );
    expectNoMarkupAndAllCharacters(text);
    await page.close();
  });
});
