// Settings: the schema, import of good, old, bad and random files, and clinic policy.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportSettingsFile, parseSettingsFile } from '../../utils/settings/settings-file';
import {
  effectiveSettings,
  NO_POLICY,
  parsePolicy,
  withoutDefaults,
} from '../../utils/settings/settings-policy';
import { DEFAULT_SETTINGS } from '../../utils/settings/settings-schema';

const file = (settings: unknown, version: unknown = 1, kind = 'heupwijzer-settings') =>
  JSON.stringify({ kind, version, settings });

describe('settings file import', () => {
  it('round-trips an export', () => {
    const settings = { ...DEFAULT_SETTINGS, painThreshold: 5 as const, practiceName: 'Fysio De Heup' };
    expect(parseSettingsFile(exportSettingsFile(settings))).toEqual({ ok: true, settings });
  });

  it('accepts a file with only some settings, the rest default', () => {
    expect(parseSettingsFile(file({ noteLayout: 'paragraph' }))).toEqual({
      ok: true,
      settings: { ...DEFAULT_SETTINGS, noteLayout: 'paragraph' },
    });
  });

  it('says what is wrong, precisely', () => {
    expect(parseSettingsFile('{"kind": "heupwijzer-settings", "vers')).toEqual({
      ok: false,
      reason: 'notJson',
    });
    expect(parseSettingsFile('[1, 2]')).toEqual({ ok: false, reason: 'foreign' });
    expect(parseSettingsFile(file({}, 1, 'other-extension'))).toEqual({ ok: false, reason: 'foreign' });
    expect(parseSettingsFile(file({}, 0))).toEqual({ ok: false, reason: 'foreign' });
    expect(parseSettingsFile(file({}, 2))).toEqual({ ok: false, reason: 'future', version: 2 });
    const invalid = parseSettingsFile(file({ painThreshold: 11, uiLanguage: 'de', colour: 'red' }));
    expect(invalid.ok).toBe(false);
    if (invalid.ok || invalid.reason !== 'invalid') throw new Error('expected invalid');
    expect(invalid.problems.map((p) => p.path).sort()).toEqual(['colour', 'painThreshold', 'uiLanguage']);
  });

  it('never throws, and accepts only what the schema allows (random input)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((value) => file(value)),
        ),
        (text) => {
          const result = parseSettingsFile(text);
          if (result.ok) {
            expect(Object.keys(result.settings).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
            expect([4, 5]).toContain(result.settings.painThreshold);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('accepts random valid settings', () => {
    const settings = fc.record(
      {
        uiLanguage: fc.constantFrom('browser', 'nl', 'en'),
        painThreshold: fc.constantFrom(4 as const, 5 as const),
        practiceName: fc.string({ maxLength: 100 }),
        noteDateLine: fc.boolean(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(settings, (value) => {
        const result = parseSettingsFile(file(value));
        expect(result).toEqual({ ok: true, settings: { ...DEFAULT_SETTINGS, ...value } });
      }),
    );
  });
});

describe('clinic policy', () => {
  it('layers defaults, the therapist, and locks', () => {
    const policy = parsePolicy({
      defaults: { practiceName: 'Fysio De Heup', noteLayout: 'paragraph' },
      locked: { painThreshold: 5 },
    });
    const settings = effectiveSettings({ noteLayout: 'soep', painThreshold: 4 }, policy);
    expect(settings).toMatchObject({ practiceName: 'Fysio De Heup', noteLayout: 'soep', painThreshold: 5 });
  });

  it('drops invalid policy values (Firefox does not check them) and reports them', () => {
    const policy = parsePolicy({ locked: { painThreshold: 'four', practiceName: 'Heup' }, defaults: 3 });
    expect(policy.locked).toEqual({ practiceName: 'Heup' });
    expect(policy.defaults).toEqual({});
    expect(policy.problems.map((p) => p.path)).toEqual(['defaults', 'locked.painThreshold']);
    expect(effectiveSettings({}, policy).painThreshold).toBe(4);
  });

  it('saves only what differs from the defaults, never locked values', () => {
    const policy = parsePolicy({ locked: { painThreshold: 5 } });
    expect(withoutDefaults({ ...DEFAULT_SETTINGS, practiceName: 'X', painThreshold: 5 }, policy)).toEqual({
      practiceName: 'X',
    });
    expect(withoutDefaults(DEFAULT_SETTINGS, NO_POLICY)).toEqual({});
  });
});
