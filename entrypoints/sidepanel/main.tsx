// Side panel entry: wires the session's models into the app and renders at once; the
// session fills the models as storage answers (utils/browser/panel-session.ts).
import { render } from 'preact';
import { App } from '../../components/App';
import { ModelsContext } from '../../components/models';
import { startPanelSession } from '../../utils/browser/panel-session';

const root = document.getElementById('app');
if (root) {
  render(
    <ModelsContext.Provider value={startPanelSession()}>
      <App />
    </ModelsContext.Provider>,
    root,
  );
}
