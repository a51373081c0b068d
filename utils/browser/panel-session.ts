// The side panel's session: builds the models with the real browser services, and fills
// them as storage answers — never before the first paint. Saving starts only once the
// session's own state is read, so the defaults on screen never overwrite it. Settings
// stay unchangeable until policy is known (settings-model.ts).
import { batch, effect } from '@preact/signals';
import { conditions } from '../../content';
import { lastInsertItem } from '../insert/last-insert';
import { createModels, type Models } from '../panel/models';
import { checkSettings } from '../settings/settings-problems';
import { copyRendered } from './clipboard';
import { applyUiLanguage, uiLanguage } from './i18n';
import { readPolicy, readSessionState, readUserSettings } from './session';
import { askToAllow, isAllowed, tabOrigin } from './site-access';
import {
  consultChangedAtItem,
  consultStateItem,
  declinedOriginsItem,
  noteOptionsItem,
  panelStateItem,
  previousNoteReadItem,
  userSettingsItem,
} from './storage';
import { openExtensionPage } from './tabs';

/** Marked when clinic policy is known (storage.managed answers late right after start). */
export const POLICY_MARK = 'heupwijzer:policy';

// Inserting (and finding the EHR tab) loads with the first Insert, not with the panel.
const inserting = () => import('./insert-note');

export function startPanelSession(): Models {
  let restored = false;
  // The consult models come later (when a consult view is first wanted): they save only
  // once they hold the session's consult, never their empty start over it.
  let consultRestored = false;
  /** `save`, once `ready()`: before that a model holds its empty start, not the session. */
  const after =
    (ready: () => boolean) =>
    <T>(save: (value: T) => unknown) =>
    (value: T) => {
      if (ready()) void save(value);
    };
  const once = after(() => restored);
  const onceConsult = after(() => consultRestored);
  const sessionState = readSessionState();
  const models = createModels({
    conditions,
    saveSettings: (user) => userSettingsItem.setValue(user),
    savePanel: once((state) => panelStateItem.setValue(state)),
    saveConsult: onceConsult((state) => consultStateItem.setValue(state)),
    saveConsultChangedAt: (at) => void consultChangedAtItem.setValue(at),
    saveNoteOptions: onceConsult((options) => noteOptionsItem.setValue(options)),
    copy: copyRendered,
    insert: async (rendered) => {
      const { insertNote, targetTabId } = await inserting();
      const tabId = await targetTabId();
      return tabId === null ? { ok: false, reason: 'noTab' } : insertNote(tabId, rendered);
    },
    siteAccess: {
      targetOrigin: async () => {
        const tabId = await (await inserting()).targetTabId();
        return tabId === null ? null : tabOrigin(tabId);
      },
      isAllowed,
      declined: () => declinedOriginsItem.getValue(),
      decline: async (origin) => {
        await declinedOriginsItem.setValue([...(await declinedOriginsItem.getValue()), origin]);
      },
      ask: askToAllow,
    },
    openHandout: () => openExtensionPage('/handout.html'),
    today: () => new Date(),
    // Read again: the context menu may have changed the consult since the panel opened.
    restoreConsult: async ({ consult, note }) => {
      const state = await readSessionState();
      batch(() => {
        consult.restore(state.consult, state.consultChangedAt);
        note.restore(state.noteOptions);
      });
      consultRestored = true;
    },
  });
  const { panel, settings } = models;

  void readUserSettings().then(settings.storedChanged);
  void readPolicy().then((policy) => {
    settings.policyArrived(policy);
    performance.mark(POLICY_MARK); // `npm run bench`: how long policy keeps Settings waiting
  });
  void sessionState.then((state) => {
    restored = true;
    panel.restore(state.panel);
  });
  userSettingsItem.watch((stored) => settings.storedChanged(checkSettings(stored)));
  lastInsertItem.watch((last) => {
    if (last) void models.loadConsult().then(({ insert }) => insert.showBackgroundInsert(last));
  });
  // A previous note read from the context menu while the panel is open.
  previousNoteReadItem.watch((read) => {
    if (!read) return;
    void models.loadConsult().then(({ consult }) => consult.showReading(read.result));
    panel.showView('pain');
  });
  effect(() => {
    void applyUiLanguage(settings.effective.value.uiLanguage).then(() => {
      document.documentElement.lang = uiLanguage();
    });
  });
  return models;
}
