// The handout page: reads which advice was given, the note language and the practice
// settings, and renders the handout for printing.
import { render } from 'preact';
import { Handout } from '../../components/handout/Handout';
import { defaultCondition } from '../../content';
import { adviceGivenDocs } from '../../utils/advice-given';
import { t } from '../../utils/browser/i18n';
import { readManagedStorage } from '../../utils/browser/managed-storage';
import { consultStateItem } from '../../utils/consult-state';
import { noteOptionsItem } from '../../utils/note-options';
import { effectiveSettings, parsePolicy } from '../../utils/settings-policy';
import { readableSettings, userSettingsItem } from '../../utils/settings-store';

async function start() {
  const [consult, options, user, managed] = await Promise.all([
    consultStateItem.getValue(),
    noteOptionsItem.getValue(),
    userSettingsItem.getValue(),
    readManagedStorage(),
  ]);
  const settings = effectiveSettings(readableSettings(user), parsePolicy(managed));
  const language = options?.language ?? settings.contentLanguage;
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
