// Composes the consult into one note Doc: which advice was given, the risk factors, the
// pain check and the review, for the record (short, third person) or the patient (full
// "u" wording), as plain paragraphs or under SOEP headings. Pure: the caller passes the
// date, so tests are deterministic.
import { noteText } from '../../content/note-text';
import type { ContentLanguage } from '../../content/schema';
import { adviceGivenDocs, chosenSections, chosenTips, sectionsIncludeTips } from '../consult/advice-given';
import { painCheckLine, riskFactorSummary, tickedFactorTexts } from '../consult/consult-summary';
import { judgePain } from '../consult/pain-rule';
import type { Doc, DocBlock } from '../doc/doc';
import { fillTemplate } from '../doc/template';
import { effectiveIncrease } from '../progress/load-response';
import { isoDate } from '../progress/note-dates';
import { progressBlocks, progressPlan } from '../progress/progress-doc';
import { visitRecord } from '../progress/visit-record';
import type { NoteInput } from './note-input';

export type { NoteInput } from './note-input';

/** The parts of a note, before they are placed in a layout. */
interface NoteParts {
  readonly history: DocBlock[]; // what the patient reports: risk factors, pain
  readonly findings: DocBlock[]; // what was measured (outcome measures)
  readonly assessment: DocBlock[]; // the pain check verdict, the review
  readonly plan: DocBlock[]; // advice and tips given, practice text
}

const para = (text: string): DocBlock => ({ type: 'paragraph', text });
const list = (texts: readonly string[]): DocBlock => ({
  type: 'list',
  items: texts.map((text) => ({ text })),
});

/** The outcome measures with their change since last time and since intake (progress/). */
function progressParts(input: NoteInput, language: ContentLanguage) {
  const { condition, consult } = input;
  if (!condition.measures) return { subjective: [], objective: [], plan: [] };
  const visit = visitRecord(consult, isoDate(input.date), consult.previousNote);
  const { subjective, objective } = progressBlocks(visit, condition.measures, language);
  const plan = progressPlan(
    consult.measures.plan,
    consult.measures.loadResponse,
    condition.measures,
    language,
  );
  return { subjective, objective, plan };
}

function recordParts(input: NoteInput, language: ContentLanguage): NoteParts {
  const { condition, consult, threshold } = input;
  const history: DocBlock[] = [];
  const assessment: DocBlock[] = [];
  const progress = progressParts(input, language);
  const plan: DocBlock[] = [...progress.plan];

  if (consult.riskFactors.length) {
    const [, ...lines] = riskFactorSummary(condition, consult.riskFactors, language);
    history.push(para(`${noteText.riskFactors[language]}:`), ...lines);
  }
  // With measures, the pain score is one of their lines; the increase is said here.
  const score = condition.measures ? null : consult.painScore;
  const increase = consult.painIncrease && noteText.increaseReport[consult.painIncrease][language];
  if (score !== null) {
    const report = fillTemplate(noteText.painReport[language], { score: String(score) });
    history.push(para(increase ? `${report} ${increase}` : report));
  } else if (increase && consult.painScore !== null) history.push(para(increase));
  history.push(...progress.subjective);
  const pain = {
    score: consult.painScore,
    increase: effectiveIncrease(consult.painIncrease, consult.measures.loadResponse),
  };
  if (pain.score !== null || pain.increase !== null) {
    assessment.push(para(painCheckLine(pain, threshold, language)));
  }
  const reviewed = condition.review.filter((q) => consult.review.includes(q.id));
  if (reviewed.length) {
    const topics = reviewed.map((q) => q.label[language].toLocaleLowerCase(language)).join(', ');
    assessment.push(para(fillTemplate(noteText.reviewTopics[language], { topics })));
  }
  const sections = chosenSections(condition, consult);
  if (sections.length) {
    const topics = sections.map((s) => s.topic[language]).join(', ');
    plan.push(para(fillTemplate(noteText.adviceTopics[language], { topics })));
  }
  const tips = chosenTips(condition, consult);
  if (tips.length) plan.push(para(noteText.tipsGiven[language]), list(tips.map((t) => t.text[language])));
  return { history, findings: progress.objective, assessment, plan };
}

function patientParts(input: NoteInput, language: ContentLanguage): NoteParts {
  const { condition, consult, threshold } = input;
  const values = { threshold: String(threshold) };
  const history: DocBlock[] = [];
  const assessment: DocBlock[] = [];
  const plan: DocBlock[] = [];

  const factors = condition.riskFactorGroups.flatMap((g) =>
    tickedFactorTexts(g.factors, new Set(consult.riskFactors), language),
  );
  if (factors.length)
    history.push({ type: 'heading', text: noteText.patientFactors[language] }, list(factors));

  if (consult.painScore !== null) {
    const increase = effectiveIncrease(consult.painIncrease, consult.measures.loadResponse);
    const { verdict } = judgePain({ score: consult.painScore, increase }, threshold);
    assessment.push(
      { type: 'heading', text: noteText.patientPainHeading[language] },
      para(fillTemplate(condition.painRule.statement[language], values)),
      para(
        fillTemplate(noteText.patientPainLine[language], {
          score: String(consult.painScore),
          verdict: noteText.verdict[verdict][language],
        }),
      ),
    );
  }
  const reviewed = condition.review.filter((q) => consult.review.includes(q.id));
  const reviewHeading = condition.sections.find((s) => s.id === condition.reviewSection)?.heading[language];
  if (reviewed.length && reviewHeading) {
    assessment.push(
      { type: 'heading', text: reviewHeading },
      list(reviewed.map((q) => [q.question[language], q.explanation?.[language]].filter(Boolean).join(' '))),
    );
  }

  for (const doc of adviceGivenDocs(condition, consult, language, threshold)) plan.push(...doc);
  const tips = chosenTips(condition, consult);
  if (tips.length && !sectionsIncludeTips(condition, consult)) {
    plan.push(
      { type: 'heading', text: noteText.patientTips[language] },
      list(tips.map((t) => t.text[language])),
    );
  }
  return { history, findings: [], assessment, plan };
}

function formatDate(date: Date, language: ContentLanguage): string {
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long' }).format(date);
}

export function composeNote(input: NoteInput): Doc {
  const { options, condition } = input;
  const { language } = options;
  const parts = options.audience === 'record' ? recordParts(input, language) : patientParts(input, language);
  const practiceText = input.settings.practiceText.trim();
  const practice = practiceText ? [para(practiceText)] : [];
  const head: DocBlock[] = [{ type: 'heading', text: condition.name[language] }];
  if (options.dateLine)
    head.push(para(fillTemplate(noteText.date[language], { date: formatDate(input.date, language) })));

  if (options.layout === 'paragraph') {
    return [...head, ...parts.history, ...parts.findings, ...parts.assessment, ...parts.plan, ...practice];
  }
  // SOEP: each part under its letter; a letter with nothing under it is left out.
  const soep = noteText.soep;
  const sections: [string, DocBlock[]][] = [
    [soep.s[language], parts.history],
    [soep.o[language], parts.findings],
    [soep.e[language], parts.assessment],
    [soep.p[language], [...parts.plan, ...practice]],
  ];
  return [
    ...head,
    ...sections.flatMap(([heading, blocks]) =>
      blocks.length ? [{ type: 'heading' as const, text: heading }, ...blocks] : [],
    ),
  ];
}
