// Copying to the clipboard, announced: what the first view (a leaflet section) needs.
// Inserting is utils/panel/insert-model.ts, loaded with the consult views. The browser
// work is passed in, so tests can give fakes.
import { action, createModel } from '@preact/signals';
import type { MessageKey } from '../browser/i18n';
import type { Doc, Rendered } from '../doc/doc';
import { renderDoc } from '../doc/render-doc';
import type { AnnouncementDetails } from './panel-model';

export interface OutputServices {
  readonly announce: (key: MessageKey, details?: AnnouncementDetails) => void;
  readonly copy: (rendered: Rendered) => Promise<{ ok: boolean }>;
}

export const OutputModel = createModel(({ announce, copy }: OutputServices) => ({
  copyDoc: action(async (doc: Doc) => {
    const result = await copy(renderDoc(doc));
    announce(result.ok ? 'copied' : 'copyFailed');
  }),
}));

export type OutputModel = InstanceType<typeof OutputModel>;
