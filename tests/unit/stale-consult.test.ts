// An old consult is asked about before the menu or shortcut inserts it; the panel shows
// how old the consult is.
import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { ConsultModel } from '../../utils/consult/consult-model';
import { EMPTY_CONSULT } from '../../utils/consult/consult-state';
import { consultAgeMinutes, staleMinutes } from '../../utils/insert/stale-consult';
import { effectiveSettings, lockedKeys, NO_POLICY, parsePolicy } from '../../utils/settings/settings-policy';
import { glutealTendinopathy as condition } from './support/loaded-condition';

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
    expect(staleMinutes(consult, now - ago * MIN, now, 60)).toBe(expected);
  });

  it('follows the practice setting and knows no age when the consult never changed', () => {
    expect(staleMinutes(ticked, 0, 31 * MIN, 30)).toBe(31);
    expect(staleMinutes(ticked, null, 1e12, 60)).toBeNull();
    expect(consultAgeMinutes(null, 5)).toBeNull();
    expect(consultAgeMinutes(0, 90 * MIN + 59_000)).toBe(90);
  });
});

describe('ConsultModel remembers when the consult last changed', () => {
  it('on a tick, on "Nieuwe patiënt" and on its undo — not on opening the panel', () => {
    let now = 1000;
    const saved: number[] = [];
    const model = new ConsultModel({
      condition: signal(condition),
      threshold: signal(4),
      language: signal('nl'),
      save: () => undefined,
      copyDoc: async () => undefined,
      saveChangedAt: (at: number) => saved.push(at),
      now: () => now,
    });
    model.restore(ticked, 500); // the session's consult, read after the first paint
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

describe('the stale-consult minutes are a practice setting that policy can lock', () => {
  it('defaults to 60; a locked value wins over the therapist; a value out of range is ignored', () => {
    expect(effectiveSettings({}, NO_POLICY).staleConsultMinutes).toBe(60);
    const locked = parsePolicy({ locked: { staleConsultMinutes: 30 } });
    expect(effectiveSettings({ staleConsultMinutes: 120 }, locked).staleConsultMinutes).toBe(30);
    expect(lockedKeys(locked)).toEqual(['staleConsultMinutes']);
    const wrong = parsePolicy({ locked: { staleConsultMinutes: 2 } });
    expect(effectiveSettings({}, wrong).staleConsultMinutes).toBe(60);
    expect(wrong.problems.length).toBeGreaterThan(0);
  });
});
