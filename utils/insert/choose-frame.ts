// Of all frames of the tab, which one holds the field with the cursor? Pure, so the
// decision is unit-tested; the probes come from probeFocus() in every frame.
import type { FrameProbe } from './page-insert';

export interface FrameReport extends FrameProbe {
  readonly frameId: number;
}

export function chooseFrame(reports: readonly FrameReport[]): number | null {
  const candidates = reports.filter((r) => r.field === 'text' || r.field === 'rich');
  if (candidates.length === 0) return null;
  // The frame whose document has focus wins.
  const focused = candidates.find((r) => r.hasFocus);
  if (focused) return focused.frameId;
  // The page may have lost focus to the panel: if the top frame's focus sits on a
  // cross-origin frame, the field is in a child frame; otherwise the top frame's field.
  const top = reports.find((r) => r.isTop);
  const top_ = candidates.find((r) => r.isTop);
  if (top?.field === 'crossOriginFrame' || !top_) return candidates.find((r) => !r.isTop)?.frameId ?? null;
  return top_.frameId;
}
