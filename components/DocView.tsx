// Renders a Doc's body on screen — the same structure that is copied, so what the
// clinician reads is what lands in the record.
import type { DocBlock, DocListItem } from '../utils/doc';

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

function Block({ block }: { block: DocBlock }) {
  switch (block.type) {
    case 'heading':
      return <h3 class="font-semibold">{block.text}</h3>;
    case 'paragraph':
      return <p>{block.text}</p>;
    case 'list':
      return <List items={block.items} />;
  }
}

export function DocView({ blocks }: { blocks: readonly DocBlock[] }) {
  return (
    <div class="space-y-2">
      {blocks.map((block, index) => (
        <Block key={index} block={block} />
      ))}
    </div>
  );
}
