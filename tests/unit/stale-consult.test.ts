// An old consult is asked about before the menu or shortcut inserts it; the panel shows
// how old the consult is.
import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { glutealTendinopathy as condition } from '../../content/gluteal-tendinopathy';
import { ConsultModel } from '../../utils/consult-model';
import { EMPTY_CONSULT } from '../../utils/consult-state';
import { consultAgeMinutes, staleMinutes } from '../../utils/insert/stale-consult';

const MIN = 60_000;
const ticked = { ...EMPTY_CONSULT, riskFactors: ['high-bmi'] };

describe('staleMinutes', () => {
  it.each([
    ['changed 61 minutes ago', ticked, 61, 61],
    ['changed exactly 60 minutes ago', ticked, 60, null],
    ['changed 5 minutes ago', ticked, 5, null],
    ['an empty consult, however old', EMPTY_CONSULT, 500, null],
  ] as const)('%s → %s', (_name, consult, ago, expected) => {
    const now = 1_000_000_000;
    expect(staleMinutes(consult, now - ago * MIN, now)).toBe(expected);
  });

  it('follows the practice setting and knows no age when the consult never changed', () => {
    expect(staleMinutes(ticked, 0, 31 * MIN, 30)).toBe(31);
    expect(staleMinutes(ticked, null, 1e12)).toBeNull();
    expect(consultAgeMinutes(null, 5)).toBeNull();
    expect(consultAgeMinutes(0, 90 * MIN + 59_000)).toBe(90);
  });
});

describe('ConsultModel remembers when the consult last changed', () => {
  it('on a tick, on "Nieuwe patiënt" and on its undo — not on opening the panel', () => {
    let now = 1000;
    const saved: number[] = [];
    const model = new ConsultModel({
      initial: ticked,
      condition,
      threshold: signal(4),
      language: signal('nl'),
      save: () => undefined,
      copyDoc: async () => undefined,
      changedAt: 500,
      saveChangedAt: (at) => saved.push(at),
      now: () => now,
    });
    expect(model.changedAt.value).toBe(500);
    expect(saved).toEqual([]);
    now = 2000;
    model.toggleFactor('age');
    now = 3000;
    model.newPatient();
    now = 4000;
    model.undoNewPatient();
    expect(saved).toEqual([2000, 3000, 4000]);
    expect(model.changedAt.value).toBe(4000);
  });
});
