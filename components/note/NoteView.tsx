// The note composer: what was given, the options, a live preview with its character
// count, and Copy / patient handout in the sticky footer. The preview shows the note as
// it is pasted (lists one level deep).
import { t } from '../../utils/browser/i18n';
import { flatDoc } from '../../utils/doc/render-doc';
import { Button } from '../Button';
import { ConsultFooter } from '../consult/ConsultFooter';
import { DocView } from '../DocView';
import { useModels } from '../models';
import { AdvicePicker } from './AdvicePicker';
import { ConsultAge } from './ConsultAge';
import { FrameAccessOffer } from './FrameAccessOffer';
import { NoteOptionsForm } from './NoteOptionsForm';
import { SiteAccessOffer } from './SiteAccessOffer';

export function NoteView() {
  const { doc, rendered, options, copyNote, insertNote, openHandout } = useModels().note;
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
          <DocView blocks={flatDoc(doc.value)} />
        </div>
      </section>
      <ConsultAge />
      <FrameAccessOffer />
      <SiteAccessOffer />
      <ConsultFooter>
        <Button look="primary" grow onClick={() => void copyNote()}>
          {t('copyNote')}
        </Button>
        <Button look="primary" grow onClick={() => void insertNote()}>
          {t('insertNote')}
        </Button>
        <Button onClick={openHandout}>{t('openHandout')}</Button>
      </ConsultFooter>
    </div>
  );
}
