// A section becomes a Doc in the chosen language, with the practice's threshold filled in.
import { describe, expect, it } from 'vitest';
import { glutealTendinopathy as condition } from '../../content/gluteal-tendinopathy';
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

  it('fills the pain threshold into the pain rule', () => {
    const text = renderText(
      sectionDoc(section('pain-during-loading'), { language: 'nl', values: { threshold: '3' } }),
    );
    expect(text).toContain('tot de 3 op een schaal van 0–10');
    expect(text).not.toContain('{threshold}');
  });

  it('puts a list title above its bullets and sub-items under their factor', () => {
    const text = renderText(sectionDoc(section('causes'), { language: 'nl', values: { threshold: '4' } }));
    expect(text).toContain('Factoren van buitenaf\n\n- Overbelasting\n  - Toename van herhalingen');
  });

  it('follows a review question with its explanation', () => {
    const text = renderText(
      sectionDoc(section('not-improving'), { language: 'en', values: { threshold: '4' } }),
    );
    expect(text).toContain('- Are you expecting too much, too soon? Be patient:');
  });
});
