// The patient handout: the advice chosen in the consult, in the patient's language,
// with the practice name and the date, ready to print on A4 or save as PDF.
import type { Condition, ContentLanguage } from '../../content/schema';
import { t } from '../../utils/browser/i18n';
import type { Doc } from '../../utils/doc/doc';
import { DocView } from '../DocView';

export interface HandoutProps {
  readonly condition: Condition;
  readonly language: ContentLanguage;
  readonly sections: readonly Doc[];
  readonly practiceName: string;
  readonly date: string;
}

export function Handout({ condition, language, sections, practiceName, date }: HandoutProps) {
  return (
    <main class="mx-auto max-w-[44rem] px-6 py-8 print:p-0" lang={language}>
      <header class="mb-6 border-b-2 border-teal-700 pb-3 dark:border-teal-300">
        {practiceName && <p class="text-sm font-semibold text-teal-800 dark:text-teal-200">{practiceName}</p>}
        <h1 class="text-2xl font-bold">{condition.name[language]}</h1>
        <p class="text-sm text-stone-600 dark:text-stone-400">{date}</p>
      </header>
      {sections.length === 0 ? (
        <p lang={undefined}>{t('handoutEmpty')}</p>
      ) : (
        sections.map((doc) => (
          <section key={doc[0]?.type === 'heading' ? doc[0].text : ''} class="mb-5 break-inside-avoid">
            <DocView blocks={doc} heading="h2" />
          </section>
        ))
      )}
      <button
        type="button"
        onClick={() => window.print()}
        class="print:hidden mt-4 min-h-11 rounded-md bg-teal-700 px-4 font-semibold text-white hover:bg-teal-800"
      >
        {t('handoutPrint')}
      </button>
    </main>
  );
}
