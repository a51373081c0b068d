// The note's options, folded away under a summary of what is chosen. The layout applies
// to the record; a patient note is always paragraphs with plain headings.
import { type MessageKey, t } from '../../utils/browser/i18n';
import type { NoteLayout, NoteOptions } from '../../utils/note/note-options';
import { useModels } from '../models';
import { RadioGroup, type RadioQuestion } from '../RadioGroup';
import { AUDIENCE_CHOICES, LANGUAGE_CHOICES, LAYOUT_CHOICES } from './note-choices';

const LAYOUT_KEYS = Object.fromEntries(LAYOUT_CHOICES) as Record<NoteLayout, MessageKey>;
type Chosen = 'audience' | 'layout' | 'language';
/** The options chosen with radio buttons, each its question. */
const QUESTIONS: { readonly [K in Chosen]: RadioQuestion<NoteOptions[K]> } = {
  audience: { name: 'note-audience', legend: 'audienceLegend', options: AUDIENCE_CHOICES },
  layout: { name: 'note-layout', legend: 'layoutLegend', options: LAYOUT_CHOICES },
  language: { name: 'note-language', legend: 'noteLanguageLegend', options: LANGUAGE_CHOICES },
};

export function NoteOptionsForm() {
  const { options, setOptions } = useModels().note;
  const o = options.value;
  const ask = <K extends Chosen>(key: K) => (
    <RadioGroup<NoteOptions[K]>
      {...QUESTIONS[key]}
      value={o[key]}
      onChange={(value) => setOptions({ [key]: value })}
    />
  );
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
        {ask('audience')}
        {o.audience === 'record' ? (
          ask('layout')
        ) : (
          <p class="px-2 text-sm text-stone-600 dark:text-stone-400">{t('patientLayoutNote')}</p>
        )}
        {ask('language')}
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
