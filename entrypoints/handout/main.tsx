// The handout page: reads which advice was given, the note language and the practice
// settings, and renders the handout for printing.
import { render } from 'preact';
import { Handout } from '../../components/handout/Handout';
import { t } from '../../utils/browser/i18n';
import { readSession } from '../../utils/browser/session';
import { adviceGivenDocs } from '../../utils/consult/advice-given';
import { noteInput } from '../../utils/note/note-input';

async function start() {
  const session = await readSession();
  const input = noteInput({ ...session, chosenOptions: session.noteOptions, date: new Date() });
  const { condition, consult, settings, threshold, date } = input;
  const { language } = input.options;
  document.documentElement.lang = language;
  document.title = `${t('handoutTitle')} — ${condition.name[language]}`;
  const root = document.getElementById('app');
  if (!root) return;
  render(
    <Handout
      condition={condition}
      language={language}
      sections={adviceGivenDocs(condition, consult, language, threshold)}
      practiceName={settings.practiceName}
      date={new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long' }).format(
        date,
      )}
    />,
    root,
  );
}

void start();
