// What the patient handout shows, worked out from the consult as plain values: the plain
// title, up to five key points from the chosen sections, the chosen sections (list items
// that have a drawing become figures; the pain section gets the 0–10 picture), and the
// "Dit ga ik doen" list. The components only lay this out.
import type { HandoutContent } from '../../content/handout-schema';
import type { ConditionBase, ContentLanguage, Localized, Section } from '../../content/schema';
import { chosenSections, chosenTips } from '../consult/advice-given';
import type { ConsultState } from '../consult/consult-state';
import { painLimitOf, painLimitValues } from '../consult/pain-limit';
import { listItemText, type SectionDocOptions } from '../doc/section-doc';
import { blockParts, type HandoutPart, isTips } from '../doc/section-parts';
import { fillTemplate } from '../doc/template';

export type { HandoutFigure, HandoutPart } from '../doc/section-parts';

export const MAX_KEY_POINTS = 5;
export const MIN_KEY_POINTS = 3;

export interface HandoutSection {
  readonly id: string;
  readonly heading: string;
  readonly parts: readonly HandoutPart[];
}

export interface PainScalePlan {
  readonly threshold: number;
  readonly max: number;
  readonly zone: string;
  readonly condition: string;
  readonly label: string;
  /** Set when the practice's threshold is not the leaflet's. */
  readonly practiceNote?: string;
}

export interface HandoutPlan {
  readonly title: string;
  readonly subtitle?: string;
  readonly keyPoints: readonly string[];
  readonly sections: readonly HandoutSection[];
  readonly homeList: readonly string[];
  readonly painScale?: PainScalePlan;
}

/** `handout`: the condition's handout content, once loaded (undefined: sections only). */
export function handoutPlan(
  condition: ConditionBase,
  handout: HandoutContent | undefined,
  consult: ConsultState,
  language: ContentLanguage,
  threshold: number,
): HandoutPlan {
  // The practice's threshold names itself beside the leaflet's wherever it is not the leaflet's.
  const options: SectionDocOptions = {
    language,
    values: painLimitValues(painLimitOf(condition, threshold), language),
  };
  const fill = (text: Localized) => fillTemplate(text[language], options.values);
  const drawings = handout?.drawings ?? [];
  const picked = chosenTips(condition, consult);
  const chosen = chosenSections(condition, consult);
  const tipsSection = condition.sections.find((section) => section.blocks.some(isTips));
  const tipsAlone = picked.length > 0 && tipsSection !== undefined && !chosen.includes(tipsSection);

  const shown: Section[] = condition.sections.filter(
    (section) => chosen.includes(section) || (tipsAlone && section === tipsSection),
  );
  const sections: HandoutSection[] = [];
  const homeList: string[] = [];
  for (const section of shown) {
    const alone = !chosen.includes(section);
    const blocks = section.blocks
      .filter((block) => !alone || isTips(block))
      .map((block) =>
        block.kind === 'list' && isTips(block) && picked.length ? { ...block, items: picked } : block,
      );
    // Tips given without their section stand under their own heading, without the lead-in.
    const parts = blocks.flatMap((block) => blockParts(block, drawings, options, !alone));
    if (handout?.painRuleSection === section.id) parts.push({ kind: 'pain-scale' });
    sections.push({
      id: section.id,
      heading: alone && handout ? handout.tipsHeading[language] : section.heading[language],
      parts,
    });
    if (!alone) {
      homeList.push(
        ...(handout?.homeActions ?? []).filter((a) => a.section === section.id).map((a) => fill(a.text)),
      );
    }
    for (const block of blocks) {
      if (block.kind === 'list' && isTips(block))
        homeList.push(...block.items.map((item) => listItemText(item, options)));
    }
  }

  const keyPoints = (handout?.keyPoints ?? [])
    .filter((point) => chosen.some((section) => section.id === point.section))
    .map((point) => fill(point.text))
    .slice(0, MAX_KEY_POINTS);
  // Too few points from the sections alone: the tips given are the next most concrete ones.
  for (const tip of handout ? picked : []) {
    if (keyPoints.length >= MIN_KEY_POINTS) break;
    keyPoints.push(listItemText(tip, options));
  }

  const painShown = handout !== undefined && chosen.some((section) => section.id === handout.painRuleSection);
  const leafletThreshold = condition.painRule.defaultThreshold;
  return {
    title: handout ? handout.title[language] : condition.name[language],
    ...(handout && { subtitle: handout.subtitle[language] }),
    keyPoints,
    sections,
    // The home list's heading and hint are handout words: no handout content, no list.
    homeList: handout ? homeList : [],
    ...(painShown && {
      painScale: {
        threshold,
        max: condition.painRule.scaleMax,
        zone: fill(handout.painScale.zone),
        condition: fill(handout.painScale.condition),
        label: fill(handout.painScale.label),
        ...(threshold !== leafletThreshold && { practiceNote: fill(handout.painScale.practiceThreshold) }),
      },
    }),
  };
}
