// The record note (EHR): short, third person, only what was done, said or measured.
// S: what was discussed and reported; O: the tests done (examination); E/A: a published
// pattern of the tests, the pain rule's verdict; P: what was given,
// discussed and planned. In a labelled layout (SOEP/SOAP) S and P are always present
// (KNGF-richtlijn Fysiotherapeutische dossiervoering 2019: S and P are mandatory); when
// nothing was recorded for one, it says "[aanvullen]" rather than invent content.
import { noteText } from '../../content/note-text';
import { painRuleAdditions } from '../../content/pain-threshold';
import type { ContentLanguage } from '../../content/schema';
import { chosenSections, chosenTips, painRuleGiven } from '../consult/advice-given';
import { factorsLine, painFacts, painVerdictLine } from '../consult/consult-summary';
import { isPracticeThreshold, type PainLimit, painLimitOf, painLimitValues } from '../consult/pain-limit';
import { judgePain, type PainInput, painAnswered } from '../consult/pain-rule';
import type { DocBlock } from '../doc/doc';
import { inSentence } from '../doc/in-sentence';
import { fillTemplate } from '../doc/template';
import { examinationLines } from '../examination/examination-lines';
import { examFindings } from '../examination/examination-state';
import { effectiveIncrease } from '../progress/load-response';
import { type ProgressParts, progressParts } from '../progress/progress-parts';
import { list, type NoteInput, type NoteParts, para } from './note-parts';

/** The pain rule's input: a worse morning after loading counts as an increase (progress/). */
const painOf = ({ consult }: NoteInput): PainInput => ({
  score: consult.painScore,
  increase: effectiveIncrease(consult.painIncrease, consult.measures.loadResponse),
});

/**
 * S: the factors discussed, then the pain and its increase as reported — each once (with
 * outcome measures the score is one of their lines), then the measures.
 */
function recordSubjective(input: NoteInput, progress: ProgressParts, language: ContentLanguage): DocBlock[] {
  const { condition, consult } = input;
  const factors = factorsLine(condition, consult.riskFactors, language);
  const score = condition.measures ? null : consult.painScore;
  const pain = painFacts(
    { score, increase: consult.painIncrease },
    painLimitOf(condition, input.threshold),
    language,
  );
  return [...[factors, pain].flatMap((text) => (text ? [para(text)] : [])), ...progress.subjective];
}

/** E/A: the pain rule's verdict, when pain was asked about. */
function recordAssessment(input: NoteInput, limit: PainLimit, language: ContentLanguage): DocBlock[] {
  const pain = painOf(input);
  return painAnswered(pain) ? [para(painVerdictLine(pain, limit, language))] : [];
}

/** P: advice given, tips given, review points discussed. */
function recordGiven(input: NoteInput, language: ContentLanguage): DocBlock[] {
  const { condition, consult } = input;
  const blocks: DocBlock[] = [];
  const sections = chosenSections(condition, consult);
  if (sections.length) {
    const topics = sections.map((s) => s.topic[language]).join(', ');
    blocks.push(para(fillTemplate(noteText.adviceTopics[language], { topics })));
  }
  const tips = chosenTips(condition, consult);
  if (tips.length)
    blocks.push(para(noteText.tipsGiven[language]), list(tips.map((t) => (t.record ?? t.text)[language])));
  const reviewed = condition.review.filter((q) => consult.review.includes(q.id));
  if (reviewed.length) {
    const topics = reviewed.map((q) => inSentence(q.label[language], language)).join(', ');
    blocks.push(para(fillTemplate(noteText.reviewTopics[language], { topics })));
  }
  return blocks;
}

/**
 * P for the pain rule: after a pain check, what follows from the verdict ("reduce" is an
 * addition with its source); without one, the rule itself only when it was given (a
 * chosen section states it). A practice threshold is named in every note, but where no
 * rule was given only as a fact ("Pijngrens volgens praktijkafspraak: 5/10 …").
 */
function recordPainPlan(input: NoteInput, limit: PainLimit, language: ContentLanguage): DocBlock[] {
  const pain = painOf(input);
  if (painAnswered(pain)) {
    const { verdict } = judgePain(pain, limit.threshold);
    // A worse morning after loading has its own P line (the therapist may reword it).
    if (verdict === 'reduce' && input.consult.measures.loadResponse === 'worse') return [];
    const text = verdict === 'reduce' ? painRuleAdditions.reducePlan.text : noteText.painPlan[verdict];
    return [para(text[language])];
  }
  const values = painLimitValues(limit, language);
  if (painRuleGiven(input.condition, input.consult))
    return [para(fillTemplate(noteText.painPlan.rule[language], values))];
  if (isPracticeThreshold(limit))
    return [para(fillTemplate(noteText.painPlan.practiceThreshold[language], values))];
  return [];
}

/** In SOEP/SOAP, S and P are present; an empty one is left for the therapist to complete. */
const orToComplete = (blocks: DocBlock[], required: boolean, language: ContentLanguage) =>
  blocks.length || !required ? blocks : [para(noteText.toComplete[language])];

export function recordParts(input: NoteInput, language: ContentLanguage, requireSAndP: boolean): NoteParts {
  const limit = painLimitOf(input.condition, input.threshold);
  const progress = progressParts(input, language);
  const plan = [...progress.plan, ...recordGiven(input, language), ...recordPainPlan(input, limit, language)];
  const exam = examinationLines(input.condition.examination, examFindings(input.consult), language);
  return {
    subjective: orToComplete(recordSubjective(input, progress, language), requireSAndP, language),
    objective: [...(exam.observation ? [para(exam.observation)] : []), ...progress.objective],
    assessment: [...exam.assessment.map(para), ...recordAssessment(input, limit, language)],
    plan: orToComplete(plan, requireSAndP, language),
  };
}
