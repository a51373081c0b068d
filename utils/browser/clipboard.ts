// Puts text/html and text/plain on the clipboard in one write, so rich EHR editors keep
// structure and plain fields get clean text. Never logs the contents.
import type { Rendered } from '../doc/doc';

export type CopyResult = { ok: true } | { ok: false; reason: 'refused' };

export async function copyRendered({ html, text }: Rendered): Promise<CopyResult> {
  try {
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/html': new Blob([html], { type: 'text/html' }),
        'text/plain': new Blob([text], { type: 'text/plain' }),
      }),
    ]);
    return { ok: true };
  } catch {
    return { ok: false, reason: 'refused' };
  }
}
