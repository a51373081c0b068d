// The previous note, read back: pasted here, dropped on the panel or sent from the
// context menu. Shows "Vorige notitie (19-11-2026)" with the values read; text without
// Heupwijzer values gives a message and changes nothing.
import { useState } from 'preact/hooks';
import type { ContentLanguage, OutcomeMeasures } from '../../content/schema';
import { t } from '../../utils/browser/i18n';
import { formatNoteDate } from '../../utils/progress/note-dates';
import { gpeText, loadResponseText, measureLineText } from '../../utils/progress/note-lines';
import type { NoteRecord } from '../../utils/progress/visit-measures';
import { Button } from '../Button';
import { useModels } from '../models';

function recordLines(record: NoteRecord, measures: OutcomeMeasures, lang: ContentLanguage): string[] {
  const lines = record.lines.map((line) => measureLineText(line, null, measures, lang));
  if (record.gpe !== null) lines.push(gpeText(record.gpe, measures, lang));
  if (record.loadResponse !== null) lines.push(loadResponseText(record.loadResponse, measures, lang));
  return lines;
}

export function PreviousNoteBox() {
  const { language } = useModels().panel;
  const { condition, state, lastReading, readPreviousNote, forgetPreviousNote } = useModels().consult;
  const [text, setText] = useState('');
  const measures = condition.value.measures;
  if (!measures) return null;
  const lang = language.value;
  const previous = state.value.previousNote;
  const reading = lastReading.value;
  const read = () => {
    if (readPreviousNote(text).ok) setText('');
  };
  const status = !reading
    ? ''
    : reading.ok
      ? t('previousNoteRead', formatNoteDate(reading.record.date, lang))
      : t(reading.reason === 'empty' ? 'previousNoteEmpty' : 'previousNoteNoValues');

  return (
    <section
      aria-labelledby="previous-note-heading"
      class="rounded-md border border-stone-300 px-3 py-2 dark:border-stone-600"
      data-testid="previous-note"
    >
      <h3 id="previous-note-heading" class="font-semibold">
        {previous ? t('previousNoteRead', formatNoteDate(previous.date, lang)) : t('previousNoteHeading')}
      </h3>
      {previous && (
        <>
          <ul class="mt-1 list-disc ps-5 text-sm" lang={lang} data-testid="previous-values">
            {recordLines(previous, measures, lang).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <Button onClick={forgetPreviousNote} class="mt-2">
            {t('forgetPreviousNote')}
          </Button>
        </>
      )}
      <details open={!previous} class="mt-2">
        <summary class="min-h-9 cursor-pointer py-1 text-sm font-medium">{t('previousNoteLabel')}</summary>
        <textarea
          id="previous-note-text"
          aria-label={t('previousNoteLabel')}
          rows={3}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
          class="mt-1 block w-full rounded-md border border-stone-400 bg-white px-2 py-1 text-sm dark:border-stone-500 dark:bg-stone-900"
        />
        <p class="mt-1 text-sm text-stone-600 dark:text-stone-400">{t('previousNoteHint')}</p>
        <Button onClick={read} class="mt-2">
          {t('readPreviousNote')}
        </Button>
      </details>
      {/* Said aloud either way; on screen only when nothing was read (the heading shows success). */}
      <p role="status" class={reading?.ok ? 'sr-only' : 'mt-2 text-sm font-medium empty:hidden'}>
        {status}
      </p>
    </section>
  );
}
