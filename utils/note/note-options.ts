// How the note is composed: for whom, in which language and layout, with or without a
// date line. Not patient data; remembered for the browser session once changed, until
// then the practice's note defaults in settings.
import type { ContentLanguage } from '../../content/schema';
import type { Settings } from '../settings/settings-schema';

export type Audience = Settings['noteAudience'];
export type NoteLayout = Settings['noteLayout'];

export interface NoteOptions {
  readonly audience: Audience;
  readonly language: ContentLanguage;
  readonly layout: NoteLayout;
  readonly dateLine: boolean;
}

/** The options in effect: this session's choice, else the settings' defaults. */
export function noteOptionsFrom(chosen: NoteOptions | null | undefined, settings: Settings): NoteOptions {
  return (
    chosen ?? {
      audience: settings.noteAudience,
      layout: settings.noteLayout,
      dateLine: settings.noteDateLine,
      language: settings.contentLanguage,
    }
  );
}
