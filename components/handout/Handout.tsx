// The patient handout: a plain title, the key points first, the chosen sections with our
// drawings and the pain rule as a picture, a tick-box list for home and the practice's
// "bel ons als…" line. A4 print; the footer on every printed page comes from the page's
// margin boxes (see entrypoints/handout), on screen it closes the page.
import { handoutText } from '../../content/handout-text';
import type { ContentLanguage } from '../../content/schema';
import { t, uiLanguage } from '../../utils/browser/i18n';
import type { HandoutPlan } from '../../utils/handout/handout-plan';
import { Icon } from '../Icon';
import { HandoutSection } from './HandoutSection';
import { HomeChecklist } from './HomeChecklist';
import { KeyPoints } from './KeyPoints';

export interface HandoutProps {
  readonly plan: HandoutPlan;
  readonly language: ContentLanguage;
  readonly practiceName: string;
  /** The practice's optional phone / "bel ons als…" line. */
  readonly contact: string;
  readonly date: string;
}

export function Handout({ plan, language, practiceName, contact, date }: HandoutProps) {
  const text = (key: keyof typeof handoutText) => handoutText[key][language];
  return (
    <main class="mx-auto max-w-[44rem] px-5 py-8 print:max-w-none print:p-0" lang={language}>
      <header class="mb-5 border-b-2 border-teal-700 pb-3 dark:border-teal-300 print:border-black">
        <h1 class="text-3xl leading-tight font-bold">{plan.title}</h1>
        {plan.subtitle && (
          <p class="text-lg text-stone-700 dark:text-stone-300 print:text-black">{plan.subtitle}</p>
        )}
      </header>
      {plan.sections.length === 0 ? (
        <p lang={uiLanguage()}>{t('handoutEmpty')}</p>
      ) : (
        <>
          {plan.keyPoints.length > 0 && (
            <KeyPoints heading={text('keyPointsHeading')} points={plan.keyPoints} />
          )}
          {plan.sections.map((section) => (
            <HandoutSection key={section.id} section={section} painScale={plan.painScale} />
          ))}
          {plan.homeList.length > 0 && (
            <HomeChecklist
              heading={text('homeListHeading')}
              hint={text('homeListHint')}
              items={plan.homeList}
            />
          )}
        </>
      )}
      {contact && (
        <p
          data-testid="practice-contact"
          class="mb-6 flex break-inside-avoid items-start gap-3 rounded-lg border-2 border-stone-500 px-4 py-3 font-semibold whitespace-pre-line print:border-black"
        >
          <Icon name="phone" class="mt-0.5 size-5 shrink-0" />
          <span>{contact}</span>
        </p>
      )}
      <footer
        data-handout-footer
        class="mt-6 border-t border-stone-300 pt-2 text-sm text-stone-700 dark:border-stone-600 dark:text-stone-300 print:hidden"
      >
        {[practiceName, date].filter(Boolean).join(' — ')}
      </footer>
      <button
        type="button"
        lang={uiLanguage()}
        onClick={() => window.print()}
        class="print:hidden mt-4 min-h-11 rounded-md bg-teal-700 px-4 font-semibold text-white hover:bg-teal-800"
      >
        {t('handoutPrint')}
      </button>
    </main>
  );
}
