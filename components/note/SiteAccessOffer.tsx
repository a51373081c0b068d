// After an insertion that worked through a one-off grant: offer to allow the site for
// good (the browser then asks to confirm), or not — once per site.
import { t } from '../../utils/browser/i18n';
import { Button } from '../Button';
import { useModels } from '../models';

export function SiteAccessOffer() {
  const { siteOffer, allowSite, declineSite } = useModels().insert;
  const origin = siteOffer.value;
  if (!origin) return null;
  return (
    <section
      aria-label={t('siteOfferAllow')}
      data-testid="site-offer"
      class="rounded-md border border-teal-700 px-3 py-2 dark:border-teal-300"
    >
      <p>{t('siteOfferText', origin)}</p>
      <div class="mt-2 flex flex-wrap gap-2">
        <Button look="primary" onClick={allowSite}>
          {t('siteOfferAllow')}
        </Button>
        <Button onClick={declineSite}>{t('siteOfferDecline')}</Button>
      </div>
    </section>
  );
}
