// Side panel entry: reads settings, policy and the session's state, builds the models
// with the real browser services, and renders the app.
import { computed, effect } from '@preact/signals';
import { render } from 'preact';
import { App } from '../../components/App';
import { ConsultContext } from '../../components/consult-context';
import { NoteContext } from '../../components/note-context';
import { PanelContext } from '../../components/panel-context';
import { SettingsContext } from '../../components/settings-context';
import { defaultCondition } from '../../content';
import { copyRendered } from '../../utils/browser/clipboard';
import { applyUiLanguage, uiLanguage } from '../../utils/browser/i18n';
import { insertNote, targetTabId } from '../../utils/browser/insert-note';
import { readManagedStorage } from '../../utils/browser/managed-storage';
import { previousNoteReadItem } from '../../utils/browser/previous-note-read';
import { askToAllow, isAllowed, tabOrigin } from '../../utils/browser/site-access';
import { openExtensionPage } from '../../utils/browser/tabs';
import { ConsultModel } from '../../utils/consult-model';
import { consultStateItem } from '../../utils/consult-state';
import { lastInsertItem } from '../../utils/insert/last-insert';
import { NoteModel } from '../../utils/note-model';
import { noteOptionsItem } from '../../utils/note-options';
import { PanelModel } from '../../utils/panel-model';
import { FIRST_VIEW, panelStateItem } from '../../utils/panel-state';
import { SettingsModel } from '../../utils/settings-model';
import { parsePolicy } from '../../utils/settings-policy';
import { readableSettings, userSettingsItem } from '../../utils/settings-store';
import { declinedOriginsItem } from '../../utils/site-access';

async function start() {
  const [user, managed, panelState, consult, noteOptions] = await Promise.all([
    userSettingsItem.getValue(),
    readManagedStorage(),
    panelStateItem.getValue(),
    consultStateItem.getValue(),
    noteOptionsItem.getValue(),
  ]);
  const settings = new SettingsModel({
    user: readableSettings(user),
    policy: parsePolicy(managed),
    save: (next) => userSettingsItem.setValue(next),
  });
  userSettingsItem.watch((stored) => settings.storedChanged(readableSettings(stored)));
  const s = settings.effective.peek();
  await applyUiLanguage(s.uiLanguage);
  effect(() => {
    void applyUiLanguage(settings.effective.value.uiLanguage).then(() => {
      document.documentElement.lang = uiLanguage();
    });
  });

  const threshold = computed(() => settings.effective.value.painThreshold);
  const model = new PanelModel({
    initial: panelState ?? { view: FIRST_VIEW, language: s.contentLanguage },
    condition: defaultCondition,
    threshold,
    save: (state) => void panelStateItem.setValue(state),
    copy: copyRendered,
    insert: async (rendered) => {
      const tabId = await targetTabId();
      return tabId === null ? { ok: false, reason: 'noTab' } : insertNote(tabId, rendered);
    },
    siteAccess: {
      targetOrigin: async () => {
        const tabId = await targetTabId();
        return tabId === null ? null : tabOrigin(tabId);
      },
      isAllowed,
      declined: () => declinedOriginsItem.getValue(),
      decline: async (origin) => {
        await declinedOriginsItem.setValue([...(await declinedOriginsItem.getValue()), origin]);
      },
      ask: askToAllow,
    },
  });
  lastInsertItem.watch((last) => {
    if (last) model.showBackgroundInsert(last.result);
  });
  const consultModel = new ConsultModel({
    initial: consult,
    condition: defaultCondition,
    threshold,
    language: model.language,
    save: (state) => void consultStateItem.setValue(state),
    copyDoc: model.copyDoc,
  });
  // A previous note read from the context menu while the panel is open.
  previousNoteReadItem.watch((read) => {
    if (!read) return;
    consultModel.showReading(read.result);
    model.showView('pain');
  });
  const noteModel = new NoteModel({
    initial: noteOptions ?? {
      audience: s.noteAudience,
      layout: s.noteLayout,
      dateLine: s.noteDateLine,
      language: s.contentLanguage,
    },
    condition: defaultCondition,
    consult: consultModel.state,
    threshold,
    practiceText: computed(() => settings.effective.value.practiceText),
    today: () => new Date(),
    save: (options) => void noteOptionsItem.setValue(options),
    copyDoc: model.copyDoc,
    insertDoc: model.insertDoc,
    openHandout: () => openExtensionPage('/handout.html'),
  });
  const root = document.getElementById('app');
  if (!root) return;
  render(
    <SettingsContext.Provider value={settings}>
      <PanelContext.Provider value={model}>
        <ConsultContext.Provider value={consultModel}>
          <NoteContext.Provider value={noteModel}>
            <App />
          </NoteContext.Provider>
        </ConsultContext.Provider>
      </PanelContext.Provider>
    </SettingsContext.Provider>,
    root,
  );
}

void start();
