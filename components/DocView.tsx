// Renders a Doc's body on screen — the same structure that is copied, so what the
// clinician reads is what lands in the record.
import type { DocBlock, DocListItem } from '../utils/doc/doc';

function List({ items }: { items: readonly DocListItem[] }) {
  return (
    <ul class="ms-5 list-disc space-y-1 marker:text-stone-500">
      {items.map((item) => (
        <li key={item.text}>
          {item.text}
          {item.items && (
            <div class="mt-1">
              <List items={item.items} />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}

type HeadingTag = 'h2' | 'h3';

function Block({ block, Heading }: { block: DocBlock; Heading: HeadingTag }) {
  switch (block.type) {
    case 'heading':
      return <Heading class="font-semibold">{block.text}</Heading>;
    case 'paragraph':
      return <p>{block.text}</p>;
    case 'list':
      return <List items={block.items} />;
  }
}

/** `heading`: the level a Doc heading takes on this page (h3 under the panel's h2s). */
export function DocView({ blocks, heading = 'h3' }: { blocks: readonly DocBlock[]; heading?: HeadingTag }) {
  return (
    <div class="space-y-2">
      {blocks.map((block, index) => (
        <Block key={index} block={block} Heading={heading} />
      ))}
    </div>
  );
}
