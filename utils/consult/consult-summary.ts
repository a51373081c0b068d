// Turns the consult's ticks and answers into Docs for the clipboard (and later the note):
// a line per risk-factor group, the pain check as a note line, the review checklist.
import { noteText } from '../../content/note-text';
import type { Condition, ContentLanguage, ListItem } from '../../content/schema';
import type { Doc } from '../doc/doc';
import { fillTemplate } from '../doc/template';
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
    return [`${name} (${subs.map((sub) => sub.text[language].toLocaleLowerCase(language)).join(', ')})`];
  });
}

export function riskFactorSummary(
  condition: Condition,
  ticked: readonly string[],
  language: ContentLanguage,
): Doc {
  const set = new Set(ticked);
  return [
    { type: 'heading', text: noteText.riskFactors[language] },
    ...condition.riskFactorGroups.map((group) => {
      const names = tickedFactorTexts(group.factors, set, language);
      return {
        type: 'paragraph' as const,
        text: `${group.heading[language]}: ${names.length ? names.join(', ') : noteText.noneTicked[language]}.`,
      };
    }),
  ];
}

/** The pain check in words: the verdict and the sentence that explains it. */
function painWords(pain: PainInput, threshold: number, language: ContentLanguage) {
  const { verdict, reason } = judgePain(pain, threshold);
  const values = {
    threshold: String(threshold),
    score: String(pain.score ?? ''),
    verdict: noteText.verdict[verdict][language],
  };
  return { values, reason: fillTemplate(noteText.reason[reason][language], values) };
}

/** Why the pain check says what it says, in one sentence. */
export function painReason(pain: PainInput, threshold: number, language: ContentLanguage): string {
  return painWords(pain, threshold, language).reason;
}

/** "Pijncheck: acceptabel. Pijn tijdens belasten 3/10 valt binnen …" — the note line. */
export function painCheckLine(pain: PainInput, threshold: number, language: ContentLanguage): string {
  const { values, reason } = painWords(pain, threshold, language);
  return fillTemplate(noteText.painLine[language], values) + reason;
}

export function painCheckSummary(pain: PainInput, threshold: number, language: ContentLanguage): Doc {
  return [
    { type: 'heading', text: noteText.painCheck[language] },
    { type: 'paragraph', text: painCheckLine(pain, threshold, language) },
  ];
}

export function reviewSummary(
  condition: Condition,
  checked: readonly string[],
  language: ContentLanguage,
): Doc {
  const items = condition.review
    .filter((question) => checked.includes(question.id))
    .map((question) => ({
      text: [`${question.label[language]}:`, question.question[language], question.explanation?.[language]]
        .filter(Boolean)
        .join(' '),
    }));
  return [
    { type: 'heading', text: noteText.review[language] },
    items.length ? { type: 'list', items } : { type: 'paragraph', text: noteText.reviewNone[language] },
  ];
}
