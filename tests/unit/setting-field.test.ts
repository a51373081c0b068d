// A settings field the therapist is typing in keeps its text when another setting is
// saved (every field re-renders then), and shows the practice's value once it is locked.
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ModelsContext } from '../../components/models';
import { SettingField } from '../../components/settings/SettingField';
import { SETTING_ROWS } from '../../components/settings/setting-rows';
import { SettingsModel } from '../../utils/settings/settings-model';
import { NO_POLICY, parsePolicy } from '../../utils/settings/settings-policy';

const CONTACT = '#setting-practice-contact';

function mount() {
  const settings = new SettingsModel({ user: {}, policy: NO_POLICY, save: async () => {} });
  const row = SETTING_ROWS.find((r) => r.key === 'practiceContact');
  if (!row) throw new Error('no practiceContact row');
  const root = document.createElement('div');
  document.body.append(root);
  act(() =>
    render(h(ModelsContext.Provider, { value: { settings } as never }, h(SettingField, { row })), root),
  );
  const field = root.querySelector<HTMLTextAreaElement>(CONTACT);
  if (!field) throw new Error('no contact field');
  return { settings, field };
}

/** Typed, not yet left: the field has focus and text, nothing is saved. */
function typeWithoutLeaving(field: HTMLTextAreaElement, text: string) {
  act(() => {
    field.focus();
    field.dispatchEvent(new FocusEvent('focus'));
  });
  field.value = text;
}

beforeEach(() => {
  fakeBrowser.i18n.getMessage = ((key: string) => key) as typeof fakeBrowser.i18n.getMessage;
});
afterEach(() => {
  document.body.replaceChildren();
});

describe('a settings field being typed in', () => {
  it('keeps its text when another setting is saved', () => {
    const { settings, field } = mount();
    typeWithoutLeaving(field, 'Vragen? Bel ons.');
    act(() => settings.storedChanged({ settings: { practiceName: 'Fysio De Heup' }, problems: [] }));
    expect(field.value).toBe('Vragen? Bel ons.');
  });

  it('shows the practice value, and is disabled, once the practice locks it', () => {
    const { settings, field } = mount();
    typeWithoutLeaving(field, 'Vragen? Bel ons.');
    act(() => settings.policyArrived(parsePolicy({ locked: { practiceContact: 'Bel 010 123 45 67.' } })));
    expect(field.disabled).toBe(true);
    expect(field.value).toBe('Bel 010 123 45 67.');
  });
});
