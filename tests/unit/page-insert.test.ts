// The in-page inserter's decisions, in happy-dom (which has no execCommand, so the
// value-setter fallback is what runs here; real editing commands run in e2e).
// Field states: `ab|c` is a cursor, `a{b}c` a selection.
import { beforeEach, describe, expect, it } from 'vitest';
import { inPage } from '../../utils/insert/page-insert';

const note = { html: '<p>NOTE</p>', text: 'NOTE\n- a' };

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

describe('inPage insert into a textarea', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it.each([
    ['|', 'NOTE\n- a'],
    ['Voor|Na', 'VoorNOTE\n- aNa'],
    ['ab|', 'abNOTE\n- a'],
    ['a{bc}d', 'aNOTE\n- ad'],
  ])('%s → %j', async (state, after) => {
    const field = textarea(state);
    const events: string[] = [];
    field.addEventListener('input', (event) => events.push((event as InputEvent).inputType));
    expect(await inPage({ kind: 'insert', ...note })).toEqual({ ok: true, method: 'valueSetter' });
    expect(field.value).toBe(after);
    // Frameworks (React, Vue, Angular) listen for this event.
    expect(events).toEqual(['insertText']);
  });

  it('refuses a read-only field and changes nothing', async () => {
    const field = textarea('vast|', { readonly: '' });
    expect(await inPage({ kind: 'insert', ...note })).toEqual({ ok: false, reason: 'readonly' });
    expect(field.value).toBe('vast');
  });

  it('puts a single line into an <input>', async () => {
    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    expect(await inPage({ kind: 'insert', ...note })).toMatchObject({ ok: true });
    expect(input.value).toBe('NOTE - a');
  });

  it('says there is no field when nothing editable has the cursor', async () => {
    const button = document.createElement('button');
    document.body.append(button);
    button.focus();
    expect(await inPage({ kind: 'insert', ...note })).toEqual({ ok: false, reason: 'noField' });
    expect(await inPage({ kind: 'probe' })).toMatchObject({ field: 'none', isTop: true });
  });
});
