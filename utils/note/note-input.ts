// What a note is composed from, built in one place for the panel's Note view and the
// background's menu and shortcut, so both compose exactly the same note. A new input
// (examination findings, outcome measures) is a field of the consult or of the settings
// and reaches the composer through here without new wiring.
import type { Condition } from '../../content/schema';
import type { ConsultState } from '../consult/consult-state';
import { painThreshold } from '../consult/threshold';
import type { Settings } from '../settings/settings-schema';
import { type NoteOptions, noteOptionsFrom } from './note-options';

export interface NoteSources {
  readonly condition: Condition;
  readonly consult: ConsultState;
  /** This session's note options; null until changed, then the settings' defaults apply. */
  readonly chosenOptions: NoteOptions | null;
  readonly settings: Settings;
  readonly date: Date;
}

export interface NoteInput {
  readonly condition: Condition;
  readonly consult: ConsultState;
  readonly options: NoteOptions;
  readonly settings: Settings;
  /** The pain threshold in effect (settings, else the condition's default). */
  readonly threshold: number;
  readonly date: Date;
}

export function noteInput({ condition, consult, chosenOptions, settings, date }: NoteSources): NoteInput {
  return {
    condition,
    consult,
    settings,
    date,
    options: noteOptionsFrom(chosenOptions, settings),
    threshold: painThreshold(condition, settings),
  };
}
