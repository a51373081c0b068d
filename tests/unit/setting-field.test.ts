// A settings field the therapist is typing in keeps its text when another setting is
// saved (every field re-renders then), and shows the practice's value once it is locked.
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ModelsContext } from '../../components/models';
import { SettingField } from '../../components/settings/SettingField';
import { SETTING_ROWS } from '../../components/settings/setting-rows';
import { SettingsModel } from '../../utils/settings/settings-model';
import { NO_POLICY, parsePolicy } from '../../utils/settings/settings-policy';

const CONTACT = '#setting-practice-contact';
const MINUTES = '#setting-stale-consult-minutes';

function mount(key: 'practiceContact' | 'staleConsultMinutes' = 'practiceContact') {
  const save = vi.fn(async () => {});
  const settings = new SettingsModel({ user: {}, policy: NO_POLICY, save });
  const row = SETTING_ROWS.find((r) => r.key === key);
  if (!row) throw new Error(`no ${key} row`);
  const root = document.createElement('div');
  document.body.append(root);
  act(() =>
    render(h(ModelsContext.Provider, { value: { settings } as never }, h(SettingField, { row })), root),
  );
  const field = root.querySelector<HTMLTextAreaElement>(key === 'practiceContact' ? CONTACT : MINUTES);
  if (!field) throw new Error(`no ${key} field`);
  return { settings, field, save };
}

/** Typed, not yet left: the field has focus and text, nothing is saved. */
function typeWithoutLeaving(field: HTMLTextAreaElement, text: string) {
  act(() => {
    field.focus();
    field.dispatchEvent(new FocusEvent('focus'));
  });
  field.value = text;
}

/** Leaves the field (Tab, a click elsewhere). */
function leave(field: HTMLElement) {
  act(() => {
    field.blur();
    field.dispatchEvent(new FocusEvent('blur'));
  });
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

  it('a number is saved once, on leaving the field, not at every arrow step', () => {
    const { settings, field, save } = mount('staleConsultMinutes');
    typeWithoutLeaving(field, '61');
    // Each step of a held arrow key fires `change` in Chromium (storage.sync allows 120 writes a minute).
    for (const step of ['61', '62', '63']) {
      field.value = step;
      act(() => {
        field.dispatchEvent(new Event('change', { bubbles: true }));
      });
    }
    expect(save).not.toHaveBeenCalled();
    leave(field);
    expect(save).toHaveBeenCalledTimes(1);
    expect(settings.effective.value.staleConsultMinutes).toBe(63);
  });

  it('Enter saves a number and keeps the field', () => {
    const { settings, field, save } = mount('staleConsultMinutes');
    typeWithoutLeaving(field, '90');
    act(() => {
      field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    expect(save).toHaveBeenCalledTimes(1);
    expect(settings.effective.value.staleConsultMinutes).toBe(90);
  });

  it('leaving a number unchanged saves nothing; a refused one typed back to the saved value loses its message', () => {
    const { settings, field, save } = mount('staleConsultMinutes');
    typeWithoutLeaving(field, '60');
    leave(field);
    expect(save).not.toHaveBeenCalled();
    typeWithoutLeaving(field, '2.5');
    leave(field);
    expect(settings.refused.value).toEqual(['staleConsultMinutes']);
    typeWithoutLeaving(field, '60');
    leave(field);
    expect(settings.refused.value).toEqual([]);
  });
});
