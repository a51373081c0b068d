// The stance stopwatch stops without recording when the panel is hidden, from the moment
// it shows as running (a panel hidden right after Start is not missed), and says so when
// its view is left while it runs.
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Stopwatch, useStopwatch } from '../../components/examination/useStopwatch';

const hide = () => {
  Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
};

afterEach(() => {
  vi.restoreAllMocks();
  Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
  document.body.replaceChildren();
});

// The stopwatch the mounted probe holds, and what it was told of a hidden panel.
let current: Stopwatch | undefined;
let onHidden = vi.fn();
let onLeft = vi.fn();

function Probe() {
  current = useStopwatch(30_000, { onLimit: () => {}, onHidden: () => onHidden(), onLeft: () => onLeft() });
  return h('span', null, current.running ? 'running' : 'idle');
}

function mount(): { root: HTMLElement; stopwatch: () => Stopwatch } {
  onHidden = vi.fn();
  onLeft = vi.fn();
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(h(Probe, null), root));
  return {
    root,
    stopwatch: () => {
      if (!current) throw new Error('not rendered');
      return current;
    },
  };
}

describe('the stance stopwatch', () => {
  it('stops without recording when the panel is hidden the moment it shows as running', async () => {
    const { root, stopwatch } = mount();
    stopwatch().start();
    // Preact renders in a microtask; effects that wait for a frame would run later.
    for (let i = 0; i < 10 && root.textContent !== 'running'; i++) await Promise.resolve();
    expect(root.textContent).toBe('running');
    hide();
    expect(onHidden).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(root.textContent).toBe('idle'));
  });

  it('does not run on in a panel that is already hidden when it starts', async () => {
    const { root, stopwatch } = mount();
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    act(() => stopwatch().start());
    expect(onHidden).toHaveBeenCalledTimes(1);
    expect(root.textContent).toBe('idle');
  });

  it('says so when its view is left while it runs, and not when it was stopped', () => {
    const clock = vi.spyOn(performance, 'now').mockReturnValue(1_000);
    const running = mount();
    act(() => running.stopwatch().start());
    act(() => render(null, running.root));
    expect(onLeft).toHaveBeenCalledTimes(1);

    const stopped = mount();
    act(() => stopped.stopwatch().start());
    clock.mockReturnValue(4_000);
    act(() => {
      expect(stopped.stopwatch().stop()).toBe(3_000);
    });
    act(() => render(null, stopped.root));
    expect(onLeft).not.toHaveBeenCalled();
  });

  it('takes a double click on Start as one press: it starts once and records nothing', () => {
    const clock = vi.spyOn(performance, 'now').mockReturnValue(1_000);
    const { root, stopwatch } = mount();
    // Both presses before a re-render (the second sees "not running" and presses Start).
    act(() => {
      stopwatch().start();
      clock.mockReturnValue(1_150);
      stopwatch().start();
    });
    // A slower double click: the second press is a Stop within half a second.
    clock.mockReturnValue(1_300);
    act(() => {
      expect(stopwatch().stop()).toBeNull();
    });
    expect(root.textContent).toBe('running');
    clock.mockReturnValue(3_000);
    act(() => {
      expect(stopwatch().stop()).toBe(2_000); // timed from the first press
    });
    expect(root.textContent).toBe('idle');
  });
});
