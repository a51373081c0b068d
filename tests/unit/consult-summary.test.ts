// What "Copy summary", "Copy pain check" and "Copy checklist" put on the clipboard: the
// record's voice (third person, only what was discussed, reported or judged).
import { describe, expect, it } from 'vitest';
import { glutealTendinopathy as condition } from '../../content/gluteal-tendinopathy';
import {
  factorsLine,
  painCheckSummary,
  painReason,
  reviewSummary,
  riskFactorSummary,
} from '../../utils/consult/consult-summary';
import { painLimitOf } from '../../utils/consult/pain-limit';
import { renderDoc } from '../../utils/doc/render-doc';

const at4 = painLimitOf(condition, 4);
const at5 = painLimitOf(condition, 5);

describe('risk-factor summary', () => {
  const ticked = ['high-bmi', 'diabetes', 'overload-repetitions', 'overload-intensity', 'fatigue'];

  it('records the factors as discussed, a line per group with ticks, a sub-item naming its parent', () => {
    expect(renderDoc(riskFactorSummary(condition, ticked, 'nl')).text).toBe(
      'Besproken als mogelijk bijdragende factoren\n' +
        'Uitgaande van het lichaam: Hoge BMI; Diabetes.\n\n' +
        'Factoren van buitenaf: Overbelasting (toename van herhalingen, toename van trainingsintensiteit); Vermoeidheid.',
    );
  });

  it('gives the same in English, as HTML too, and leaves a group without ticks out', () => {
    const { html } = renderDoc(riskFactorSummary(condition, ['fatigue'], 'en'));
    expect(html).toBe(
      '<h3>Discussed as possibly contributing factors</h3><p>External factors (extrinsic): Fatigue.</p>',
    );
  });

  it('says no factors were discussed when nothing is ticked — never "geen aangevinkt"', () => {
    const { text } = renderDoc(riskFactorSummary(condition, [], 'nl'));
    expect(text).toBe('Besproken als mogelijk bijdragende factoren\nGeen factoren besproken.');
    expect(text).not.toContain('aangevinkt');
  });

  it('makes one sentence for the record, in sentence case, ";" between factors', () => {
    expect(factorsLine(condition, ['strength-stability-endurance', 'high-bmi'], 'nl')).toBe(
      'Besproken als mogelijk bijdragende factoren: kracht, stabiliteit, uithoudingsvermogen; hoge BMI.',
    );
    expect(factorsLine(condition, [], 'nl')).toBeNull();
  });
});

describe('pain check', () => {
  it('copies what was reported and the verdict, once each', () => {
    expect(renderDoc(painCheckSummary({ score: 3, increase: 'no' }, at4, 'nl')).text).toBe(
      'Pijncheck\nPijn tijdens belasten 3/10. Pijn en stijfheid nemen niet toe in de loop van de tijd.\n\n' +
        'Pijnregel (grens 4/10): voldoet.',
    );
    expect(renderDoc(painCheckSummary({ score: null, increase: 'yes' }, at4, 'en')).text).toBe(
      'Pain check\nPain or stiffness increases over time.\n\nPain rule (limit 4/10): not met.',
    );
    expect(renderDoc(painCheckSummary({ score: null, increase: null }, at5, 'nl')).text).toBe(
      'Pijncheck\nPijnregel (grens 5/10, praktijkafspraak; folder: 4/10): nog niet te beoordelen.',
    );
  });

  it('explains the verdict in the Pain view, naming a practice threshold', () => {
    expect(painReason({ score: 6, increase: 'no' }, at5, 'nl')).toBe(
      'Pijn tijdens belasten 6/10 is hoger dan de grens van 5/10 (praktijkafspraak; folder: 4/10).',
    );
    expect(painReason({ score: 2, increase: 'yes' }, at4, 'en')).toBe(
      'Pain or stiffness increases over time; that breaks the pain rule, whatever the score.',
    );
    expect(painReason({ score: null, increase: null }, at4, 'nl')).toBe('Er is geen pijnscore ingevuld.');
  });
});

describe('review summary', () => {
  it("lists the points discussed in the record's voice", () => {
    const { text, html } = renderDoc(reviewSummary(condition, ['adherence', 'technique'], 'nl'));
    expect(text).toBe(
      'Besproken\n' +
        '- Oefentechniek: oefenen op de juiste manier.\n' +
        '- Therapietrouw: genoeg en consequent oefenen; goede therapietrouw verhoogt de kans op goed herstel.',
    );
    expect(html).toContain('<ul><li>Oefentechniek: oefenen op de juiste manier.</li>');
    expect(text).not.toMatch(/\b(u|uw)\b/i);
  });

  it('says so when nothing is ticked', () => {
    expect(renderDoc(reviewSummary(condition, [], 'en')).text).toBe('Discussed\nNo points discussed.');
  });
});
