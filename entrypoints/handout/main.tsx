// The handout page: reads which advice was given, the note language and the practice
// settings, works out the handout (utils/handout-plan) and renders it for printing. The
// printed footer (practice, date, page n / N) is the page's margin boxes, fed by a custom
// property.
import { render } from 'preact';
import { Handout } from '../../components/handout/Handout';
import { defaultCondition } from '../../content';
import { t } from '../../utils/browser/i18n';
import { readStoredConsult } from '../../utils/browser/stored-consult';
import { cssString } from '../../utils/css-string';
import { handoutPlan } from '../../utils/handout-plan';

async function start() {
  const condition = defaultCondition;
  const [{ consult, options, settings }, handout] = await Promise.all([
    readStoredConsult(),
    // Without its own words (a chunk that failed to load) the handout still shows the sections.
    condition.handout?.().catch(() => undefined),
  ]);
  const { language } = options;
  const plan = handoutPlan(condition, handout, consult, language, settings.painThreshold);
  const date = new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long' }).format(
    new Date(),
  );
  document.documentElement.lang = language;
  document.title = `${t('handoutTitle')} — ${plan.title}`;
  // Browsers without @page margin boxes (Firefox) print the page's own closing line instead.
  if (!('CSSMarginRule' in window)) document.documentElement.classList.add('print-footer-inline');
  document.documentElement.style.setProperty(
    '--handout-footer',
    cssString([settings.practiceName, date].filter(Boolean).join(' — ')),
  );
  const root = document.getElementById('app');
  if (!root) return;
  render(
    <Handout plan={plan} language={language} practiceName={settings.practiceName} contact="" date={date} />,
    root,
  );
}

void start();
