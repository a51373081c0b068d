// The handout page: reads the session (which advice was given, the note language, the
// practice settings), works out the handout (utils/handout/handout-plan) and renders it
// for printing. The printed footer (practice, date, page n / N) is the page's margin
// boxes, fed by a custom property.
import { render } from 'preact';
import { Handout } from '../../components/handout/Handout';
import { t } from '../../utils/browser/i18n';
import { readSession } from '../../utils/browser/session';
import { cssString } from '../../utils/handout/css-string';
import { handoutPlan } from '../../utils/handout/handout-plan';
import { noteInput } from '../../utils/note/note-input';

async function start() {
  const session = await readSession();
  const input = noteInput({ ...session, chosenOptions: session.noteOptions, date: new Date() });
  const { condition, consult, settings, threshold } = input;
  const { language } = input.options;
  // Without its own words (a chunk that failed to load) the handout still shows the sections.
  const handout = await condition.handout?.().catch(() => undefined);
  const plan = handoutPlan(condition, handout, consult, language, threshold);
  const date = new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long' }).format(
    input.date,
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
    <Handout
      plan={plan}
      language={language}
      practiceName={settings.practiceName}
      contact={settings.practiceContact.trim()}
      date={date}
    />,
    root,
  );
}

void start();
