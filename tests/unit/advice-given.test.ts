// The advice given, as the patient note and the handout show it: the leaflet's pain text
// names a practice threshold with the leaflet's, and nothing at the leaflet's own.
import { describe, expect, it } from 'vitest';
import { glutealTendinopathy as condition } from '../../content/gluteal-tendinopathy';
import { adviceGivenDocs } from '../../utils/consult/advice-given';
import { EMPTY_CONSULT } from '../../utils/consult/consult-state';
import { renderDoc } from '../../utils/doc/render-doc';

const given = (threshold: number, language: 'nl' | 'en') =>
  adviceGivenDocs(
    condition,
    { ...EMPTY_CONSULT, adviceSections: ['pain-during-loading'] },
    language,
    threshold,
  )
    .map((doc) => renderDoc(doc).text)
    .join('\n');

describe('the handout and patient note texts', () => {
  it("name a practice threshold of 5 with the leaflet's 4", () => {
    expect(given(5, 'nl')).toContain(
      'U mag pijn voelen tot een 5, op een schaal van 0 tot 10 (grens 5/10, praktijkafspraak; folder: 4/10).',
    );
    expect(given(5, 'en')).toContain(
      'You may feel pain up to 5, on a scale of 0 to 10 (limit 5/10, practice agreement; leaflet: 4/10).',
    );
  });

  it("say only the leaflet's words at its threshold", () => {
    expect(given(4, 'nl')).toContain('U mag pijn voelen tot een 4, op een schaal van 0 tot 10.');
    expect(given(4, 'nl')).not.toContain('praktijkafspraak');
  });
});
