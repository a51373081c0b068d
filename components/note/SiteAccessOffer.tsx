// After an insertion that worked through a one-off grant: offer to allow the site for
// good (the browser then asks to confirm), or not — once per site.
import { t } from '../../utils/browser/i18n';
import { useModels } from '../models';

export function SiteAccessOffer() {
  const { siteOffer, allowSite, declineSite } = useModels().output;
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
        <button
          type="button"
          onClick={allowSite}
          class="min-h-11 rounded-md bg-teal-700 px-4 font-semibold text-white hover:bg-teal-800 dark:bg-teal-300 dark:text-stone-900"
        >
          {t('siteOfferAllow')}
        </button>
        <button
          type="button"
          onClick={declineSite}
          class="min-h-11 rounded-md border border-stone-400 px-4 font-semibold hover:bg-stone-100 dark:border-stone-500 dark:hover:bg-stone-800"
        >
          {t('siteOfferDecline')}
        </button>
      </div>
    </section>
  );
}
