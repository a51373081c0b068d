// The handout's contact line ("bel ons als…") is a practice setting like the others:
// empty by default, checked by the one schema, set or locked by clinic policy.
import { describe, expect, it } from 'vitest';
import { managedSchema } from '../../utils/settings/managed-schema';
import { effectiveSettings, parsePolicy } from '../../utils/settings/settings-policy';
import { checkSettings } from '../../utils/settings/settings-problems';
import { DEFAULT_SETTINGS } from '../../utils/settings/settings-schema';

describe('practiceContact', () => {
  it('is empty unless the practice sets it', () => {
    expect(DEFAULT_SETTINGS.practiceContact).toBe('');
  });

  it('is refused when it is not text or longer than one line of 200 characters', () => {
    expect(checkSettings({ practiceContact: 'Bel ons: 010 123 45 67' }).settings).toEqual({
      practiceContact: 'Bel ons: 010 123 45 67',
    });
    for (const bad of [42, 'x'.repeat(201)]) {
      const checked = checkSettings({ practiceContact: bad });
      expect(checked.settings).toEqual({});
      expect(checked.problems.map((p) => p.path)).toEqual(['practiceContact']);
    }
  });

  it('can be locked by clinic policy, and the locked line wins', () => {
    const policy = parsePolicy({ locked: { practiceContact: 'Bel de praktijk: 010 123 45 67' } });
    expect(policy.problems).toEqual([]);
    expect(effectiveSettings({ practiceContact: 'eigen regel' }, policy).practiceContact).toBe(
      'Bel de praktijk: 010 123 45 67',
    );
    const schema = managedSchema() as { properties: Record<string, { properties: Record<string, unknown> }> };
    expect(schema.properties.locked?.properties.practiceContact).toEqual({ type: 'string' });
  });
});
