// The condition's handout content (drawings and their alt text) for the panel, loaded the
// first time a view asks for it — not before the first paint — and kept for the session.
import { type Signal, signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { HandoutContent } from '../../content/handout-schema';
import type { ConditionBase } from '../../content/schema';
import { loadFigures } from './LazyFigures';

const loaded = new WeakMap<ConditionBase, Signal<HandoutContent | undefined>>();

function entry(condition: ConditionBase): Signal<HandoutContent | undefined> {
  let content = loaded.get(condition);
  if (!content) {
    const created = signal<HandoutContent | undefined>(undefined);
    loaded.set(condition, created);
    // If it cannot load, the sections keep their text lists (no drawings); nothing else changes.
    // With the component that draws them, so items never vanish between the two loads.
    const handout = condition.handout;
    if (handout) {
      Promise.all([handout(), loadFigures()]).then(
        ([value]) => {
          created.value = value;
        },
        () => undefined,
      );
    }
    content = created;
  }
  return content;
}

/** `wanted`: load only once something that shows it is on screen (e.g. an open section). */
export function useHandoutContent(condition: ConditionBase, wanted: boolean): HandoutContent | undefined {
  useEffect(() => {
    if (wanted) entry(condition);
  }, [condition, wanted]);
  return wanted || loaded.has(condition) ? entry(condition).value : undefined;
}
