// A section becomes a Doc in the chosen language, with the practice's threshold filled in.
import { describe, expect, it } from 'vitest';
import { glutealTendinopathy as condition } from '../../content/gluteal-tendinopathy';
import { painLimitOf, painLimitValues } from '../../utils/consult/pain-limit';
import { renderText } from '../../utils/doc/render-doc';
import { sectionDoc } from '../../utils/doc/section-doc';

const section = (id: string) => {
  const found = condition.sections.find((s) => s.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('sectionDoc', () => {
  it('starts with the heading in the chosen language', () => {
    expect(sectionDoc(section('what-to-do'), { language: 'nl', values: { threshold: '4' } })[0]).toEqual({
      type: 'heading',
      text: 'Wat te doen?',
    });
    expect(sectionDoc(section('what-to-do'), { language: 'en', values: { threshold: '4' } })[0]).toEqual({
      type: 'heading',
      text: 'What to do?',
    });
  });

  it('fills the pain threshold into the pain rule, naming a practice threshold', () => {
    const values = (threshold: number) => painLimitValues(painLimitOf(condition, threshold), 'nl');
    const leaflet = renderText(
      sectionDoc(section('pain-during-loading'), { language: 'nl', values: values(4) }),
    );
    expect(leaflet).toContain('U mag pijn voelen tot een 4, op een schaal van 0 tot 10.');
    expect(leaflet).not.toMatch(/\{\w+\}|praktijkafspraak/);
    const practice = renderText(
      sectionDoc(section('pain-during-loading'), { language: 'nl', values: values(5) }),
    );
    expect(practice).toContain(
      'U mag pijn voelen tot een 5, op een schaal van 0 tot 10 (grens 5/10, praktijkafspraak; folder: 4/10).',
    );
  });

  it('puts a list title above its bullets; sub-items go into their factor (one list level)', () => {
    const text = renderText(sectionDoc(section('causes'), { language: 'nl', values: { threshold: '4' } }));
    expect(text).toContain(
      'Factoren van buitenaf\n\n- Overbelasting: toename van herhalingen; toename van trainingsintensiteit; toename van duur van de training\n- Vermoeidheid',
    );
  });

  it('follows a review question with its explanation', () => {
    const text = renderText(
      sectionDoc(section('not-improving'), { language: 'en', values: { threshold: '4' } }),
    );
    expect(text).toContain('- Are you expecting too much, too soon? Be patient. We know');
  });
});
