// Side panel entry: wires the session's models into the app and shows it at once, onto
// the first view prerendered in sidepanel.html; the session fills the models as storage
// answers (utils/browser/panel-session.ts).
import { App } from '../../components/App';
import { ModelsContext } from '../../components/models';
import { uiLanguage } from '../../utils/browser/i18n';
import { startPanelSession } from '../../utils/browser/panel-session';
import { showPanel } from './prerendered-root';

const root = document.getElementById('app');
if (root) {
  showPanel(
    <ModelsContext.Provider value={startPanelSession()}>
      <App />
    </ModelsContext.Provider>,
    root,
    uiLanguage(),
  );
}
