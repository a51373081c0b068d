// The panel model: remembers view and language in storage.session, confirms copies.
import { signal } from '@preact/signals';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { glutealTendinopathy as condition } from '../../content/gluteal-tendinopathy';
import { panelStateItem } from '../../utils/browser/storage';
import type { Rendered } from '../../utils/doc/doc';
import type { InsertResult } from '../../utils/insert/insert-result';
import { InsertModel } from '../../utils/panel/insert-model';
import { OutputModel } from '../../utils/panel/output-model';
import { PanelModel } from '../../utils/panel/panel-model';
import { DEFAULT_SETTINGS } from '../../utils/settings/settings-schema';

describe('panel state item', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is empty until the panel saves, so settings choose the first language', async () => {
    expect(await panelStateItem.getValue()).toBeNull();
  });

  it('lives in storage.session, never local or sync', async () => {
    await panelStateItem.setValue({ view: 'advice', language: 'en' });
    expect(await fakeBrowser.storage.session.get('panel')).toEqual({
      panel: { view: 'advice', language: 'en' },
    });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });
});

describe('PanelModel', () => {
  const make = (copyOk = true, insertResult: InsertResult = { ok: true, method: 'insertText' }) => {
    const saved: unknown[] = [];
    const copied: Rendered[] = [];
    const declined: string[] = [];
    const panel = new PanelModel({
      conditions: [condition],
      settings: signal(DEFAULT_SETTINGS),
      save: (state) => saved.push(state),
    });
    const copy = async (rendered: Rendered) => {
      copied.push(rendered);
      return { ok: copyOk };
    };
    const output = new OutputModel({ announce: panel.announce, copy });
    const insert = new InsertModel({
      announce: panel.announce,
      copy,
      insert: async () => insertResult,
      siteAccess: {
        targetOrigin: async () => 'https://ehr.example.nl',
        isAllowed: async () => false,
        declined: async () => declined,
        decline: async (origin: string) => {
          declined.push(origin);
        },
        ask: async () => false,
      },
    });
    // One object with the models' members, as the components see them together.
    const model = Object.assign({}, panel, output, insert);
    return { model, saved, copied, declined };
  };

  it('saves the view and language whenever they change', () => {
    const { model, saved } = make();
    model.setLanguage('en');
    expect(saved.at(-1)).toEqual({ view: 'advice', language: 'en', condition: condition.id });
  });

  it('restores the session after the first paint, keeping what the clinician chose meanwhile', () => {
    const { model } = make();
    expect(model.language.value).toBe('nl'); // the settings' content language until then
    model.showView('note');
    model.restore({ view: 'pain', language: 'en' });
    expect(model.view.value).toBe('note');
    expect(model.language.value).toBe('en');
  });

  it('narrows the visible sections with the filter', () => {
    const { model } = make();
    expect(model.visibleSections.value).toHaveLength(condition.sections.length);
    model.setFilter('shockwave');
    expect(model.visibleSections.value.map((s) => s.id)).toEqual(['therapist']);
  });

  it('copies both flavours and announces the result, again on a second copy', async () => {
    const { model, copied } = make();
    await model.copyDoc([{ type: 'paragraph', text: 'a < b' }]);
    expect(copied).toEqual([{ html: '<p>a &lt; b</p>', text: 'a < b' }]);
    expect(model.announcement.value).toEqual({ key: 'copied', count: 1 });
    await model.copyDoc([{ type: 'paragraph', text: 'x' }]);
    expect(model.announcement.value).toEqual({ key: 'copied', count: 2 });
  });

  it('announces a refused clipboard', async () => {
    const { model } = make(false);
    await model.copyDoc([{ type: 'paragraph', text: 'x' }]);
    expect(model.announcement.value?.key).toBe('copyFailed');
  });

  it('announces an insertion, and copies instead when it fails', async () => {
    const inserted = make();
    await inserted.model.insertDoc([{ type: 'paragraph', text: 'x' }]);
    expect(inserted.model.announcement.value?.key).toBe('inserted');
    expect(inserted.copied).toEqual([]);

    const failed = make(true, { ok: false, reason: 'noField' });
    await failed.model.insertDoc([{ type: 'paragraph', text: 'x' }]);
    expect(failed.model.announcement.value?.key).toBe('insertNoField');
    expect(failed.copied).toEqual([{ html: '<p>x</p>', text: 'x' }]);
  });

  it('after inserting through a one-off grant, offers to allow the site once; a "no" is remembered', async () => {
    const { model, declined } = make();
    await model.insertDoc([{ type: 'paragraph', text: 'x' }]);
    expect(model.siteOffer.value).toBe('https://ehr.example.nl');
    model.declineSite();
    expect(model.siteOffer.value).toBeNull();
    expect(declined).toEqual(['https://ehr.example.nl']);
    await model.insertDoc([{ type: 'paragraph', text: 'x' }]);
    expect(model.siteOffer.value).toBeNull();
  });

  it('announces what an insertion from the menu or shortcut did, with the reason and the copy', () => {
    const { model } = make();
    model.showBackgroundInsert({ result: { ok: true, method: 'paste' }, copied: false });
    expect(model.announcement.value).toMatchObject({ key: 'inserted' });
    expect(model.announcement.value?.followUp).toBeUndefined();
    model.showBackgroundInsert({
      result: { ok: false, reason: 'tooLong', limit: 500, free: 20, length: 812 },
      copied: true,
    });
    expect(model.announcement.value).toMatchObject({
      key: 'insertTooLong',
      params: ['500', '20', '812'],
      followUp: 'noteOnClipboard',
    });
    model.showBackgroundInsert({ result: { ok: false, reason: 'noField' }, copied: false });
    expect(model.announcement.value).toMatchObject({ key: 'insertNoField', followUp: 'noteNotCopied' });
  });

  it('names a cross-origin frame it may not reach, asks for it from the click, then inserts', async () => {
    const asked: string[] = [];
    const results: InsertResult[] = [
      { ok: false, reason: 'frameNoAccess', origin: 'https://epd-frame.example.nl' },
      { ok: true, method: 'insertText' },
    ];
    const inserted: Rendered[] = [];
    const panel = new PanelModel({
      conditions: [condition],
      settings: signal(DEFAULT_SETTINGS),
      save: () => undefined,
    });
    const insert = new InsertModel({
      announce: panel.announce,
      copy: async () => ({ ok: true }),
      insert: async (rendered: Rendered) => {
        inserted.push(rendered);
        return results.shift() ?? { ok: false, reason: 'unchanged' };
      },
      siteAccess: {
        targetOrigin: async () => null,
        isAllowed: async () => true,
        declined: async () => [],
        decline: async () => undefined,
        ask: async (origin: string) => {
          asked.push(origin);
          return true;
        },
      },
    });
    const model = Object.assign({}, panel, insert);
    await model.insertDoc([{ type: 'paragraph', text: 'x' }]);
    expect(model.announcement.value).toMatchObject({
      key: 'insertFrameNoAccess',
      params: ['https://epd-frame.example.nl'],
      followUp: 'noteOnClipboard',
    });
    expect(model.frameOffer.value).toBe('https://epd-frame.example.nl');
    model.allowFrame();
    expect(asked).toEqual(['https://epd-frame.example.nl']); // synchronously, inside the click
    await vi.waitFor(() => expect(model.announcement.value?.key).toBe('inserted'));
    expect(inserted).toHaveLength(2);
    expect(model.frameOffer.value).toBeNull();
  });
});
