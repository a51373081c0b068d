// The side panel: a sticky top bar (views, content language) above the open view.
import { useEffect } from 'preact/hooks';
import { t } from '../utils/browser/i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { LiveRegion } from './LiveRegion';
import { useModels } from './models';
import { NoteDropTarget } from './progress/NoteDropTarget';
import { tabId, tabPanelId, ViewTabs } from './ViewTabs';
import { viewComponent } from './view-component';
import { views } from './views';

export function App() {
  const { panel, consultReady, loadConsult } = useModels();
  const current = views.find((v) => v.id === panel.view.value) ?? views[0];
  const needsConsult = !current?.beforeSession;
  // A consult view shows once the consult's code is loaded and the session's consult read.
  useEffect(() => {
    if (needsConsult) loadConsult().catch(() => undefined);
  }, [needsConsult, loadConsult]);
  if (!current) return null;
  // null for a moment while a view's chunk loads (a few ms from the extension's files).
  const View = viewComponent(current);
  return (
    <div class="min-h-screen">
      <header class="sticky top-0 z-10 flex items-start justify-between gap-x-1 border-b border-stone-200 bg-white/95 px-2 py-2 backdrop-blur dark:border-stone-700 dark:bg-stone-900/95">
        <h1 class="sr-only">{t('extName')}</h1>
        <ViewTabs />
        <LanguageSwitch />
      </header>
      <main class="px-3 pt-3 pb-16">
        <div id={tabPanelId(current.id)} role="tabpanel" aria-labelledby={tabId(current.id)}>
          {View && (!needsConsult || consultReady.value) && <View />}
        </div>
      </main>
      <LiveRegion />
      <NoteDropTarget />
    </div>
  );
}
