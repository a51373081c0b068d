// The outcome measures as parts of a record note: S (reported), O (measured) and, when
// the morning after loading was worse, the P line proposed (or the therapist's rewording).
import type { ContentLanguage } from '../../content/schema';
import type { DocBlock } from '../doc/doc';
import type { NoteInput } from '../note/note-input';
import { isoDate } from './note-dates';
import { progressBlocks, progressPlan } from './progress-doc';
import { visitRecord } from './visit-record';

export interface ProgressParts {
  readonly subjective: DocBlock[];
  readonly objective: DocBlock[];
  readonly plan: DocBlock[];
}

export function progressParts(
  { condition, consult, date }: NoteInput,
  language: ContentLanguage,
): ProgressParts {
  if (!condition.measures) return { subjective: [], objective: [], plan: [] };
  const visit = visitRecord(consult, isoDate(date), consult.previousNote);
  const { subjective, objective } = progressBlocks(visit, condition.measures, language);
  const { plan, loadResponse } = consult.measures;
  return { subjective, objective, plan: progressPlan(plan, loadResponse, condition.measures, language) };
}
