// The pain threshold as a setting: only the leaflet's 4 or the pain-monitoring model's 5,
// from storage, a settings file or clinic policy; anything else is refused with a
// message that says what is allowed, and 5 is offered with its source.
import { describe, expect, it } from 'vitest';
import { PAIN_THRESHOLD_CHOICES } from '../../components/note/note-choices';
import en from '../../public/_locales/en/messages.json';
import nl from '../../public/_locales/nl/messages.json';
import managedSchema from '../../public/managed-schema.json';
import { exportSettingsFile, parseSettingsFile } from '../../utils/settings-file';
import { effectiveSettings, parsePolicy } from '../../utils/settings-policy';
import { DEFAULT_SETTINGS, parsePartialSettings } from '../../utils/settings-schema';

const ALLOWED = 'must be 4 (the leaflet) or 5 (pain-monitoring model, Silbernagel et al. 2007)';

describe('painThreshold in policy', () => {
  it.each([6, 0, 3, 10, 4.5, '5', null])(
    'refuses %j with a message, locked or default, and 4 applies',
    (value) => {
      const policy = parsePolicy({ locked: { painThreshold: value }, defaults: { painThreshold: value } });
      expect(policy.locked).toEqual({});
      expect(policy.defaults).toEqual({});
      expect(policy.problems).toEqual([
        { path: 'defaults.painThreshold', message: ALLOWED },
        { path: 'locked.painThreshold', message: ALLOWED },
      ]);
      expect(effectiveSettings({}, policy).painThreshold).toBe(4);
    },
  );

  it("locks 5, over the therapist's own choice", () => {
    const policy = parsePolicy({ locked: { painThreshold: 5 } });
    expect(policy).toMatchObject({ locked: { painThreshold: 5 }, problems: [] });
    expect(effectiveSettings({ painThreshold: 4 }, policy).painThreshold).toBe(5);
  });

  it('tells Chrome the same two values in managed-schema.json', () => {
    for (const block of ['defaults', 'locked'] as const)
      expect(managedSchema.properties[block].properties.painThreshold).toMatchObject({
        type: 'integer',
        enum: [4, 5],
      });
  });
});

describe('painThreshold in storage and files', () => {
  it('accepts 4 and 5 only', () => {
    expect(parsePartialSettings({ painThreshold: 5 })).toEqual({
      success: true,
      output: { painThreshold: 5 },
    });
    expect(parsePartialSettings({ painThreshold: 6 }).success).toBe(false);
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
  it('offers 4 (the leaflet) and 5 with its source, in both interface languages', () => {
    expect(PAIN_THRESHOLD_CHOICES.map(([value]) => value)).toEqual([4, 5]);
    const [[, leafletKey], [, modelKey]] = PAIN_THRESHOLD_CHOICES as [
      (typeof PAIN_THRESHOLD_CHOICES)[number],
      (typeof PAIN_THRESHOLD_CHOICES)[number],
    ];
    expect(nl[leafletKey].message).toBe('4/10 — folder van de praktijk');
    expect(en[leafletKey].message).toBe("4/10 — the practice's leaflet");
    expect(nl[modelKey].message).toBe('5/10 — pijnmonitoringsmodel');
    expect(en[modelKey].message).toBe('5/10 — pain-monitoring model');
    // The source stands under the choice, where 5 is offered.
    for (const messages of [nl, en])
      expect(messages.settingsPainThresholdHint.message).toMatch(
        /Silbernagel KG .*Am J Sports Med 2007;35\(6\):897–906/,
      );
  });
});
