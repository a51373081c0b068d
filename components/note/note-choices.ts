// The choices for a note's options, shared by the Note view and the settings' defaults.
import type { PainThreshold } from '../../content/pain-threshold';
import type { ContentLanguage } from '../../content/schema';
import type { MessageKey } from '../../utils/browser/i18n';
import type { Audience, NoteLayout } from '../../utils/note-options';

export const AUDIENCE_CHOICES: readonly (readonly [Audience, MessageKey])[] = [
  ['record', 'audienceRecord'],
  ['patient', 'audiencePatient'],
];

export const LAYOUT_CHOICES: readonly (readonly [NoteLayout, MessageKey])[] = [
  ['soep', 'layoutSoep'],
  ['soap', 'layoutSoap'],
  ['paragraph', 'layoutParagraph'],
];

export const LANGUAGE_CHOICES: readonly (readonly [ContentLanguage, MessageKey])[] = [
  ['nl', 'languageNl'],
  ['en', 'languageEn'],
];

/** The leaflet's 4, or 5 with its source (the pain-monitoring model, Silbernagel 2007). */
export const PAIN_THRESHOLD_CHOICES: readonly (readonly [PainThreshold, MessageKey])[] = [
  [4, 'painThresholdLeaflet'],
  [5, 'painThresholdModel'],
];
