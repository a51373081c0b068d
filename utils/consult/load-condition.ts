// A condition with its consult content (examination, measures), which loads in a chunk
// of its own: the panel's first view shows the leaflet and does not wait for it.
import type { Condition, ConditionEntry, ConsultContent } from '../../content/schema';

const loaded = new WeakMap<ConditionEntry, Promise<Condition>>();

/** Loads once per condition, so every caller gets the same object. */
export function loadCondition(entry: ConditionEntry): Promise<Condition> {
  let pending = loaded.get(entry);
  if (!pending) {
    const { consultContent, ...base } = entry;
    pending = (consultContent?.() ?? Promise.resolve<ConsultContent>({})).then((content) => ({
      ...base,
      examination: content.examination,
      measures: content.measures,
    }));
    // A failed load (the extension updated under the panel) may be tried again.
    pending.catch(() => loaded.delete(entry));
    loaded.set(entry, pending);
  }
  return pending;
}
