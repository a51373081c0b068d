// Of all frames of the tab, which one holds the field with the cursor? Pure, so the
// decision is unit-tested; the probes come from probeFrame() in every frame the extension
// may reach. A focused cross-origin frame that sent no probe is one we may not reach:
// that is "no access to <origin>", never "no field".
import type { FrameProbe } from './page/find-field';

export interface FrameReport extends FrameProbe {
  readonly frameId: number;
}

export type FrameChoice =
  | { readonly kind: 'frame'; readonly frameId: number }
  | { readonly kind: 'noAccess'; readonly origin: string }
  | { readonly kind: 'none' };

export function chooseFrame(reports: readonly FrameReport[]): FrameChoice {
  const candidates = reports.filter((r) => r.field === 'text' || r.field === 'rich');
  const pick = pickCandidate(reports, candidates);
  if (pick !== null) return { kind: 'frame', frameId: pick };
  const unreachable = reports.find((r) => r.field === 'crossOriginFrame' && r.frameOrigin);
  return unreachable?.frameOrigin ? { kind: 'noAccess', origin: unreachable.frameOrigin } : { kind: 'none' };
}

function pickCandidate(reports: readonly FrameReport[], candidates: readonly FrameReport[]): number | null {
  if (candidates.length === 0) return null;
  // The frame whose document has focus wins.
  const focused = candidates.find((r) => r.hasFocus);
  if (focused) return focused.frameId;
  // The page may have lost focus to the panel: if the top frame's focus sits on a
  // cross-origin frame, the field is in a child frame; otherwise the top frame's field.
  const top = reports.find((r) => r.isTop);
  const topCandidate = candidates.find((r) => r.isTop);
  if (top?.field === 'crossOriginFrame' || !topCandidate)
    return candidates.find((r) => !r.isTop)?.frameId ?? null;
  return topCandidate.frameId;
}
