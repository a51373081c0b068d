// The advice given in this consult: the chosen sections in leaflet order, each with the
// chosen practical tips (or all of them if none were picked), and the chosen tips alone.
// Shared by the patient note and the patient handout. A practice threshold that is not
// the leaflet's is named where the leaflet's texts hold the threshold.
import type { ConditionBase, ContentLanguage, ListItem, Section } from '../../content/schema';
import type { Doc } from '../doc/doc';
import { sectionDoc } from '../doc/section-doc';
import type { ConsultState } from './consult-state';
import { painLimitOf, painLimitValues } from './pain-limit';

export function chosenSections(condition: ConditionBase, consult: ConsultState): Section[] {
  return condition.sections.filter((section) => consult.adviceSections.includes(section.id));
}

export function chosenTips(condition: ConditionBase, consult: ConsultState): ListItem[] {
  return condition.sections
    .flatMap((section) => section.blocks)
    .flatMap((block) => (block.kind === 'list' && block.role === 'tips' ? block.items : []))
    .filter((tip) => consult.adviceTips.includes(tip.id));
}

/** Whether a chosen section states the pain rule's threshold to the patient (its text holds `{threshold}`). */
export function painRuleGiven(condition: ConditionBase, consult: ConsultState): boolean {
  return chosenSections(condition, consult).some((section) =>
    section.blocks.some((block) => block.kind === 'paragraph' && block.text.nl.includes('{threshold}')),
  );
}

/** Whether the chosen sections already carry the practical tips. */
export function sectionsIncludeTips(condition: ConditionBase, consult: ConsultState): boolean {
  return chosenSections(condition, consult).some((section) =>
    section.blocks.some((block) => block.kind === 'list' && block.role === 'tips'),
  );
}

export function adviceGivenDocs(
  condition: ConditionBase,
  consult: ConsultState,
  language: ContentLanguage,
  threshold: number,
): Doc[] {
  const tips = chosenTips(condition, consult);
  const values = painLimitValues(painLimitOf(condition, threshold), language);
  return chosenSections(condition, consult).map((section) => {
    const blocks = section.blocks.map((block) =>
      block.kind === 'list' && block.role === 'tips' && tips.length ? { ...block, items: tips } : block,
    );
    return sectionDoc({ ...section, blocks }, { language, values });
  });
}
