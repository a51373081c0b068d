// The note's options, folded away under a summary of what is chosen.
import { CONTENT_LANGUAGES, type ContentLanguage } from '../../content/schema';
import { t } from '../../utils/browser/i18n';
import type { Audience, NoteLayout } from '../../utils/note-options';
import { useNote } from '../note-context';
import { RadioGroup } from '../RadioGroup';

export function NoteOptionsForm() {
  const { options, setOptions } = useNote();
  const o = options.value;
  const summary = [
    t(o.audience === 'record' ? 'audienceRecord' : 'audiencePatient'),
    t(o.layout === 'soep' ? 'layoutSoep' : 'layoutParagraph'),
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
          options={[
            ['record', 'audienceRecord'],
            ['patient', 'audiencePatient'],
          ]}
          value={o.audience}
          onChange={(audience) => setOptions({ audience })}
        />
        <RadioGroup<NoteLayout>
          name="note-layout"
          legend="layoutLegend"
          options={[
            ['soep', 'layoutSoep'],
            ['paragraph', 'layoutParagraph'],
          ]}
          value={o.layout}
          onChange={(layout) => setOptions({ layout })}
        />
        <fieldset>
          <legend class="mb-1 font-semibold">{t('noteLanguageLegend')}</legend>
          <div class="flex gap-2">
            {CONTENT_LANGUAGES.map((code: ContentLanguage) => (
              <label key={code} class="flex min-h-11 cursor-pointer items-center gap-2 rounded-md px-2">
                <input
                  type="radio"
                  name="note-language"
                  value={code}
                  checked={o.language === code}
                  onChange={() => setOptions({ language: code })}
                  class="size-5 accent-teal-700 dark:accent-teal-300"
                />
                {code.toUpperCase()}
              </label>
            ))}
          </div>
        </fieldset>
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
