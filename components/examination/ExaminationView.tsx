// The Examination view: the condition's test battery (an addition to the leaflet, with
// its sources), the side examined once, a result per test, and the stance's seconds.

import { t } from '../../utils/browser/i18n';
import type { ExamSide } from '../../utils/examination/examination-state';
import { Button } from '../Button';
import { ConsultFooter } from '../consult/ConsultFooter';
import { useModels } from '../models';
import { labelled, RadioGroup, type RadioQuestion } from '../RadioGroup';
import { ExamTestRow } from './ExamTestRow';

const EXAM_SIDE: RadioQuestion<ExamSide> = {
  name: 'exam-side',
  legend: 'examSideLegend',
  options: labelled({ left: 'examSideLeft', right: 'examSideRight' }),
};

export function ExaminationView() {
  const { language } = useModels().panel;
  const { condition, state, setExamSide, copyExamination } = useModels().consult;
  const battery = condition.value.examination;
  const lang = language.value;
  if (!battery) return <p>{t('examNoBattery')}</p>;

  return (
    <div>
      <p
        class="rounded-md border-s-4 border-amber-600 bg-amber-50 px-3 py-2 text-[15px] dark:border-amber-400 dark:bg-amber-950"
        lang={lang}
      >
        {battery.addition[lang]}
      </p>

      <div class="mt-3">
        <RadioGroup {...EXAM_SIDE} value={state.value.examination.side} onChange={setExamSide} />
      </div>

      <section aria-labelledby="exam-tests-heading" class="mt-3">
        <h2 id="exam-tests-heading" class="text-base font-semibold">
          {t('examTestsHeading')}
        </h2>
        <ul>
          {battery.tests.map((test) => (
            <ExamTestRow key={test.id} test={test} citations={battery.citations} language={lang} />
          ))}
        </ul>
      </section>

      <details class="mt-3">
        <summary class="min-h-11 cursor-pointer py-2 font-semibold">{t('examSourcesHeading')}</summary>
        <ul class="space-y-2 text-sm" lang="en">
          {battery.citations.map((citation) => (
            <li key={citation.id}>{citation.reference}</li>
          ))}
        </ul>
      </details>

      <ConsultFooter>
        <Button look="primary" grow onClick={() => void copyExamination()}>
          {t('copyExamination')}
        </Button>
      </ConsultFooter>
    </div>
  );
}
