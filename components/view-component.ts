// A view's component, loading it on first use: views other than the first are chunks of
// their own (components/views.ts). Components re-render when a chunk arrives.
import { signal } from '@preact/signals';
import type { ComponentType } from 'preact';
import type { PanelView } from './views';

const loaded = signal<ReadonlyMap<string, ComponentType>>(new Map());
const loading = new Map<string, Promise<void>>();

/** Starts loading a view's chunk (once); resolves when its component can render. */
export function loadView(view: PanelView): Promise<void> {
  if ('component' in view) return Promise.resolve();
  let pending = loading.get(view.id);
  if (!pending) {
    pending = view.load().then(
      (component) => {
        loaded.value = new Map(loaded.peek()).set(view.id, component);
      },
      (error: unknown) => {
        loading.delete(view.id); // a later attempt may succeed (e.g. after an update)
        throw error;
      },
    );
    loading.set(view.id, pending);
  }
  return pending;
}

/** The view's component, or null while its chunk loads (the load starts here if needed). */
export function viewComponent(view: PanelView): ComponentType | null {
  if ('component' in view) return view.component;
  const component = loaded.value.get(view.id);
  if (!component) loadView(view).catch(() => undefined);
  return component ?? null;
}
