// One advice section as a disclosure with its own copy button ("Kopieer: Wat te doen?").
import { useState } from 'preact/hooks';
import type { Section } from '../../content/schema';
import { t } from '../../utils/browser/i18n';
import { sectionDoc } from '../../utils/doc/section-doc';
import { sectionParts } from '../../utils/doc/section-parts';
import { Button } from '../Button';
import { DocView } from '../DocView';
import { LazyFigures } from '../drawings/LazyFigures';
import { useHandoutContent } from '../drawings/use-handout-content';
import { Icon } from '../Icon';
import { useModels } from '../models';

export function AdviceSection({ section, filtering }: { section: Section; filtering: boolean }) {
  const { docOptions, language, condition } = useModels().panel;
  const { copyDoc } = useModels().output;
  // null: follow the filter (matches open while searching); a click makes it explicit.
  const [open, setOpen] = useState<boolean | null>(null);
  const expanded = open ?? filtering;
  // Built when needed: a closed section renders no body (less to prerender and hydrate).
  const doc = () => sectionDoc(section, docOptions.value);
  const heading = section.heading[language.value];
  const bodyId = `section-${section.id}`;
  const drawings = useHandoutContent(condition.value, expanded)?.drawings ?? [];

  return (
    <section
      aria-labelledby={`${bodyId}-heading`}
      class="border-b border-stone-200 py-1 dark:border-stone-700"
    >
      <div class="flex items-center gap-2">
        <h2 id={`${bodyId}-heading`} class="min-w-0 flex-1 text-base font-semibold">
          <button
            type="button"
            aria-expanded={expanded}
            aria-controls={bodyId}
            onClick={() => setOpen(!expanded)}
            class="group flex min-h-11 w-full items-center gap-2 rounded-md px-1 text-start hover:bg-stone-100 dark:hover:bg-stone-800"
          >
            <Icon
              name="chevron"
              class="size-4 shrink-0 text-stone-500 group-aria-expanded:rotate-90 dark:text-stone-400"
            />
            <span>{heading}</span>
          </button>
        </h2>
        <Button
          look="small"
          class="shrink-0"
          aria-label={t('copySection', heading)}
          onClick={() => void copyDoc(doc())}
        >
          {t('copyShort')}
        </Button>
      </div>
      <div id={bodyId} hidden={!expanded} lang={language.value} class="px-1 pt-1 pb-3 ps-6">
        {/* Items with a drawing show it (fetched only once the section is open: lazy images). */}
        {expanded && (
          <div class="space-y-2">
            {sectionParts(section, drawings, docOptions.value).map((part, index) =>
              part.kind === 'figures' ? (
                <div key={index} class="space-y-2">
                  {part.intro && <p>{part.intro}</p>}
                  <LazyFigures figures={part.figures} layout="list" />
                </div>
              ) : part.kind === 'doc' ? (
                <DocView key={index} blocks={part.blocks} />
              ) : null,
            )}
          </div>
        )}
      </div>
    </section>
  );
}
