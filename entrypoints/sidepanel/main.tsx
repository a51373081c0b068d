// Side panel entry: reads the session's panel state, builds the model with the real
// browser services, and renders the app.
import { signal } from '@preact/signals';
import { render } from 'preact';
import { App } from '../../components/App';
import { ConsultContext } from '../../components/consult-context';
import { NoteContext } from '../../components/note-context';
import { PanelContext } from '../../components/panel-context';
import { defaultCondition } from '../../content';
import { copyRendered } from '../../utils/browser/clipboard';
import { uiLanguage } from '../../utils/browser/i18n';
import { openExtensionPage } from '../../utils/browser/tabs';
import { ConsultModel } from '../../utils/consult-model';
import { consultStateItem } from '../../utils/consult-state';
import { NoteModel } from '../../utils/note-model';
import { noteOptionsItem } from '../../utils/note-options';
import { PanelModel } from '../../utils/panel-model';
import { panelStateItem } from '../../utils/panel-state';

async function start() {
  document.documentElement.lang = uiLanguage();
  const [initial, consult, noteOptions] = await Promise.all([
    panelStateItem.getValue(),
    consultStateItem.getValue(),
    noteOptionsItem.getValue(),
  ]);
  const model = new PanelModel({
    initial,
    condition: defaultCondition,
    save: (state) => void panelStateItem.setValue(state),
    copy: copyRendered,
  });
  const consultModel = new ConsultModel({
    initial: consult,
    condition: defaultCondition,
    threshold: model.threshold,
    language: model.language,
    save: (state) => void consultStateItem.setValue(state),
    copyDoc: model.copyDoc,
  });
  const noteModel = new NoteModel({
    initial: noteOptions,
    condition: defaultCondition,
    consult: consultModel.state,
    threshold: model.threshold,
    practiceText: signal(''), // from settings, with the settings issue
    today: () => new Date(),
    save: (options) => void noteOptionsItem.setValue(options),
    copyDoc: model.copyDoc,
    openHandout: () => openExtensionPage('/handout.html'),
  });
  const root = document.getElementById('app');
  if (!root) return;
  render(
    <PanelContext.Provider value={model}>
      <ConsultContext.Provider value={consultModel}>
        <NoteContext.Provider value={noteModel}>
          <App />
        </NoteContext.Provider>
      </ConsultContext.Provider>
    </PanelContext.Provider>,
    root,
  );
}

void start();
