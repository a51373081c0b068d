// A section's blocks as parts for pages that show drawings (the handout, the Advice view):
// a list whose every item has a drawing becomes figures, anything else stays text.
import type { Drawing } from '../../content/handout-schema';
import type { Block, ListItem, Section } from '../../content/schema';
import type { Doc } from './doc';
import { blockDoc, listItemText, type SectionDocOptions } from './section-doc';
import { fillTemplate } from './template';

export interface HandoutFigure {
  readonly text: string;
  /** File name in assets/drawings/ without `.svg`. */
  readonly file: string;
  readonly alt: string;
}

export type HandoutPart =
  | { readonly kind: 'doc'; readonly blocks: Doc }
  | { readonly kind: 'figures'; readonly intro?: string; readonly figures: readonly HandoutFigure[] }
  | { readonly kind: 'pain-scale' };

export const isTips = (block: Block) => block.kind === 'list' && block.role === 'tips';

function figureOf(item: ListItem, drawings: readonly Drawing[], options: SectionDocOptions) {
  const drawing = drawings.find((d) => d.item === item.id);
  return (
    drawing && { text: listItemText(item, options), file: drawing.file, alt: drawing.alt[options.language] }
  );
}

/** A list whose every item has a drawing becomes figures; anything else stays text. */
export function blockParts(
  block: Block,
  drawings: readonly Drawing[],
  options: SectionDocOptions,
  withTitle: boolean,
): HandoutPart[] {
  if (block.kind === 'list') {
    const figures = block.items.map((item) => figureOf(item, drawings, options));
    if (figures.every((figure) => figure !== undefined)) {
      const intro = withTitle && block.title && fillTemplate(block.title[options.language], options.values);
      return [{ kind: 'figures', ...(intro && { intro }), figures }];
    }
  }
  return [{ kind: 'doc', blocks: blockDoc(block, options) }];
}

/** A section's blocks as parts: the Advice view's body. */
export function sectionParts(
  section: Section,
  drawings: readonly Drawing[],
  options: SectionDocOptions,
): HandoutPart[] {
  return section.blocks.flatMap((block) => blockParts(block, drawings, options, true));
}
