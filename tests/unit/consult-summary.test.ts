// What "Copy summary", "Copy pain check" and "Copy checklist" put on the clipboard.
import { describe, expect, it } from 'vitest';
import { glutealTendinopathy as condition } from '../../content/gluteal-tendinopathy';
import { painCheckLine, reviewSummary, riskFactorSummary } from '../../utils/consult/consult-summary';
import { renderDoc } from '../../utils/doc/render-doc';

describe('risk-factor summary', () => {
  const ticked = ['high-bmi', 'diabetes', 'overload-repetitions', 'overload-intensity', 'fatigue'];

  it('gives a line per group in Dutch, a ticked sub-item naming its parent', () => {
    expect(renderDoc(riskFactorSummary(condition, ticked, 'nl')).text).toBe(
      'Risicofactoren\n' +
        'Uitgaande van het lichaam: Hoge BMI, Diabetes.\n\n' +
        'Factoren van buitenaf: Overbelasting (toename van herhalingen, toename van trainingsintensiteit), Vermoeidheid.',
    );
  });

  it('gives the same in English, as HTML too', () => {
    const { html, text } = renderDoc(riskFactorSummary(condition, ticked, 'en'));
    expect(text).toContain(
      'External factors (extrinsic): Overload (increase in repetitions, increase in training intensity), Fatigue.',
    );
    expect(html).toBe(
      '<h3>Risk factors</h3><p>From the body (intrinsic): High BMI, Diabetes.</p>' +
        '<p>External factors (extrinsic): Overload (increase in repetitions, increase in training intensity), Fatigue.</p>',
    );
  });

  it('says so when nothing is ticked', () => {
    expect(renderDoc(riskFactorSummary(condition, [], 'nl')).text).toContain(
      'Uitgaande van het lichaam: geen aangevinkt.',
    );
  });
});

describe('pain check line', () => {
  it('states verdict and reason in Dutch and English', () => {
    expect(painCheckLine({ score: 3, increase: 'no' }, 4, 'nl')).toBe(
      'Pijncheck: acceptabel. Pijn tijdens belasten 3/10 valt binnen de grens van 4/10 en pijn en stijfheid nemen niet toe in de loop van de tijd.',
    );
    expect(painCheckLine({ score: 6, increase: 'no' }, 4, 'en')).toBe(
      'Pain check: reduce the load. Pain during loading of 6/10 is above the limit of 4/10.',
    );
    expect(painCheckLine({ score: null, increase: null }, 4, 'nl')).toBe(
      'Pijncheck: nog niet te beoordelen. Er is geen pijnscore ingevuld.',
    );
  });
});

describe('review summary', () => {
  it('lists the ticked questions with their label and the leaflet explanation', () => {
    const { text, html } = renderDoc(reviewSummary(condition, ['adherence', 'technique'], 'nl'));
    expect(text).toBe(
      'Bij onvoldoende herstel besproken\n' +
        '- Techniek: Oefent u op de juiste manier (de techniek)?\n' +
        '- Therapietrouw: Oefent u genoeg en consequent? Als u goed therapietrouw bent, verhoogt dat de kans op goed herstel.',
    );
    expect(html).toContain('<ul><li>Techniek: Oefent u op de juiste manier (de techniek)?</li>');
  });

  it('says so when nothing is ticked', () => {
    expect(renderDoc(reviewSummary(condition, [], 'en')).text).toBe(
      'Discussed as symptoms are not improving\nNo questions ticked.',
    );
  });
});
