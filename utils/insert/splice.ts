// The plan for putting a note into a plain field's text, decided before anything is
// touched: where it goes (never over a selection — after it), and whether the whole
// note fits the field's limit. Pure, so a property test can prove the rule:
// the field ends as before + note + after, or stays as it was.

export interface FieldText {
  readonly value: string;
  readonly selectionStart: number;
  readonly selectionEnd: number;
  /** The field's maxlength; negative or absent: no limit. */
  readonly maxLength?: number | undefined;
}

export type SplicePlan =
  | {
      readonly ok: true;
      /** Where the caret goes before inserting: the end of any selection. */
      readonly at: number;
      /** True when text was selected: it is kept, the note goes after it. */
      readonly afterSelection: boolean;
      /** The field's value once the whole note is in. */
      readonly expected: string;
    }
  | {
      readonly ok: false;
      readonly reason: 'tooLong';
      readonly limit: number;
      readonly free: number;
      readonly length: number;
    };

export function planSplice(field: FieldText, note: string): SplicePlan {
  const { value } = field;
  const start = clamp(field.selectionStart, value.length);
  const end = clamp(Math.max(field.selectionEnd, start), value.length);
  const limit = field.maxLength ?? -1;
  if (limit >= 0 && value.length + note.length > limit) {
    return {
      ok: false,
      reason: 'tooLong',
      limit,
      free: Math.max(0, limit - value.length),
      length: note.length,
    };
  }
  return {
    ok: true,
    at: end,
    afterSelection: end > start,
    expected: value.slice(0, end) + note + value.slice(end),
  };
}

const clamp = (index: number, length: number) =>
  Number.isFinite(index) ? Math.min(Math.max(0, Math.trunc(index)), length) : length;
