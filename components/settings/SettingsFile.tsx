// Export the settings to a JSON file, import them from one; the outcome is announced,
// and a rejected file lists exactly what is wrong.
import { t } from '../../utils/browser/i18n';
import { Button, buttonClass } from '../Button';
import { useModels } from '../models';

const button = buttonClass('secondary');

export function SettingsFile() {
  const { notice, exportText, importText } = useModels().settings;
  const current = notice.value;

  const download = () => {
    const url = URL.createObjectURL(new Blob([exportText()], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'heupwijzer-instellingen.json';
    link.click();
    URL.revokeObjectURL(url);
  };

  return (
    <section class="space-y-2 border-t border-stone-200 pt-4 dark:border-stone-700">
      <div class="flex flex-wrap gap-2">
        <Button onClick={download}>{t('exportSettings')}</Button>
        <label class={`${button} flex cursor-pointer items-center`}>
          {t('importSettings')}
          <input
            type="file"
            accept="application/json,.json"
            class="sr-only"
            data-testid="import-settings"
            onChange={async (event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file) await importText(await file.text());
            }}
          />
        </label>
      </div>
      <div role="status" aria-live="polite" data-testid="settings-notice">
        {current && (
          <div
            class={
              current.kind === 'error'
                ? 'rounded-md border border-red-700 px-3 py-2 text-red-900 dark:border-red-300 dark:text-red-200'
                : 'rounded-md border border-teal-700 px-3 py-2 dark:border-teal-300'
            }
          >
            <p>{t(current.key)}</p>
            {current.kind === 'error' && current.error?.reason === 'invalid' && (
              <ul class="ms-5 list-disc">
                {current.error.problems.map((problem, index) => (
                  <li key={`${index}:${problem.path}`}>
                    <code>{problem.path}</code>: {problem.message}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
