// The choices for a note's options, shared by the Note view and the settings' defaults.
import type { ContentLanguage } from '../../content/schema';
import type { MessageKey } from '../../utils/browser/i18n';
import type { Audience, NoteLayout } from '../../utils/note/note-options';

export const AUDIENCE_CHOICES: readonly (readonly [Audience, MessageKey])[] = [
  ['record', 'audienceRecord'],
  ['patient', 'audiencePatient'],
];

export const LAYOUT_CHOICES: readonly (readonly [NoteLayout, MessageKey])[] = [
  ['soep', 'layoutSoep'],
  ['paragraph', 'layoutParagraph'],
];

export const LANGUAGE_CHOICES: readonly (readonly [ContentLanguage, MessageKey])[] = [
  ['nl', 'languageNl'],
  ['en', 'languageEn'],
];
