// Side panel entry: reads the session's panel state, builds the model with the real
// browser services, and renders the app.
import { render } from 'preact';
import { App } from '../../components/App';
import { PanelContext } from '../../components/panel-context';
import { defaultCondition } from '../../content';
import { copyRendered } from '../../utils/browser/clipboard';
import { uiLanguage } from '../../utils/browser/i18n';
import { PanelModel } from '../../utils/panel-model';
import { panelStateItem } from '../../utils/panel-state';

async function start() {
  document.documentElement.lang = uiLanguage();
  const initial = await panelStateItem.getValue();
  const model = new PanelModel({
    initial,
    condition: defaultCondition,
    save: (state) => void panelStateItem.setValue(state),
    copy: copyRendered,
  });
  const root = document.getElementById('app');
  if (!root) return;
  render(
    <PanelContext.Provider value={model}>
      <App />
    </PanelContext.Provider>,
    root,
  );
}

void start();
