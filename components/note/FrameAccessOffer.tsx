// The focused field is in a frame of another site that Heupwijzer may not reach yet:
// name that site and offer to allow it (the browser asks to confirm), then insert.
import { t } from '../../utils/browser/i18n';
import { Button } from '../Button';
import { useModels } from '../models';

export function FrameAccessOffer() {
  const { frameOffer, allowFrame } = useModels().insert;
  const origin = frameOffer.value;
  if (!origin) return null;
  return (
    <section
      aria-label={t('frameOfferAllow', origin)}
      data-testid="frame-offer"
      class="rounded-md border border-teal-700 px-3 py-2 dark:border-teal-300"
    >
      <p>{t('insertFrameNoAccess', origin)}</p>
      <div class="mt-2">
        <Button look="primary" onClick={allowFrame} aria-label={t('frameOfferAllow', origin)}>
          {t('frameOfferButton')}
        </Button>
      </div>
    </section>
  );
}
