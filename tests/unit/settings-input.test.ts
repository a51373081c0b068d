// Settings bad input: arrays are not objects, unknown policy keys are reported, a refused
// number says so, one bad stored key keeps the others, quotes and lists are capped; and
// the schema reaches the Settings table and Chrome's managed schema.
import { describe, expect, it } from 'vitest';
import { SETTING_ROWS } from '../../components/settings/setting-rows';
import { managedSchema } from '../../utils/settings/managed-schema';
import { parseSettingsFile } from '../../utils/settings/settings-file';
import { SettingsModel } from '../../utils/settings/settings-model';
import { NO_POLICY, parsePolicy } from '../../utils/settings/settings-policy';
import { checkSettings, PROBLEMS_MAX, QUOTE_MAX } from '../../utils/settings/settings-problems';
import { DEFAULT_SETTINGS, SETTING_KEYS } from '../../utils/settings/settings-schema';

const file = (settings: unknown) => JSON.stringify({ kind: 'heupwijzer-settings', version: 1, settings });

describe('settings bad input', () => {
  it('does not take an array (or no block) for a settings object', () => {
    expect(parseSettingsFile(file([]))).toMatchObject({ ok: false, reason: 'invalid' });
    expect(parseSettingsFile(JSON.stringify({ kind: 'heupwijzer-settings', version: 1 }))).toMatchObject({
      ok: false,
      reason: 'invalid',
    });
    expect(parsePolicy({ locked: [] }).problems.map((p) => p.path)).toEqual(['locked']);
  });

  it('reports unknown top-level policy keys, so IT sees a misspelt "lock"', () => {
    const policy = parsePolicy({ lock: { painThreshold: 3 }, Locked: {}, defaults: { practiceName: 'X' } });
    expect(policy.problems.map((p) => p.path)).toEqual(['lock', 'Locked']);
    expect(policy.locked).toEqual({});
    expect(policy.defaults).toEqual({ practiceName: 'X' });
  });

  it('keeps the valid stored keys and reports the others', () => {
    const checked = checkSettings({ painThreshold: 42, practiceName: 'Fysio', colour: 'red' });
    expect(checked.settings).toEqual({ practiceName: 'Fysio' });
    expect(checked.problems.map((p) => p.path)).toEqual(['painThreshold', 'colour']);
  });

  it('reports every unknown key up to a cap, and caps what a message quotes', () => {
    const many = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`key${i}`, i]));
    const result = parseSettingsFile(file(many));
    if (result.ok || result.reason !== 'invalid') throw new Error('expected invalid');
    expect(result.problems).toHaveLength(PROBLEMS_MAX + 1);
    expect(result.problems.at(-1)?.message).toBe(`${30 - PROBLEMS_MAX} more`);

    const huge = 'x'.repeat(1_000_000);
    const quoted = parseSettingsFile(file({ practiceName: huge, [huge]: 1 }));
    if (quoted.ok || quoted.reason !== 'invalid') throw new Error('expected invalid');
    for (const problem of quoted.problems) {
      expect(problem.path.length).toBeLessThanOrEqual(QUOTE_MAX + 1);
      expect(problem.message.length).toBeLessThanOrEqual(2 * QUOTE_MAX + 1);
    }
  });

  it('refuses a number out of range, a fraction or nothing, says so, and keeps the old value', async () => {
    const saved: unknown[] = [];
    const model = new SettingsModel({ policy: NO_POLICY, save: async (user) => void saved.push(user) });
    for (const typed of [11, 2.5, Number.NaN, 6, 0]) {
      await model.set('painThreshold', typed as never);
      expect(model.refused.value).toEqual(['painThreshold']);
      expect(model.effective.value.painThreshold).toBe(4);
    }
    await model.set('painThreshold', 5);
    expect(model.refused.value).toEqual([]);
    expect(saved).toEqual([{ painThreshold: 5 }]);
  });

  it('changes nothing until policy is known', async () => {
    const saved: unknown[] = [];
    const model = new SettingsModel({ save: async (user) => void saved.push(user) });
    await model.set('practiceName', 'Too early');
    expect(model.policyKnown.value).toBe(false);
    expect(saved).toEqual([]);
    model.policyArrived(parsePolicy({ locked: { practiceName: 'Fysio' } }));
    await model.set('practiceName', 'Other');
    expect(model.effective.value.practiceName).toBe('Fysio');
    expect(saved).toEqual([]);
  });
});

describe('the schema drives the rest', () => {
  it('has one Settings row per setting', () => {
    expect(SETTING_ROWS.map((row) => row.key).sort()).toEqual([...SETTING_KEYS].sort());
  });

  it("gives Chrome's managed schema every setting, with the schema's limits", () => {
    const schema = managedSchema() as { properties: Record<string, { properties: Record<string, unknown> }> };
    for (const block of ['defaults', 'locked']) {
      expect(Object.keys(schema.properties[block]?.properties ?? {}).sort()).toEqual(
        [...SETTING_KEYS].sort(),
      );
      expect(schema.properties[block]?.properties.painThreshold).toEqual({ type: 'integer', enum: [4, 5] });
      expect(schema.properties[block]?.properties.noteLayout).toEqual({
        type: 'string',
        enum: ['soep', 'soap', 'paragraph'],
      });
    }
    expect(Object.keys(DEFAULT_SETTINGS).sort()).toEqual([...SETTING_KEYS].sort());
  });
});
