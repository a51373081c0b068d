// The rule for plain fields, proved on random fields: the result is before + note + after
// (a selection kept, the note after it), or — when the whole note does not fit — the
// field is left exactly as it was. Field states: `ab|c` is a cursor, `a{b}c` a selection.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planSplice } from '../../utils/insert/splice';

function field(state: string, maxLength?: number) {
  const cursor = state.indexOf('|');
  const [start, end] = cursor >= 0 ? [cursor, cursor] : [state.indexOf('{'), state.indexOf('}') - 1];
  return { value: state.replace(/[|{}]/g, ''), selectionStart: start, selectionEnd: end, maxLength };
}

describe('planSplice', () => {
  it.each([
    ['|', 'NOTE'],
    ['Voor|Na', 'VoorNOTENa'],
    ['ab|', 'abNOTE'],
    ['a{bc}d', 'abcNOTEd'], // the selection stays; the note goes after it
    ['{abcd}', 'abcdNOTE'],
  ])('%s → %s', (state, expected) => {
    const plan = planSplice(field(state), 'NOTE');
    expect(plan).toMatchObject({ ok: true, expected, afterSelection: state.includes('{') });
  });

  it('refuses a note that does not fit the limit, with the numbers to say why', () => {
    expect(planSplice(field('abc|', 6), 'NOTE')).toEqual({
      ok: false,
      reason: 'tooLong',
      limit: 6,
      free: 3,
      length: 4,
    });
    expect(planSplice(field('abc|', 7), 'NOTE')).toMatchObject({ ok: true, expected: 'abcNOTE' });
    expect(planSplice(field('abcdefg|', 5), 'N')).toMatchObject({ ok: false, free: 0 });
  });

  it('property: before + note + after, or unchanged; never past the limit; the selection kept', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.nat(50),
        fc.nat(50),
        fc.option(fc.nat(80), { nil: undefined }),
        fc.string({ maxLength: 30 }),
        (value, a, b, maxLength, note) => {
          const [start, end] = [Math.min(a, b), Math.max(a, b)];
          const plan = planSplice({ value, selectionStart: start, selectionEnd: end, maxLength }, note);
          const caret = Math.min(end, value.length);
          if (plan.ok) {
            expect(plan.expected).toBe(value.slice(0, caret) + note + value.slice(caret));
            expect(plan.at).toBe(caret);
            // Everything that was there is still there, in order.
            expect(plan.expected.slice(0, caret)).toBe(value.slice(0, caret));
            expect(plan.expected.slice(caret + note.length)).toBe(value.slice(caret));
            if (maxLength !== undefined) expect(plan.expected.length).toBeLessThanOrEqual(maxLength);
          } else {
            expect(maxLength).toBeDefined();
            expect(value.length + note.length).toBeGreaterThan(maxLength ?? Infinity);
            expect(plan.free).toBe(Math.max(0, (maxLength ?? 0) - value.length));
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
