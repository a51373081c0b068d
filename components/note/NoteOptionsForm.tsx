// The note's options, folded away under a summary of what is chosen. The layout applies
// to the record; a patient note is always paragraphs with plain headings.
import type { ContentLanguage } from '../../content/schema';
import { type MessageKey, t } from '../../utils/browser/i18n';
import type { Audience, NoteLayout } from '../../utils/note/note-options';
import { useModels } from '../models';
import { RadioGroup } from '../RadioGroup';
import { AUDIENCE_CHOICES, LANGUAGE_CHOICES, LAYOUT_CHOICES } from './note-choices';

const LAYOUT_KEYS = Object.fromEntries(LAYOUT_CHOICES) as Record<NoteLayout, MessageKey>;

export function NoteOptionsForm() {
  const { options, setOptions } = useModels().note;
  const o = options.value;
  const summary = [
    t(o.audience === 'record' ? 'audienceRecord' : 'audiencePatient'),
    t(o.audience === 'patient' ? 'layoutParagraph' : LAYOUT_KEYS[o.layout]),
    o.language.toUpperCase(),
    ...(o.dateLine ? [t('dateLineLabel')] : []),
  ].join(' · ');
  return (
    <details class="rounded-md border border-stone-300 dark:border-stone-600">
      <summary class="flex min-h-11 cursor-pointer items-center gap-2 px-3 font-semibold">
        {t('noteOptionsSummary')}: <span class="font-normal">{summary}</span>
      </summary>
      <div class="space-y-3 px-3 pb-3">
        <RadioGroup<Audience>
          name="note-audience"
          legend="audienceLegend"
          options={AUDIENCE_CHOICES}
          value={o.audience}
          onChange={(audience) => setOptions({ audience })}
        />
        {o.audience === 'record' ? (
          <RadioGroup<NoteLayout>
            name="note-layout"
            legend="layoutLegend"
            options={LAYOUT_CHOICES}
            value={o.layout}
            onChange={(layout) => setOptions({ layout })}
          />
        ) : (
          <p class="px-2 text-sm text-stone-600 dark:text-stone-400">{t('patientLayoutNote')}</p>
        )}
        <RadioGroup<ContentLanguage>
          name="note-language"
          legend="noteLanguageLegend"
          options={LANGUAGE_CHOICES}
          value={o.language}
          onChange={(language) => setOptions({ language })}
        />
        <label class="flex min-h-11 cursor-pointer items-center gap-3 px-2">
          <input
            type="checkbox"
            checked={o.dateLine}
            onChange={() => setOptions({ dateLine: !o.dateLine })}
            class="size-5 accent-teal-700 dark:accent-teal-300"
          />
          {t('dateLineLabel')}
        </label>
      </div>
    </details>
  );
}
