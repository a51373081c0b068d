// Turns an advice section into a Doc in one content language: heading, paragraphs,
// lists (a list's title becomes a paragraph above it; an item's detail follows its text).
import type { Block, ContentLanguage, ListItem, Section, TemplateValues } from '../../content/schema';
import type { Doc, DocBlock, DocListItem } from './doc';
import { fillTemplate } from './template';

export interface SectionDocOptions {
  readonly language: ContentLanguage;
  readonly values: TemplateValues;
}

export function listItemText(item: ListItem, { language, values }: SectionDocOptions): string {
  const text = fillTemplate(item.text[language], values);
  return item.detail ? `${text} ${fillTemplate(item.detail[language], values)}` : text;
}

function itemDoc(item: ListItem, options: SectionDocOptions): DocListItem {
  return {
    text: listItemText(item, options),
    ...(item.items && { items: item.items.map((child) => itemDoc(child, options)) }),
  };
}

export function blockDoc(block: Block, options: SectionDocOptions): DocBlock[] {
  const { language, values } = options;
  if (block.kind === 'paragraph') {
    return [{ type: 'paragraph', text: fillTemplate(block.text[language], values) }];
  }
  const list: DocBlock = { type: 'list', items: block.items.map((item) => itemDoc(item, options)) };
  return block.title
    ? [{ type: 'paragraph', text: fillTemplate(block.title[language], values) }, list]
    : [list];
}

export function sectionDoc(section: Section, options: SectionDocOptions): Doc {
  return [
    { type: 'heading', text: section.heading[options.language] },
    ...section.blocks.flatMap((block) => blockDoc(block, options)),
  ];
}
