// Practice settings: languages, note defaults, pain threshold, practice name and text,
// with export and import as a JSON file. Values locked by clinic policy are shown, not
// editable.
import { t } from '../../utils/browser/i18n';
import type { Audience, NoteLayout } from '../../utils/note/note-options';
import { useModels } from '../models';
import { AUDIENCE_CHOICES, LANGUAGE_CHOICES, LAYOUT_CHOICES } from '../note/note-choices';
import { RadioGroup } from '../RadioGroup';
import { SettingField, useLocked } from './SettingField';
import { SettingsFile } from './SettingsFile';

const input =
  'min-h-11 w-full rounded-md border border-stone-400 bg-white px-3 disabled:bg-stone-100 disabled:text-stone-600 dark:border-stone-500 dark:bg-stone-800 dark:disabled:bg-stone-700 dark:disabled:text-stone-300';

export function SettingsView() {
  const { effective, set, policy } = useModels().settings;
  const policyProblems = policy.value.problems;
  const s = effective.value;
  const locked = {
    uiLanguage: useLocked('uiLanguage'),
    painThreshold: useLocked('painThreshold'),
    practiceName: useLocked('practiceName'),
    practiceText: useLocked('practiceText'),
  };
  return (
    <div class="space-y-5">
      {policyProblems.length > 0 && (
        <div
          role="alert"
          data-testid="policy-problems"
          class="rounded-md border border-red-700 px-3 py-2 text-red-900 dark:border-red-300 dark:text-red-200"
        >
          <p>{t('policyInvalid')}</p>
          <ul class="ms-5 list-disc">
            {policyProblems.map((problem) => (
              <li key={problem.path}>
                <code>{problem.path}</code>: {problem.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <SettingField name="uiLanguage">
        <label for="setting-ui-language" class="block font-semibold">
          {t('settingsUiLanguage')}
        </label>
        <select
          id="setting-ui-language"
          class={input}
          value={s.uiLanguage}
          disabled={locked.uiLanguage}
          onChange={(e) => void set('uiLanguage', e.currentTarget.value as 'browser' | 'nl' | 'en')}
        >
          <option value="browser">{t('uiLanguageBrowser')}</option>
          <option value="nl" lang="nl">
            Nederlands
          </option>
          <option value="en" lang="en">
            English
          </option>
        </select>
      </SettingField>

      <SettingField name="contentLanguage">
        <RadioGroup<'nl' | 'en'>
          name="setting-content-language"
          legend="settingsContentLanguage"
          options={LANGUAGE_CHOICES}
          value={s.contentLanguage}
          disabled={useLocked('contentLanguage')}
          onChange={(value) => void set('contentLanguage', value)}
        />
      </SettingField>

      <SettingField name="painThreshold">
        <label for="setting-pain-threshold" class="block font-semibold">
          {t('settingsPainThreshold')}
        </label>
        <input
          id="setting-pain-threshold"
          type="number"
          min={0}
          max={10}
          step={1}
          class={input}
          value={s.painThreshold}
          disabled={locked.painThreshold}
          aria-describedby="setting-pain-threshold-hint"
          onChange={(e) => void set('painThreshold', e.currentTarget.valueAsNumber)}
        />
        <p id="setting-pain-threshold-hint" class="text-sm text-stone-600 dark:text-stone-400">
          {t('settingsPainThresholdHint')}
        </p>
      </SettingField>

      <fieldset class="space-y-3">
        <legend class="mb-1 text-base font-semibold">{t('settingsNoteDefaults')}</legend>
        <SettingField name="noteAudience">
          <RadioGroup<Audience>
            name="setting-note-audience"
            legend="audienceLegend"
            options={AUDIENCE_CHOICES}
            value={s.noteAudience}
            disabled={useLocked('noteAudience')}
            onChange={(value) => void set('noteAudience', value)}
          />
        </SettingField>
        <SettingField name="noteLayout">
          <RadioGroup<NoteLayout>
            name="setting-note-layout"
            legend="layoutLegend"
            options={LAYOUT_CHOICES}
            value={s.noteLayout}
            disabled={useLocked('noteLayout')}
            onChange={(value) => void set('noteLayout', value)}
          />
        </SettingField>
        <SettingField name="noteDateLine">
          <label class="flex min-h-11 items-center gap-3 px-2">
            <input
              type="checkbox"
              checked={s.noteDateLine}
              disabled={useLocked('noteDateLine')}
              onChange={() => void set('noteDateLine', !s.noteDateLine)}
              class="size-5 accent-teal-700 dark:accent-teal-300"
            />
            {t('dateLineLabel')}
          </label>
        </SettingField>
      </fieldset>

      <SettingField name="practiceName">
        <label for="setting-practice-name" class="block font-semibold">
          {t('settingsPracticeName')}
        </label>
        <input
          id="setting-practice-name"
          type="text"
          maxLength={100}
          class={input}
          value={s.practiceName}
          disabled={locked.practiceName}
          onChange={(e) => void set('practiceName', e.currentTarget.value)}
        />
      </SettingField>

      <SettingField name="practiceText">
        <label for="setting-practice-text" class="block font-semibold">
          {t('settingsPracticeText')}
        </label>
        <textarea
          id="setting-practice-text"
          rows={3}
          maxLength={500}
          class={`${input} py-2`}
          value={s.practiceText}
          disabled={locked.practiceText}
          onChange={(e) => void set('practiceText', e.currentTarget.value)}
        />
      </SettingField>

      <SettingsFile />
    </div>
  );
}
