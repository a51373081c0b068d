// Composes the consult into one note Doc for the record (short, third person, SOEP/SOAP
// labels or paragraphs) or the patient ("u" wording, plain headings, always paragraphs).
// What each voice says is in `note-record.ts` and `note-patient.ts`; here only the
// layout. Pure: the caller passes the date, so tests are deterministic.
import { noteText } from '../../content/note-text';
import type { ContentLanguage, Localized } from '../../content/schema';
import type { Doc, DocBlock } from '../doc/doc';
import { fillTemplate } from '../doc/template';
import { heading, type NoteInput, type NoteParts, para } from './note-parts';
import { patientParts } from './note-patient';
import { recordParts } from './note-record';

export type { NoteInput } from './note-parts';

function formatDate(date: Date, language: ContentLanguage): string {
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long' }).format(date);
}

/** Each part under its label; O and E/A only when they hold something, S and P always. */
function labelled(
  parts: NoteParts,
  labels: Record<'s' | 'o' | 'a' | 'p', Localized>,
  language: ContentLanguage,
) {
  const sections: [string, DocBlock[]][] = [
    [labels.s[language], parts.subjective],
    [labels.o[language], parts.objective],
    [labels.a[language], parts.assessment],
    [labels.p[language], parts.plan],
  ];
  return sections.flatMap(([label, blocks]) => (blocks.length ? [heading(label), ...blocks] : []));
}

export function composeNote(input: NoteInput): Doc {
  const { options, condition } = input;
  const { language } = options;
  const record = options.audience === 'record';
  const labels = record && options.layout !== 'paragraph' ? noteText.labels[options.layout] : null;
  const parts = record ? recordParts(input, language, labels !== null) : patientParts(input, language);
  const practiceText = input.settings.practiceText.trim();
  const practice = practiceText ? [para(practiceText)] : [];
  const head: DocBlock[] = [heading(condition.name[language])];
  if (options.dateLine)
    head.push(para(fillTemplate(noteText.date[language], { date: formatDate(input.date, language) })));

  if (!labels) {
    return [
      ...head,
      ...parts.subjective,
      ...parts.objective,
      ...parts.assessment,
      ...parts.plan,
      ...practice,
    ];
  }
  return [...head, ...labelled({ ...parts, plan: [...parts.plan, ...practice] }, labels, language)];
}
