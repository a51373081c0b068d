// The pain threshold as a setting: only the leaflet's 4 or the pain-monitoring model's 5,
// from storage, a settings file or clinic policy; anything else is refused with a
// message that says what is allowed, and 5 is offered with its source.
import { describe, expect, it } from 'vitest';
import { SETTING_ROWS } from '../../components/settings/setting-rows';
import en from '../../public/_locales/en/messages.json';
import nl from '../../public/_locales/nl/messages.json';
import { managedSchema } from '../../utils/settings/managed-schema';
import { exportSettingsFile, parseSettingsFile } from '../../utils/settings/settings-file';
import { effectiveSettings, parsePolicy } from '../../utils/settings/settings-policy';
import { checkSettings } from '../../utils/settings/settings-problems';
import { choicesOf, DEFAULT_SETTINGS } from '../../utils/settings/settings-schema';

const ALLOWED = 'must be 4 (the leaflet) or 5 (pain-monitoring model, Silbernagel et al. 2007)';

describe('painThreshold in policy', () => {
  it.each([6, 0, 3, 10, 4.5, '5', null])(
    'refuses %j with a message, locked or default, and 4 applies',
    (value) => {
      const policy = parsePolicy({ locked: { painThreshold: value }, defaults: { painThreshold: value } });
      expect(policy.locked).toEqual({});
      expect(policy.defaults).toEqual({});
      if (value !== null) {
        expect(policy.problems).toEqual([
          { path: 'defaults.painThreshold', message: ALLOWED },
          { path: 'locked.painThreshold', message: ALLOWED },
        ]);
      }
      expect(effectiveSettings({}, policy).painThreshold).toBe(4);
    },
  );

  it("locks 5, over the therapist's own choice", () => {
    const policy = parsePolicy({ locked: { painThreshold: 5 } });
    expect(policy).toMatchObject({ locked: { painThreshold: 5 }, problems: [] });
    expect(effectiveSettings({ painThreshold: 4 }, policy).painThreshold).toBe(5);
  });

  it('tells Chrome the same two values in the generated managed schema', () => {
    const schema = managedSchema() as {
      properties: Record<'defaults' | 'locked', { properties: Record<string, unknown> }>;
    };
    for (const block of ['defaults', 'locked'] as const)
      expect(schema.properties[block].properties.painThreshold).toEqual({ type: 'integer', enum: [4, 5] });
  });
});

describe('painThreshold in storage and files', () => {
  it('accepts 4 and 5 only', () => {
    expect(checkSettings({ painThreshold: 5 })).toEqual({ settings: { painThreshold: 5 }, problems: [] });
    expect(checkSettings({ painThreshold: 6 }).problems).toEqual([
      { path: 'painThreshold', message: ALLOWED },
    ]);
  });

  it('refuses a file with 6, saying what is allowed, and round-trips 5', () => {
    const file = exportSettingsFile({ ...DEFAULT_SETTINGS, painThreshold: 6 as never });
    expect(parseSettingsFile(file)).toEqual({
      ok: false,
      reason: 'invalid',
      problems: [{ path: 'painThreshold', message: ALLOWED }],
    });
    const five = { ...DEFAULT_SETTINGS, painThreshold: 5 as const };
    expect(parseSettingsFile(exportSettingsFile(five))).toEqual({ ok: true, settings: five });
  });
});

describe('the choice in Settings', () => {
  it('offers 4 (the leaflet) and 5 (the pain-monitoring model) with its source under it', () => {
    expect(choicesOf('painThreshold')).toEqual([4, 5]);
    const row = SETTING_ROWS.find((r) => r.key === 'painThreshold');
    expect(row).toMatchObject({
      as: 'select',
      hint: 'settingsPainThresholdHint',
      choices: { 4: 'painThresholdLeaflet', 5: 'painThresholdModel' },
    });
    expect(nl.painThresholdLeaflet.message).toBe('4/10 — folder van de praktijk');
    expect(en.painThresholdLeaflet.message).toBe("4/10 — the practice's leaflet");
    expect(nl.painThresholdModel.message).toBe('5/10 — pijnmonitoringsmodel');
    expect(en.painThresholdModel.message).toBe('5/10 — pain-monitoring model');
    for (const messages of [nl, en])
      expect(messages.settingsPainThresholdHint.message).toMatch(
        /Silbernagel KG .*Am J Sports Med 2007;35\(6\):897–906/,
      );
  });
});
