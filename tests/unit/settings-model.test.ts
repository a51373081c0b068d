// The settings model: validated changes, locks respected, bad imports and full storage
// change nothing.
import { describe, expect, it } from 'vitest';
import { exportSettingsFile } from '../../utils/settings/settings-file';
import { SettingsModel } from '../../utils/settings/settings-model';
import { NO_POLICY, parsePolicy } from '../../utils/settings/settings-policy';
import { DEFAULT_SETTINGS, type PartialSettings } from '../../utils/settings/settings-schema';

function make(policy = NO_POLICY, failSave = false) {
  const saved: PartialSettings[] = [];
  const model = new SettingsModel({
    user: {},
    policy,
    save: async (user) => {
      if (failSave) throw new Error('QUOTA_BYTES quota exceeded');
      saved.push(user);
    },
  });
  return { model, saved };
}

describe('SettingsModel', () => {
  it('saves a valid change, and only what differs from the defaults', async () => {
    const { model, saved } = make();
    await model.set('painThreshold', 5);
    expect(model.effective.value.painThreshold).toBe(5);
    expect(saved.at(-1)).toEqual({ painThreshold: 5 });
  });

  it('ignores an invalid value and a locked setting', async () => {
    const { model, saved } = make(parsePolicy({ locked: { practiceName: 'Fysio' } }));
    await model.set('painThreshold', 12 as never);
    await model.set('practiceName', 'Other');
    expect(model.effective.value).toMatchObject({ painThreshold: 4, practiceName: 'Fysio' });
    expect(model.locked.value).toEqual(['practiceName']);
    expect(saved).toEqual([]);
  });

  it('a bad import changes nothing and says why', async () => {
    const { model, saved } = make();
    await model.importText('not json at all');
    expect(model.notice.value).toMatchObject({ kind: 'error', key: 'importNotJson' });
    expect(model.effective.value).toEqual(DEFAULT_SETTINGS);
    expect(saved).toEqual([]);
  });

  it('a good import replaces the settings, keeping locks', async () => {
    const { model } = make(parsePolicy({ locked: { painThreshold: 5 } }));
    await model.importText(
      exportSettingsFile({ ...DEFAULT_SETTINGS, painThreshold: 4, practiceName: 'Heup' }),
    );
    expect(model.effective.value).toMatchObject({ painThreshold: 5, practiceName: 'Heup' });
    expect(model.notice.value).toEqual({ kind: 'info', key: 'importDone' });
  });

  it('a good import replaces a refused value too: the field no longer says it is wrong', async () => {
    const { model } = make();
    await model.set('staleConsultMinutes', 2.5);
    expect(model.refused.value).toEqual(['staleConsultMinutes']);
    await model.importText(exportSettingsFile({ ...DEFAULT_SETTINGS, staleConsultMinutes: 90 }));
    expect(model.effective.value.staleConsultMinutes).toBe(90);
    expect(model.refused.value).toEqual([]);
  });

  it('after overlapping saves, one failing, it holds what storage holds (the sync write limit, holding an arrow key)', async () => {
    let stored: PartialSettings = {};
    const pending: { land: () => void; fail: () => void }[] = [];
    const save = (user: PartialSettings) =>
      new Promise<void>((resolve, reject) => {
        pending.push({
          land: () => {
            stored = user;
            resolve();
          },
          fail: () => reject(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE')),
        });
      });
    const model = new SettingsModel({ user: { staleConsultMinutes: 60 }, policy: NO_POLICY, save });
    const at = () => model.effective.value.staleConsultMinutes;

    // The later save lands, the earlier fails: the later value stands.
    const laterLands = [model.set('staleConsultMinutes', 61), model.set('staleConsultMinutes', 62)];
    pending[1]?.land();
    pending[0]?.fail();
    await Promise.all(laterLands);
    expect([stored.staleConsultMinutes, at()]).toEqual([62, 62]);

    // Both fail: back to what storage holds, and the panel says the change was not saved.
    const bothFail = [model.set('staleConsultMinutes', 70), model.set('staleConsultMinutes', 71)];
    pending[2]?.fail();
    pending[3]?.fail();
    await Promise.all(bothFail);
    expect([stored.staleConsultMinutes, at()]).toEqual([62, 62]);
    expect(model.notice.value).toEqual({ kind: 'error', key: 'saveFailed' });
  });

  it('a value changed elsewhere replaces a refused one: the field no longer says it is wrong', async () => {
    const { model } = make();
    await model.set('staleConsultMinutes', 2.5);
    await model.set('practiceName', 'Fysio');
    model.storedChanged({ settings: { practiceName: 'Fysio' }, problems: [] }); // our own save, back
    expect(model.refused.value).toEqual(['staleConsultMinutes']);
    model.storedChanged({ settings: { practiceName: 'Fysio', staleConsultMinutes: 120 }, problems: [] });
    expect(model.effective.value.staleConsultMinutes).toBe(120);
    expect(model.refused.value).toEqual([]);
  });

  it('a full storage quota undoes the change and says so', async () => {
    const { model } = make(NO_POLICY, true);
    await model.set('practiceName', 'Fysio');
    expect(model.effective.value.practiceName).toBe('');
    expect(model.notice.value).toEqual({ kind: 'error', key: 'saveFailed' });
  });
});
