// The page objects find a control by role and the name a user reads on it; a wrong match
// would make every e2e step act on the wrong thing, so the finder is tested on its own.
import { beforeEach, describe, expect, it } from 'vitest';
import { markControl, type Name, type Role, toPage } from '../../dev/find-control';

const find = (role: Role, name: Name) => markControl({ role, name: toPage(name), token: 't' });
const marked = () => document.querySelector('[data-e2e-target="t"]');

beforeEach(() => {
  document.body.innerHTML = `
    <label><input type="checkbox" id="bmi" checked /> <span>Hoge   BMI</span></label>
    <input type="checkbox" id="diabetes" /><label for="diabetes">Diabetes</label>
    <button aria-label="Instellingen"><svg></svg></button>
    <h2 id="h">Pijncheck</h2><button aria-labelledby="h">x</button>
    <button>Kopieer notitie</button><button>Kopieer notitie</button>
    <div hidden><button>Verborgen</button></div>
    <label for="name">Naam van de praktijk</label><input id="name" />
    <label><input type="radio" name="a" /> Nee</label>`;
});

describe('finding a control by role and visible name', () => {
  it('names a box by its label, wrapping or pointing at it, with whitespace folded', () => {
    expect(find('checkbox', 'Hoge BMI')).toEqual({ count: 1, checked: true, labelled: true });
    expect(marked()?.id).toBe('bmi');
    expect(document.querySelector('[data-e2e-target="t-label"]')?.textContent).toContain('Hoge');
    expect(find('checkbox', 'Diabetes')).toEqual({ count: 1, checked: false, labelled: true });
    expect(marked()?.id).toBe('diabetes');
  });

  it('names by aria-label and aria-labelledby before the text', () => {
    expect(find('button', 'Instellingen')).toMatchObject({ count: 1 });
    expect(find('button', 'Pijncheck')).toMatchObject({ count: 1 });
    expect(find('button', 'x')).toBe(null);
  });

  it('matches exactly, or by a pattern', () => {
    expect(find('checkbox', 'Hoge')).toBe(null);
    expect(find('checkbox', /^Hoge/)).toMatchObject({ count: 1 });
    expect(find('field', /praktijk/)).toMatchObject({ count: 1 });
    expect(find('radio', 'Nee')).toMatchObject({ count: 1, checked: false });
  });

  it('skips what is hidden, counts what is ambiguous, and only answers yes or no when probing', () => {
    expect(find('button', 'Verborgen')).toBe(null);
    expect(find('button', 'Kopieer notitie')).toMatchObject({ count: 2 });
    expect(markControl({ role: 'button', name: toPage('Verborgen'), token: 't', probe: true })).toBe(false);
    expect(markControl({ role: 'tab', name: toPage('x'), token: 't', probe: true })).toBe(false);
    expect(markControl({ role: 'checkbox', name: toPage('Diabetes'), token: 't', probe: true })).toBe(true);
  });

  it('leaves one mark: the previous one is taken away', () => {
    find('checkbox', 'Hoge BMI');
    find('checkbox', 'Diabetes');
    expect(document.querySelectorAll('[data-e2e-target]')).toHaveLength(2); // the box and its label
    expect(marked()?.id).toBe('diabetes');
  });
});
