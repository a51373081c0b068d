// The Settings view as a table: one row per setting, in screen order. The control comes
// from the setting's schema (choices → radio buttons, yes/no → checkbox, number, text);
// a row only names its words. A new setting is a line in utils/settings/settings-schema.ts,
// a row here and its words in both messages.json.
import type { MessageKey } from '../../utils/browser/i18n';
import type { SettingKey, Settings } from '../../utils/settings/settings-schema';
import { AUDIENCE_LABELS, LANGUAGE_LABELS, LAYOUT_LABELS } from '../note/note-choices';

export interface SettingRow<K extends SettingKey = SettingKey> {
  readonly key: K;
  readonly label: MessageKey;
  readonly hint?: MessageKey;
  /** The words for a choice setting's values (the values come from the schema). */
  readonly choices?: Readonly<Record<`${Settings[K] & (string | number)}`, MessageKey>>;
  /** A choice as a drop-down instead of radio buttons; a text over several lines. */
  readonly as?: 'select' | 'textarea';
  /** Consecutive rows with the same group share a fieldset with this legend. */
  readonly group?: MessageKey;
}

const row = <K extends SettingKey>(settingRow: SettingRow<K>) => settingRow as unknown as SettingRow;
const noteDefaults = 'settingsNoteDefaults';

export const SETTING_ROWS: readonly SettingRow[] = [
  row({
    key: 'uiLanguage',
    label: 'settingsUiLanguage',
    as: 'select',
    choices: { browser: 'uiLanguageBrowser', nl: 'uiLanguageNl', en: 'uiLanguageEn' },
  }),
  row({ key: 'contentLanguage', label: 'settingsContentLanguage', choices: LANGUAGE_LABELS }),
  row({
    key: 'painThreshold',
    label: 'settingsPainThreshold',
    hint: 'settingsPainThresholdHint',
    as: 'select',
    choices: { 4: 'painThresholdLeaflet', 5: 'painThresholdModel' },
  }),
  row({ key: 'noteAudience', label: 'audienceLegend', choices: AUDIENCE_LABELS, group: noteDefaults }),
  row({ key: 'noteLayout', label: 'layoutLegend', choices: LAYOUT_LABELS, group: noteDefaults }),
  row({ key: 'noteDateLine', label: 'dateLineLabel', group: noteDefaults }),
  row({ key: 'practiceName', label: 'settingsPracticeName' }),
  row({ key: 'practiceText', label: 'settingsPracticeText', as: 'textarea' }),
  row({ key: 'staleConsultMinutes', label: 'settingsStaleConsult', hint: 'settingsStaleConsultHint' }),
];
