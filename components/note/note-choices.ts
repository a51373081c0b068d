// The words for the note options' choices, shared by the Note view and the settings'
// defaults. The choices themselves (and their order) come from the settings schema.
import type { ContentLanguage } from '../../content/schema';
import type { MessageKey } from '../../utils/browser/i18n';
import type { Audience, NoteLayout } from '../../utils/note/note-options';
import { choicesOf, type SettingKey, type Settings } from '../../utils/settings/settings-schema';

export const AUDIENCE_LABELS: Readonly<Record<Audience, MessageKey>> = {
  record: 'audienceRecord',
  patient: 'audiencePatient',
};
export const LAYOUT_LABELS: Readonly<Record<NoteLayout, MessageKey>> = {
  soep: 'layoutSoep',
  soap: 'layoutSoap',
  paragraph: 'layoutParagraph',
};
export const LANGUAGE_LABELS: Readonly<Record<ContentLanguage, MessageKey>> = {
  nl: 'languageNl',
  en: 'languageEn',
};

/** A picklist setting's choices with their labels, for a RadioGroup. */
export function labelledChoices<K extends SettingKey>(
  key: K,
  labels: Readonly<Record<Settings[K] & string, MessageKey>>,
): readonly (readonly [Settings[K] & string, MessageKey])[] {
  return (choicesOf(key) as (Settings[K] & string)[]).map((value) => [value, labels[value]] as const);
}

export const AUDIENCE_CHOICES = labelledChoices('noteAudience', AUDIENCE_LABELS);
export const LAYOUT_CHOICES = labelledChoices('noteLayout', LAYOUT_LABELS);
export const LANGUAGE_CHOICES = labelledChoices('contentLanguage', LANGUAGE_LABELS);
