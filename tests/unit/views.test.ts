// The view registry: only the first view is bundled with the panel; every other view
// (including ones added later) is its own chunk, loaded when first shown.
import type { ComponentType } from 'preact';
import { describe, expect, it } from 'vitest';
import { loadView, viewComponent } from '../../components/view-component';
import { type PanelView, views } from '../../components/views';
import { FIRST_VIEW } from '../../utils/panel/panel-state';

describe('view registry', () => {
  it('bundles the first view, which is prerendered and hydrated at once', () => {
    expect(views[0]?.id).toBe(FIRST_VIEW);
    expect(views[0] && 'component' in views[0]).toBe(true);
  });

  it('loads every other view on demand', () => {
    const eager = views.slice(1).filter((view) => !('load' in view));
    expect(eager.map((view) => view.id)).toEqual([]);
  });

  it('has views whose chunks load and export a component', async () => {
    for (const view of views) {
      await loadView(view);
      expect(typeof viewComponent(view)).toBe('function');
    }
  });
});

const Component: ComponentType = () => null;
/** A view added for the test, whose chunk is `load`. */
const testView = (id: string, load: () => Promise<ComponentType>): PanelView => ({
  id,
  label: 'viewNote',
  load,
});

describe('viewComponent', () => {
  it('is null while the chunk loads, then the component; loads once', async () => {
    let loads = 0;
    const view = testView('lazy-test', async () => {
      loads++;
      return Component;
    });
    expect(viewComponent(view)).toBeNull();
    expect(viewComponent(view)).toBeNull();
    await loadView(view);
    expect(viewComponent(view)).toBe(Component);
    expect(loads).toBe(1);
  });

  it('tries again after a failed load', async () => {
    let attempt = 0;
    const view = testView('flaky-test', async () => {
      attempt++;
      if (attempt === 1) throw new Error('chunk missing');
      return Component;
    });
    await expect(loadView(view)).rejects.toThrow('chunk missing');
    await loadView(view);
    expect(viewComponent(view)).toBe(Component);
  });
});
