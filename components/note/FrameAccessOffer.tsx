// The focused field is in a frame of another site that Heupwijzer may not reach yet:
// name that site and offer to allow it (the browser asks to confirm), then insert.
import { t } from '../../utils/browser/i18n';
import { usePanel } from '../panel-context';

export function FrameAccessOffer() {
  const { frameOffer, allowFrame } = usePanel();
  const origin = frameOffer.value;
  if (!origin) return null;
  return (
    <section
      aria-label={t('frameOfferAllow', origin)}
      data-testid="frame-offer"
      class="rounded-md border border-teal-700 px-3 py-2 dark:border-teal-300"
    >
      <p>{t('insertFrameNoAccess', origin)}</p>
      <button
        type="button"
        onClick={allowFrame}
        class="mt-2 min-h-11 rounded-md bg-teal-700 px-4 font-semibold text-white hover:bg-teal-800 dark:bg-teal-300 dark:text-stone-900"
      >
        {t('frameOfferAllow', origin)}
      </button>
    </section>
  );
}
