// Renders a Doc as minimal HTML (h3, p, ul/li — what EHR editors accept) and as plain
// text with "- " bullets. HTML escaping happens here and nowhere else.
import type { Doc, DocBlock, DocListItem, Rendered } from './doc';

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

function listHtml(items: readonly DocListItem[]): string {
  const lis = items.map(
    (item) => `<li>${escapeHtml(item.text)}${item.items?.length ? listHtml(item.items) : ''}</li>`,
  );
  return `<ul>${lis.join('')}</ul>`;
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

function listText(items: readonly DocListItem[], depth: number): string[] {
  return items.flatMap((item) => [
    `${'  '.repeat(depth)}- ${item.text}`,
    ...(item.items ? listText(item.items, depth + 1) : []),
  ]);
}

function blockText(block: DocBlock): string {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return block.text;
    case 'list':
      return listText(block.items, 0).join('\n');
  }
}

/** Collapses runs of white space so no stray tabs, trailing spaces or breaks reach a record. */
function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function tidyDoc(doc: Doc): Doc {
  const tidyItems = (items: readonly DocListItem[]): DocListItem[] =>
    items.map((item) => ({
      text: tidy(item.text),
      ...(item.items && { items: tidyItems(item.items) }),
    }));
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
