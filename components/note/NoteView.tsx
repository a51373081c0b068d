// The note composer: what was given, the options, a live preview with its character
// count, and Copy / patient handout in the sticky footer.
import { t } from '../../utils/browser/i18n';
import { ConsultFooter, PrimaryButton } from '../consult/ConsultFooter';
import { DocView } from '../DocView';
import { useNote } from '../note-context';
import { AdvicePicker } from './AdvicePicker';
import { ConsultAge } from './ConsultAge';
import { FrameAccessOffer } from './FrameAccessOffer';
import { NoteOptionsForm } from './NoteOptionsForm';
import { SiteAccessOffer } from './SiteAccessOffer';

export function NoteView() {
  const { doc, rendered, options, copyNote, insertNote, openHandout } = useNote();
  return (
    <div class="space-y-5">
      <AdvicePicker />
      <NoteOptionsForm />
      <section aria-labelledby="note-preview-heading">
        <div class="mb-1 flex items-baseline justify-between gap-2">
          <h2 id="note-preview-heading" class="text-base font-semibold">
            {t('previewHeading')}
          </h2>
          <span class="text-sm text-stone-600 tabular-nums dark:text-stone-400" data-testid="char-count">
            {t('charCount', String(rendered.value.text.length))}
          </span>
        </div>
        <div
          class="rounded-md border border-stone-300 bg-stone-50 px-3 py-2 dark:border-stone-600 dark:bg-stone-800"
          lang={options.value.language}
          data-testid="note-preview"
        >
          <DocView blocks={doc.value} />
        </div>
      </section>
      <ConsultAge />
      <FrameAccessOffer />
      <SiteAccessOffer />
      <ConsultFooter>
        <PrimaryButton onClick={() => void copyNote()}>{t('copyNote')}</PrimaryButton>
        <PrimaryButton onClick={() => void insertNote()}>{t('insertNote')}</PrimaryButton>
        <button
          type="button"
          onClick={openHandout}
          class="min-h-11 rounded-md border border-stone-400 px-4 font-semibold text-teal-800 hover:bg-teal-50 dark:border-stone-500 dark:text-teal-200 dark:hover:bg-teal-950"
        >
          {t('openHandout')}
        </button>
      </ConsultFooter>
    </div>
  );
}
