// The patient note: the leaflet's own "u" wording in plain Dutch (B1), under plain
// headings, never the record's S/O/E/P labels. The pain check gives its verdict with its
// reason; a practice threshold that is not the leaflet's is always named.
import { noteText } from '../../content/note-text';
import { painRuleAdditions } from '../../content/pain-threshold';
import type { ContentLanguage } from '../../content/schema';
import { adviceGivenDocs, chosenTips, sectionsIncludeTips } from '../consult/advice-given';
import { tickedFactorTexts } from '../consult/consult-summary';
import { isPracticeThreshold, type PainLimit, painLimitOf, painLimitValues } from '../consult/pain-limit';
import { judgePain, type PainInput, type Reason } from '../consult/pain-rule';
import type { DocBlock } from '../doc/doc';
import { fillTemplate } from '../doc/template';
import { effectiveIncrease } from '../progress/load-response';
import { blockText, heading, list, type NoteInput, type NoteParts, para } from './note-parts';

/** Which patient sentence fits the judgement; null when there is nothing to tell yet. */
function patientPainKey(pain: PainInput, reason: Reason): keyof typeof noteText.patientPain | null {
  if (reason === 'noScore') return null;
  if (reason === 'increased') return pain.score === null ? 'increased' : 'increasedWithScore';
  return reason;
}

/** The verdict with its reason, in "u" form. */
function patientPainLine(pain: PainInput, limit: PainLimit, language: ContentLanguage): string | null {
  const key = patientPainKey(pain, judgePain(pain, limit.threshold).reason);
  if (!key) return null;
  return fillTemplate(noteText.patientPain[key][language], {
    ...painLimitValues(limit, language),
    score: String(pain.score ?? ''),
  });
}

function patientPainBlocks(input: NoteInput, limit: PainLimit, language: ContentLanguage): DocBlock[] {
  const { consult } = input;
  const pain = {
    score: consult.painScore,
    increase: effectiveIncrease(consult.painIncrease, consult.measures.loadResponse),
  };
  const line = patientPainLine(pain, limit, language);
  if (!line) return [];
  const reduce = judgePain(pain, limit.threshold).verdict === 'reduce';
  return [
    heading(noteText.patientPainHeading[language]),
    para(fillTemplate(input.condition.painRule.statement[language], painLimitValues(limit, language))),
    para(line),
    ...(reduce ? [para(painRuleAdditions.reducePatient.text[language])] : []),
  ];
}

function patientReview(input: NoteInput, language: ContentLanguage): DocBlock[] {
  const { condition, consult } = input;
  const reviewed = condition.review.filter((q) => consult.review.includes(q.id));
  const reviewHeading = condition.sections.find((s) => s.id === condition.reviewSection)?.heading[language];
  if (!reviewed.length || !reviewHeading) return [];
  return [
    heading(reviewHeading),
    list(reviewed.map((q) => [q.question[language], q.explanation?.[language]].filter(Boolean).join(' '))),
  ];
}

function patientAdvice(input: NoteInput, limit: PainLimit, language: ContentLanguage): DocBlock[] {
  const { condition, consult } = input;
  const blocks = adviceGivenDocs(condition, consult, language, limit.threshold).flat();
  const tips = chosenTips(condition, consult);
  if (tips.length && !sectionsIncludeTips(condition, consult))
    blocks.push(heading(noteText.patientTips[language]), list(tips.map((t) => t.text[language])));
  return blocks;
}

/** A practice threshold is named in every note: the rule, if nothing else said it. */
function thresholdReminder(
  input: NoteInput,
  limit: PainLimit,
  language: ContentLanguage,
  blocks: readonly DocBlock[],
): DocBlock[] {
  if (!isPracticeThreshold(limit)) return [];
  const note = painLimitValues(limit, language).thresholdNote?.trim() ?? '';
  if (blocks.some((block) => blockText(block).includes(note))) return [];
  return [para(fillTemplate(input.condition.painRule.statement[language], painLimitValues(limit, language)))];
}

export function patientParts(input: NoteInput, language: ContentLanguage): NoteParts {
  const limit = painLimitOf(input.condition, input.threshold);
  const factors = tickedFactorTexts(
    input.condition.riskFactorGroups.flatMap((g) => g.factors),
    new Set(input.consult.riskFactors),
    language,
  );
  // No examination sentence: a verdict for the patient is the therapist's to give, not
  // the tool's (clinical audit A5).
  const subjective = factors.length ? [heading(noteText.patientFactors[language]), list(factors)] : [];
  const assessment = [...patientPainBlocks(input, limit, language), ...patientReview(input, language)];
  const plan = patientAdvice(input, limit, language);
  const reminder = thresholdReminder(input, limit, language, [...subjective, ...assessment, ...plan]);
  return { subjective, objective: [], assessment, plan: [...plan, ...reminder] };
}
