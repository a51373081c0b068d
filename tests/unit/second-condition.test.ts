// The promise of content/index.ts: a second condition is a data file and a line. A
// test-only condition (tests/fixtures/conditions/, never bundled) goes through every
// view of the panel, the note and the handout, and nothing of the leaflet shows up.
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../components/App';
import { Handout } from '../../components/handout/Handout';
import { ModelsContext } from '../../components/models';
import { loadView } from '../../components/view-component';
import { views } from '../../components/views';
import type { Condition } from '../../content/schema';
import { EMPTY_CONSULT } from '../../utils/consult/consult-state';
import { renderDoc } from '../../utils/doc/render-doc';
import { handoutPlan } from '../../utils/handout/handout-plan';
import { composeNote } from '../../utils/note/compose-note';
import { noteInput } from '../../utils/note/note-input';
import { createModels } from '../../utils/panel/models';
import { NO_POLICY } from '../../utils/settings/settings-policy';
import { DEFAULT_SETTINGS } from '../../utils/settings/settings-schema';
import { testCondition } from '../fixtures/conditions/test-condition';

// The one line: the conditions this panel knows.
const conditions: readonly [Condition, ...Condition[]] = [testCondition];

const LEAFLET = /glute|heup|hip|tendinop/i;

async function panel() {
  const models = createModels({
    conditions,
    saveSettings: async () => {},
    savePanel: () => {},
    saveConsult: () => {},
    saveNoteOptions: () => {},
    copy: async () => ({ ok: true }),
    insert: async () => ({ ok: true, method: 'insertText' }),
    siteAccess: {
      targetOrigin: async () => null,
      isAllowed: async () => false,
      declined: async () => [],
      decline: async () => {},
      ask: async () => false,
    },
    openHandout: () => {},
    today: () => new Date('2026-11-28T10:00:00Z'),
  });
  models.settings.policyArrived(NO_POLICY);
  models.panel.restore(null);
  await models.loadConsult(); // the consult views' models, as the panel loads them on demand
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(h(ModelsContext.Provider, { value: models }, h(App, null)), root));
  return { models, root };
}

// Views other than the first are chunks loaded on demand: have them all at hand.
beforeAll(() => Promise.all(views.map(loadView)));

// Interface words show as their keys: the test looks at the clinical words only.
beforeEach(() => {
  fakeBrowser.i18n.getMessage = ((key: string) => key) as typeof fakeBrowser.i18n.getMessage;
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('a second condition, from one data file and one line', () => {
  it('renders through every view with its own words, threshold, scale and sections', async () => {
    const { models, root } = await panel();
    const seen: Record<string, string> = {};
    for (const view of views) {
      act(() => models.panel.showView(view.id));
      seen[view.id] = root.textContent ?? '';
      expect(seen[view.id], view.id).not.toMatch(LEAFLET);
    }
    expect(seen.advice).toContain('Testadvies (nl)');
    expect(seen['risk-factors']).toContain('Testfactor (nl)');
    expect(seen.pain).toContain('Testregel tot 2 (nl)');
    expect(seen.pain).toContain('Testuitleg tekst (nl)');
    expect(seen.pain).toContain('Testherbeoordeling (nl)');
    expect(seen.note).toContain('Testaandoening (nl)');
    act(() => models.panel.showView('pain'));
    expect(root.querySelectorAll('input[name="pain-score"]')).toHaveLength(6);
  });

  it('composes the note and the handout from it', () => {
    const consult = {
      ...EMPTY_CONSULT,
      riskFactors: ['test-factor'],
      painScore: 3,
      painIncrease: 'no' as const,
      review: ['test-review'],
      adviceSections: ['test-advice'],
    };
    for (const audience of ['record', 'patient'] as const) {
      const input = noteInput({
        condition: testCondition,
        consult,
        chosenOptions: { audience, layout: 'soep', language: 'en', dateLine: false },
        settings: DEFAULT_SETTINGS,
        date: new Date('2026-11-28T10:00:00Z'),
      });
      expect(input.threshold).toBe(2);
      const { text } = renderDoc(composeNote(input));
      expect(text).toContain('Testaandoening (en)');
      expect(text.toLowerCase()).toContain('testfactor (en)'); // the record names it inside a sentence
      expect(text).toMatch(audience === 'record' ? /testlabel \(en\)/ : /Testherbeoordeling \(en\)/);
      expect(text).not.toMatch(LEAFLET);
      // Its own scale (0–5) in every figure, and no field left unfilled.
      expect(text).toMatch(audience === 'record' ? /3\/5\b/ : /0 to 5\b/);
      expect(text).not.toMatch(/\/10\b|0 to 10|\{\w+\}/);
    }

    const root = document.createElement('div');
    render(
      h(Handout, {
        plan: handoutPlan(testCondition, undefined, consult, 'nl', 2),
        language: 'nl',
        practiceName: '',
        contact: '',
        date: '28 november 2026',
      }),
      root,
    );
    expect(root.textContent).toContain('Testadvies tekst (nl)');
    expect(root.textContent).not.toMatch(LEAFLET);
  });
});
