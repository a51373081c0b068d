// NL/EN switch for the clinical content (the interface follows the browser's language).
import { CONTENT_LANGUAGES } from '../content/schema';
import { t } from '../utils/browser/i18n';
import { useModels } from './models';

export function LanguageSwitch() {
  const { language, setLanguage } = useModels().panel;
  return (
    <fieldset class="flex shrink-0 rounded-md border border-stone-300 dark:border-stone-600">
      <legend class="sr-only">{t('contentLanguageLabel')}</legend>
      {CONTENT_LANGUAGES.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          aria-pressed={language.value === code}
          onClick={() => setLanguage(code)}
          class="min-h-9 min-w-9 px-1.5 text-sm font-semibold uppercase first:rounded-s-md last:rounded-e-md aria-pressed:bg-teal-700 aria-pressed:text-white dark:aria-pressed:bg-teal-300 dark:aria-pressed:text-stone-900"
        >
          {code}
        </button>
      ))}
    </fieldset>
  );
}
