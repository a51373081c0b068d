// The handout page: reads which advice was given and the note language from the
// session, and renders the handout for printing.
import { render } from 'preact';
import { Handout } from '../../components/handout/Handout';
import { defaultCondition } from '../../content';
import { adviceGivenDocs } from '../../utils/advice-given';
import { t } from '../../utils/browser/i18n';
import { consultStateItem } from '../../utils/consult-state';
import { noteOptionsItem } from '../../utils/note-options';

async function start() {
  const [consult, options] = await Promise.all([consultStateItem.getValue(), noteOptionsItem.getValue()]);
  const { language } = options;
  const condition = defaultCondition;
  document.documentElement.lang = language;
  document.title = `${t('handoutTitle')} — ${condition.name[language]}`;
  const root = document.getElementById('app');
  if (!root) return;
  render(
    <Handout
      condition={condition}
      language={language}
      sections={adviceGivenDocs(condition, consult, language, condition.painRule.defaultThreshold)}
      practiceName=""
      date={new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long' }).format(
        new Date(),
      )}
    />,
    root,
  );
}

void start();
