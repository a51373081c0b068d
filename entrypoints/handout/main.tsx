// The handout page: reads which advice was given, the note language and the practice
// settings, and renders the handout for printing.
import { render } from 'preact';
import { Handout } from '../../components/handout/Handout';
import { defaultCondition } from '../../content';
import { t } from '../../utils/browser/i18n';
import { readStoredConsult } from '../../utils/browser/stored-consult';
import { adviceGivenDocs } from '../../utils/consult/advice-given';

async function start() {
  const { consult, options, settings } = await readStoredConsult();
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
      sections={adviceGivenDocs(condition, consult, language, settings.painThreshold)}
      practiceName={settings.practiceName}
      date={new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long' }).format(
        new Date(),
      )}
    />,
    root,
  );
}

void start();
