// The plain-field inserter's decisions in happy-dom. happy-dom has no editing commands,
// so `execCommand` is played by a stand-in that behaves like Chromium's insertText
// (replaces the selection, cuts at maxlength, fires input); real browsers run in e2e.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertIntoPlainField } from '../../utils/insert/page/plain-field';

let cutTo: number | null = null; // a field that takes only this many characters of the note

beforeEach(() => {
  document.body.innerHTML = '';
  cutTo = null;
  const history: string[] = [];
  Object.assign(document, {
    execCommand: (name: string, _ui: boolean, value: string) => {
      const field = document.activeElement as HTMLTextAreaElement;
      if (name === 'undo') {
        field.value = history.pop() ?? field.value;
        return true;
      }
      history.push(field.value);
      const text = cutTo === null ? value : value.slice(0, cutTo);
      field.setRangeText(text, field.selectionStart, field.selectionEnd, 'end');
      field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
      return true;
    },
  });
});

afterEach(() => {
  Reflect.deleteProperty(document, 'execCommand');
});

function textarea(state: string, attributes: Record<string, string> = {}) {
  const field = document.createElement('textarea');
  for (const [name, value] of Object.entries(attributes)) field.setAttribute(name, value);
  document.body.append(field);
  const cursor = state.indexOf('|');
  const [start, end] = cursor >= 0 ? [cursor, cursor] : [state.indexOf('{'), state.indexOf('}') - 1];
  field.value = state.replace(/[|{}]/g, '');
  field.focus();
  field.setSelectionRange(start, end);
  return field;
}

describe('insertIntoPlainField', () => {
  it('keeps a selection and puts the note after it, and says so', () => {
    const field = textarea('Voor {geselecteerd} Na');
    expect(insertIntoPlainField(field, 'NOTE')).toEqual({
      ok: true,
      method: 'insertText',
      afterSelection: true,
    });
    expect(field.value).toBe('Voor geselecteerdNOTE Na');
  });

  it('refuses a note longer than the room left, touching nothing', () => {
    const field = textarea('abc|', { maxlength: '10' });
    const events: string[] = [];
    field.addEventListener('beforeinput', () => events.push('beforeinput'));
    field.addEventListener('input', () => events.push('input'));
    expect(insertIntoPlainField(field, 'a note of 21 letters.')).toEqual({
      ok: false,
      reason: 'tooLong',
      limit: 10,
      free: 7,
      length: 21,
    });
    expect(field.value).toBe('abc');
    expect(events).toEqual([]);
  });

  it('asks the page first: a cancelled beforeinput is a refusal and the field stays as it was', () => {
    const field = textarea('ondertekend|');
    field.addEventListener('beforeinput', (event) => event.preventDefault());
    expect(insertIntoPlainField(field, 'NOTE')).toEqual({ ok: false, reason: 'pageRefused' });
    expect(field.value).toBe('ondertekend');
  });

  it('takes back a note the field took only part of', () => {
    const field = textarea('ab|');
    cutTo = 2;
    expect(insertIntoPlainField(field, 'NOTE')).toEqual({ ok: false, reason: 'partial', restored: true });
    expect(field.value).toBe('ab');
  });

  it('refuses a read-only field and changes nothing', () => {
    const field = textarea('vast|', { readonly: '' });
    expect(insertIntoPlainField(field, 'NOTE')).toEqual({ ok: false, reason: 'readonly' });
    expect(field.value).toBe('vast');
  });

  it('puts a single line into an <input>', () => {
    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    expect(insertIntoPlainField(input, 'NOTE\n- a')).toMatchObject({ ok: true });
    expect(input.value).toBe('NOTE - a');
  });
});
