// Injected on demand (scripting.executeScript({ files })) into the EHR page's frames —
// never before the clinician asks to insert. It leaves the inserter on the isolated
// world's global, so later calls pass the note, and returns what this frame's focus is.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { INSERTER_GLOBAL, inserter } from '../utils/insert/page/inserter';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[INSERTER_GLOBAL] = inserter;
  return inserter.probe();
});
