// Runs in the EHR page: did the whole note reach the rich field? Every line of its plain
// text must be found in the field's text (not only the first 40 characters), and the
// field must still hold what it held before.
import type { PageWindow } from './find-field';

const squash = (text: string) => text.replace(/[\s\u00a0\u200b\ufeff]+/g, '');

/**
 * The note's lines as an editor may show them: as written ("- item", an editor that
 * takes plain text) or as a list item without its dash (one that takes the HTML).
 */
export function noteLines(note: string): string[][] {
  return note
    .split('\n')
    .map((line) => [squash(line), squash(line.replace(/^\s*([-*•]|\d+\.)\s+/, ''))])
    .filter(([line]) => line !== undefined && line.length > 0);
}

export function noteLanded(lines: readonly string[][], beforeText: string, host: HTMLElement): boolean {
  let rest = squash(host.textContent ?? '');
  for (const forms of lines) {
    const line = forms.find((form) => rest.includes(form));
    if (line === undefined) return false;
    const index = rest.indexOf(line);
    rest = rest.slice(0, index) + rest.slice(index + line.length);
  }
  // What remains, once the note is taken out, is what was there before.
  return rest === squash(beforeText);
}

/** Waits (briefly) for a condition; editors may apply a paste a moment later. */
export async function waitFor(win: PageWindow, done: () => boolean, ms = 1000, step = 25): Promise<boolean> {
  for (let waited = 0; waited <= ms; waited += step) {
    if (done()) return true;
    await new Promise((resolve) => win.setTimeout(resolve, step));
  }
  return done();
}
