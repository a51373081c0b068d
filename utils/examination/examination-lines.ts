// The Examination view's part of the note, as pure functions the composer calls:
// - O: the tests done and their results, compact, third person; tests not done never appear;
// - A/E: only where the results form a published pattern, stated as what the literature
//   reports, with its short citation and figure (content/examination.ts);
// Nothing goes to the patient note: telling the patient what the tests mean is the
// therapist's call, not an automatic sentence (clinical audit A5).
import type {
  ContentLanguage,
  ExaminationBattery,
  ExaminationPattern,
  ExaminationTest,
  Localized,
} from '../../content/schema';
import type { Doc } from '../doc/doc';
import { fillTemplate } from '../doc/template';
import type { ExamFindings } from './examination-state';

/** The test's name in the note's O line: its own note name, else its name. */
export const noteNameOf = (test: ExaminationTest): Localized => test.noteName ?? test.name;

function resultText(
  battery: ExaminationBattery,
  test: ExaminationTest,
  findings: ExamFindings,
  language: ContentLanguage,
): string | null {
  const result = findings.results[test.id];
  if (!result) return null;
  const words = battery.noteWords;
  if (test.timed) {
    if (result === 'negative') return words.timedNegative[language];
    const seconds = findings.slsSecondsToPain;
    return seconds === null
      ? words.timedPositiveNoSeconds[language]
      : fillTemplate(words.timedPositive[language], { seconds: String(seconds) });
  }
  return (test.resultWords ?? words.result)[result][language];
}

/** The O line, or null when no test was done. */
export function examinationObservation(
  battery: ExaminationBattery,
  findings: ExamFindings,
  language: ContentLanguage,
): string | null {
  const done = battery.tests.flatMap((test) => {
    const result = resultText(battery, test, findings, language);
    return result ? [`${noteNameOf(test)[language]} ${result}`] : [];
  });
  if (!done.length) return null;
  const { lead, side } = battery.noteWords;
  const where = findings.side ? ` (${side[findings.side][language]})` : '';
  return `${lead[language]}${where}: ${done.join('; ')}.`;
}

/** The published patterns the results match, in the battery's order. */
export function matchedPatterns(battery: ExaminationBattery, findings: ExamFindings): ExaminationPattern[] {
  return battery.patterns.filter((pattern) => {
    const wanted = Object.entries(pattern.when);
    return wanted.length > 0 && wanted.every(([id, result]) => findings.results[id] === result);
  });
}

/** The A (SOAP) / E (SOEP) lines: what the literature reports for the matched patterns. */
export function examinationAssessment(
  battery: ExaminationBattery,
  findings: ExamFindings,
  language: ContentLanguage,
): string[] {
  return matchedPatterns(battery, findings).map((pattern) => pattern.statement[language]);
}

export interface ExaminationLines {
  readonly observation: string | null;
  readonly assessment: readonly string[];
}

/** All of the examination's note lines; none for a condition without a battery. */
export function examinationLines(
  battery: ExaminationBattery | undefined,
  findings: ExamFindings,
  language: ContentLanguage,
): ExaminationLines {
  if (!battery) return { observation: null, assessment: [] };
  return {
    observation: examinationObservation(battery, findings, language),
    assessment: examinationAssessment(battery, findings, language),
  };
}

/** The examination on its own, for the view's copy button: a heading, O, then A/E. */
export function examinationDoc(
  battery: ExaminationBattery,
  findings: ExamFindings,
  language: ContentLanguage,
): Doc {
  const { observation, assessment } = examinationLines(battery, findings, language);
  return [
    { type: 'heading', text: battery.noteWords.lead[language] },
    ...[observation, ...assessment].flatMap((text) => (text ? [{ type: 'paragraph' as const, text }] : [])),
  ];
}
