// The panel's first view as HTML, rendered at build time (scripts/build/prerender-panel.ts)
// with the same components and models the panel starts with — defaults, before storage
// answers — so sidepanel.html paints text before any script runs, and the app's first
// render (main.tsx) matches it.
import { renderToString } from 'preact-render-to-string';
import { App } from '../../components/App';
import { ModelsContext } from '../../components/models';
import { conditions } from '../../content';
import { type Messages, setUiMessages } from '../../utils/browser/i18n';
import { createModels } from '../../utils/panel/models';

const never = () => new Promise<never>(() => undefined);
const nothing = () => undefined;

/** The first view in one interface language, as the panel renders it before storage answers. */
export function prerenderPanel(uiLanguage: string, messages: Messages): string {
  setUiMessages(uiLanguage, messages);
  const models = createModels({
    conditions,
    saveSettings: never,
    savePanel: nothing,
    saveConsult: nothing,
    saveNoteOptions: nothing,
    copy: never,
    insert: never,
    siteAccess: { targetOrigin: never, isAllowed: never, declined: never, decline: never, ask: never },
    openHandout: nothing,
    today: () => new Date(0),
  });
  return renderToString(
    <ModelsContext.Provider value={models}>
      <App />
    </ModelsContext.Provider>,
  );
}
