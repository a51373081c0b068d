// The one session loader, for the panel, the handout and the background: reads the
// settings, the clinic's policy and the session's consult, panel state and note options
// once, validates them, and gives whole values. Policy comes on its own: storage.managed
// does not answer until ~2 s after the browser starts, and the panel must not wait.
import { conditions, defaultCondition } from '../../content';
import type { Condition, ConditionEntry } from '../../content/schema';
import type { ConsultState } from '../consult/consult-state';
import { loadCondition } from '../consult/load-condition';
import type { NoteOptions } from '../note/note-options';
import type { PanelState } from '../panel/panel-state';
import { effectiveSettings, type Policy, parsePolicy } from '../settings/settings-policy';
import { type Checked, checkSettings } from '../settings/settings-problems';
import type { Settings } from '../settings/settings-schema';
import { readManagedStorage } from './managed-storage';
import {
  consultChangedAtItem,
  consultStateItem,
  noteOptionsItem,
  panelStateItem,
  userSettingsItem,
} from './storage';

/** What this browser session has kept (storage.session). */
export interface SessionState {
  readonly panel: PanelState | null;
  readonly consult: ConsultState;
  /** null until the clinician changed them: then the settings' defaults apply. */
  readonly noteOptions: NoteOptions | null;
  /** When the consult last changed; null when it did not this session. */
  readonly consultChangedAt: number | null;
}

/** The therapist's stored settings: valid entries kept, the rest reported (one bad key drops only itself). */
export async function readUserSettings(): Promise<Checked> {
  return checkSettings(await userSettingsItem.getValue());
}

export async function readPolicy(): Promise<Policy> {
  return parsePolicy(await readManagedStorage());
}

export async function readSessionState(): Promise<SessionState> {
  const [panel, consult, noteOptions, consultChangedAt] = await Promise.all([
    panelStateItem.getValue(),
    consultStateItem.getValue(),
    noteOptionsItem.getValue(),
    consultChangedAtItem.getValue(),
  ]);
  return { panel, consult, noteOptions, consultChangedAt };
}

export function conditionOf(
  panel: PanelState | null,
  known: readonly ConditionEntry[] = conditions,
): ConditionEntry {
  return known.find((condition) => condition.id === panel?.condition) ?? defaultCondition;
}

export interface Session extends SessionState {
  readonly settings: Settings;
  readonly condition: Condition;
}

/** Everything at once, for pages that may wait for policy (the handout, the background). */
export async function readSession(): Promise<Session> {
  const [user, policy, state] = await Promise.all([readUserSettings(), readPolicy(), readSessionState()]);
  return {
    ...state,
    settings: effectiveSettings(user.settings, policy),
    condition: await loadCondition(conditionOf(state.panel)),
  };
}
