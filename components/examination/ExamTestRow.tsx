// One test of the battery: its name, how to do it (folded), and positive / negative /
// not done as one row of radio buttons (arrow keys move between them).
import { useState } from 'preact/hooks';
import type { Citation, ContentLanguage, ExaminationTest } from '../../content/schema';
import { type MessageKey, t } from '../../utils/browser/i18n';
import type { ExamResult } from '../../utils/examination/examination-state';
import { useModels } from '../models';
import { SlsSeconds } from './SlsSeconds';

type Choice = ExamResult | 'not-done';
const CHOICES: readonly (readonly [Choice, MessageKey])[] = [
  ['positive', 'examPositive'],
  ['negative', 'examNegative'],
  ['not-done', 'examNotDone'],
];

const CHOICE =
  'flex min-h-11 cursor-pointer items-center justify-center rounded-md border border-stone-400 px-1 text-center text-sm font-semibold peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-teal-600 dark:border-stone-500';
// A result stands out; "not done" (the default) is marked quietly.
const RESULT_CHECKED =
  'peer-checked:border-teal-700 peer-checked:bg-teal-700 peer-checked:text-white dark:peer-checked:border-teal-300 dark:peer-checked:bg-teal-300 dark:peer-checked:text-stone-900';
const NOT_DONE_CHECKED =
  'peer-checked:border-stone-600 peer-checked:bg-stone-200 dark:peer-checked:border-stone-300 dark:peer-checked:bg-stone-700';

export function ExamTestRow(props: {
  test: ExaminationTest;
  citations: readonly Citation[];
  language: ContentLanguage;
}) {
  const { test, language } = props;
  const { state, setExamResult } = useModels().consult;
  const [open, setOpen] = useState(false);
  const chosen: Choice = state.value.examination.results[test.id] ?? 'not-done';
  const id = `exam-${test.id}`;
  const name = test.name[language];
  const sources = props.citations.filter((c) => test.sources.includes(c.id)).map((c) => c.short);

  return (
    <li class="border-b border-stone-200 py-2 dark:border-stone-700">
      <div class="flex items-start justify-between gap-2">
        <h3 id={id} class="min-w-0 py-2 font-semibold" lang={language}>
          {name}
        </h3>
        <button
          type="button"
          aria-expanded={open}
          aria-controls={`${id}-how`}
          aria-label={t('examHow', name)}
          onClick={() => setOpen(!open)}
          class="min-h-11 shrink-0 rounded-md px-3 text-sm font-medium text-teal-800 underline hover:bg-teal-50 dark:text-teal-200 dark:hover:bg-teal-950"
        >
          {t('examHowShort')}
        </button>
      </div>
      <div id={`${id}-how`} hidden={!open} class="mb-2 space-y-1 text-[15px]" lang={language}>
        <p>{test.how[language]}</p>
        <p>
          <span class="font-semibold">{t('examPositiveIf')}:</span> {test.positive[language]}
        </p>
        {test.evidence && <p>{test.evidence[language]}</p>}
        <p class="text-sm text-stone-600 dark:text-stone-300">
          {t('examSource')}: {sources.join(', ')}
        </p>
      </div>
      <div role="radiogroup" aria-labelledby={id} class="grid grid-cols-3 gap-1">
        {CHOICES.map(([value, label]) => (
          <label key={value} class="relative">
            <input
              type="radio"
              name={id}
              value={value}
              checked={chosen === value}
              onChange={() => setExamResult(test.id, value === 'not-done' ? null : value)}
              class="peer sr-only"
            />
            <span class={`${CHOICE} ${value === 'not-done' ? NOT_DONE_CHECKED : RESULT_CHECKED}`}>
              {t(label)}
            </span>
          </label>
        ))}
      </div>
      {test.timed && <SlsSeconds testId={id} />}
    </li>
  );
}
