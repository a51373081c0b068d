// Turns the consult's ticks and answers into Docs for the clipboard, in the record's
// voice (third person; only what was discussed, reported or judged): the factors
// discussed, the pain check, the points discussed from the "not improving" review.
import { noteText } from '../../content/note-text';
import type { ConditionBase, ContentLanguage, ListItem } from '../../content/schema';
import type { Doc, DocBlock } from '../doc/doc';
import { inSentence } from '../doc/in-sentence';
import { fillTemplate } from '../doc/template';
import { type PainLimit, painLimitValues } from './pain-limit';
import { judgePain, type PainInput } from './pain-rule';

/** "Overbelasting (toename van herhalingen)": a ticked sub-item names its parent too. */
export function tickedFactorTexts(
  factors: readonly ListItem[],
  ticked: ReadonlySet<string>,
  language: ContentLanguage,
) {
  return factors.flatMap((factor) => {
    const subs = (factor.items ?? []).filter((sub) => ticked.has(sub.id));
    if (!ticked.has(factor.id) && subs.length === 0) return [];
    const name = factor.text[language];
    if (subs.length === 0) return [name];
    return [`${name} (${subs.map((sub) => inSentence(sub.text[language], language)).join(', ')})`];
  });
}

/** Every ticked factor, in checklist order, lower-cased to stand in a sentence. */
export function discussedFactors(
  condition: ConditionBase,
  ticked: readonly string[],
  language: ContentLanguage,
) {
  const set = new Set(ticked);
  return condition.riskFactorGroups.flatMap((group) =>
    tickedFactorTexts(group.factors, set, language).map((name) => inSentence(name, language)),
  );
}

/** One sentence for the record; factors are joined with ";" as some hold commas themselves. */
export function factorsLine(condition: ConditionBase, ticked: readonly string[], language: ContentLanguage) {
  const names = discussedFactors(condition, ticked, language);
  return names.length ? `${noteText.factorsDiscussed[language]}: ${names.join('; ')}.` : null;
}

export function riskFactorSummary(
  condition: ConditionBase,
  ticked: readonly string[],
  language: ContentLanguage,
): Doc {
  const set = new Set(ticked);
  const groups = condition.riskFactorGroups.flatMap((group) => {
    const names = tickedFactorTexts(group.factors, set, language);
    return names.length
      ? [{ type: 'paragraph' as const, text: `${group.heading[language]}: ${names.join('; ')}.` }]
      : [];
  });
  return [
    { type: 'heading', text: noteText.factorsDiscussed[language] },
    ...(groups.length ? groups : [{ type: 'paragraph' as const, text: noteText.noFactors[language] }]),
  ];
}

/** What was reported, once: "Patiënt meldt pijn tijdens belasten 3/10. Patiënt meldt geen toename …". */
export function painFacts(pain: PainInput, limit: PainLimit, language: ContentLanguage): string | null {
  const values = { score: String(pain.score), scaleMax: String(limit.scaleMax) };
  const parts = [
    pain.score === null ? '' : fillTemplate(noteText.painReport[language], values),
    pain.increase ? noteText.increaseReport[pain.increase][language] : '',
  ].filter(Boolean);
  return parts.length ? parts.join(' ') : null;
}

/** "Pijnregel (grens 4/10): voldoet." — the record's verdict, without repeating the facts. */
export function painVerdictLine(pain: PainInput, limit: PainLimit, language: ContentLanguage): string {
  const { verdict } = judgePain(pain, limit.threshold);
  return fillTemplate(noteText.recordVerdict[verdict][language], painLimitValues(limit, language));
}

/** Why the pain check says what it says, in one sentence (Pain view). */
export function painReason(pain: PainInput, limit: PainLimit, language: ContentLanguage): string {
  const { reason } = judgePain(pain, limit.threshold);
  return fillTemplate(noteText.reason[reason][language], {
    ...painLimitValues(limit, language),
    score: String(pain.score ?? ''),
  });
}

export function painCheckSummary(pain: PainInput, limit: PainLimit, language: ContentLanguage): Doc {
  const facts = painFacts(pain, limit, language);
  const blocks: DocBlock[] = [{ type: 'heading', text: noteText.painCheck[language] }];
  if (facts) blocks.push({ type: 'paragraph', text: facts });
  blocks.push({ type: 'paragraph', text: painVerdictLine(pain, limit, language) });
  return blocks;
}

export function reviewSummary(
  condition: ConditionBase,
  checked: readonly string[],
  language: ContentLanguage,
): Doc {
  const items = condition.review
    .filter((question) => checked.includes(question.id))
    .map((question) => ({ text: question.record[language] }));
  return [
    { type: 'heading', text: noteText.reviewHeading[language] },
    items.length ? { type: 'list', items } : { type: 'paragraph', text: noteText.reviewNone[language] },
  ];
}
