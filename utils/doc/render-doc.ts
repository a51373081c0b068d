// Renders a Doc as minimal HTML (h3, p, ul/li — what EHR editors accept) and as plain
// text with "- " bullets. HTML escaping happens here and nowhere else.
// Nothing nested reaches the clipboard: several popular editors (Draft.js among them)
// flatten a nested list on paste and run the texts together ("OverbelastingToename van
// herhalingen"), so a sub-list becomes part of its item's text ("Overbelasting: toename
// van herhalingen; toename van …") before either flavour is made.
import type { Doc, DocBlock, DocListItem, Rendered } from './doc';
import { inSentence } from './in-sentence';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

/** One level only: an item's sub-items join its text, so no editor can run them together. */
export function flatItem(item: DocListItem): DocListItem {
  if (!item.items?.length) return { text: item.text };
  const subs = item.items.map((sub) => inSentence(flatItem(sub).text));
  const lead = item.text.replace(/[\s:]+$/, '');
  return { text: `${lead}: ${subs.join('; ')}` };
}

/** The doc as it reaches the clipboard (lists one level deep), for a preview that matches. */
export function flatDoc(doc: Doc): Doc {
  return doc.map((block) =>
    block.type === 'list' ? { type: 'list', items: block.items.map(flatItem) } : block,
  );
}

function listHtml(items: readonly DocListItem[]): string {
  return `<ul>${items.map((item) => `<li>${escapeHtml(item.text)}</li>`).join('')}</ul>`;
}

function blockHtml(block: DocBlock): string {
  switch (block.type) {
    case 'heading':
      return `<h3>${escapeHtml(block.text)}</h3>`;
    case 'paragraph':
      return `<p>${escapeHtml(block.text)}</p>`;
    case 'list':
      return listHtml(block.items);
  }
}

function listText(items: readonly DocListItem[]): string[] {
  return items.map((item) => `- ${item.text}`);
}

function blockText(block: DocBlock): string {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return block.text;
    case 'list':
      return listText(block.items).join('\n');
  }
}

/** Collapses runs of white space so no stray tabs, trailing spaces or breaks reach a record. */
function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function tidyDoc(doc: Doc): Doc {
  const tidyItems = (items: readonly DocListItem[]): DocListItem[] =>
    items.map((item) => ({ text: tidy(flatItem(item).text) }));
  return doc.map((block) =>
    block.type === 'list'
      ? { type: 'list', items: tidyItems(block.items) }
      : { ...block, text: tidy(block.text) },
  );
}

export function renderHtml(doc: Doc): string {
  return tidyDoc(doc).map(blockHtml).join('');
}

/** Blocks are separated by a blank line; a heading sits directly above its content. */
export function renderText(doc: Doc): string {
  const blocks = tidyDoc(doc);
  return blocks
    .map((block, index) => {
      const separator = index === 0 ? '' : blocks[index - 1]?.type === 'heading' ? '\n' : '\n\n';
      return separator + blockText(block);
    })
    .join('');
}

export function renderDoc(doc: Doc): Rendered {
  return { html: renderHtml(doc), text: renderText(doc) };
}
