// The panel's first view as HTML, rendered at build time (scripts/build/prerender-panel.ts)
// with the same components and default state the panel starts with, so sidepanel.html
// paints text before any script runs and main.tsx hydrates it without a flash.
import { signal } from '@preact/signals';
import { renderToString } from 'preact-render-to-string';
import { App } from '../../components/App';
import { PanelContext } from '../../components/panel-context';
import { defaultCondition } from '../../content';
import { type Messages, setUiMessages } from '../../utils/browser/i18n';
import { PanelModel } from '../../utils/panel-model';
import { FIRST_VIEW } from '../../utils/panel-state';
import { DEFAULT_SETTINGS } from '../../utils/settings-schema';

const never = () => new Promise<never>(() => undefined);

/** The first view in one interface language, as the panel renders it before storage answers. */
export function prerenderPanel(uiLanguage: string, messages: Messages): string {
  setUiMessages(uiLanguage, messages);
  const model = new PanelModel({
    initial: { view: FIRST_VIEW, language: DEFAULT_SETTINGS.contentLanguage },
    condition: defaultCondition,
    threshold: signal(DEFAULT_SETTINGS.painThreshold),
    save: () => undefined,
    copy: never,
    insert: never,
    siteAccess: { targetOrigin: never, isAllowed: never, declined: never, decline: never, ask: never },
  });
  return renderToString(
    <PanelContext.Provider value={model}>
      <App />
    </PanelContext.Provider>,
  );
}
