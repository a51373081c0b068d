// One chosen section on the handout: its text, its drawings and (for the pain section)
// the 0–10 picture, kept together on one printed page.
import type { Doc } from '../../utils/doc/doc';
import type { PainScalePlan, HandoutSection as Section } from '../../utils/handout/handout-plan';
import { DocView } from '../DocView';
import { Figures } from '../drawings/Figures';
import { PainScalePicture } from './PainScalePicture';

/** Long lists of short items (activities, causal factors) read as well in two columns, on half the paper. */
const LONG_LIST = 6;
const isLong = (blocks: Doc) =>
  blocks.some((block) => block.type === 'list' && block.items.length >= LONG_LIST);

export function HandoutSection({
  section,
  painScale,
}: {
  section: Section;
  painScale?: PainScalePlan | undefined;
}) {
  return (
    <section aria-labelledby={`h-${section.id}`} class="mb-5 break-inside-avoid space-y-2">
      <h2 id={`h-${section.id}`} class="text-lg font-bold">
        {section.heading}
      </h2>
      {section.parts.map((part, index) => {
        switch (part.kind) {
          case 'doc':
            return (
              <div
                key={index}
                class={isLong(part.blocks) ? 'sm:[&>div>ul]:columns-2 [&_li]:break-inside-avoid' : ''}
              >
                <DocView blocks={part.blocks} heading="h3" />
              </div>
            );
          case 'figures':
            return (
              <div key={index} class="space-y-2">
                {part.intro && <p>{part.intro}</p>}
                <Figures figures={part.figures} />
              </div>
            );
          case 'pain-scale':
            return painScale ? <PainScalePicture key={index} scale={painScale} /> : null;
          default:
            return null;
        }
      })}
    </section>
  );
}
