// A stopwatch for the single-leg stance. It ticks only while running and visible: it stops
// itself at the limit, and when the panel is hidden or the view is left it stops without
// recording (nobody can see when the pain came), so no timer ever runs unseen.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

export interface Stopwatch {
  readonly running: boolean;
  readonly elapsedMs: number;
  readonly start: () => void;
  /**
   * Stops and returns the elapsed milliseconds; null (and runs on) within half a second
   * of Start, which is the rest of a double click, not pain at 0 s.
   */
  readonly stop: () => number | null;
}

/** A press this soon after Start belongs to the press that started it (a double click). */
const DOUBLE_PRESS_MS = 500;

export interface StopwatchEvents {
  /** The limit was reached. */
  readonly onLimit: () => void;
  /** The panel was hidden while it ran: stopped, nothing recorded. */
  readonly onHidden: () => void;
  /** Its view was left (unmounted) while it ran: stopped, nothing recorded. */
  readonly onLeft: () => void;
}

export function useStopwatch(limitMs: number, events: StopwatchEvents): Stopwatch {
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [now, setNow] = useState(0);
  // The latest callbacks, without restarting the timer when they change.
  const callbacks = useRef(events);
  callbacks.current = events;
  // Read by start/stop: a double click's second press comes before the re-render.
  const started = useRef<number | null>(null);
  started.current = startedAt;
  const running = useRef(false);
  running.current = startedAt !== null;

  // Runs on unmount only: a view left while the stopwatch runs says so.
  useLayoutEffect(
    () => () => {
      if (running.current) callbacks.current.onLeft();
    },
    [],
  );

  // A layout effect: the listener is in place as soon as the timer shows as running (a
  // passive effect waits for a frame, and a panel hidden in between would run on).
  useLayoutEffect(() => {
    if (startedAt === null) return;
    const tick = () => {
      const time = performance.now();
      setNow(time);
      if (time - startedAt >= limitMs) {
        setStartedAt(null);
        callbacks.current.onLimit();
      }
    };
    const onVisibility = () => {
      if (document.visibilityState !== 'hidden') return;
      setStartedAt(null);
      callbacks.current.onHidden();
    };
    const interval = setInterval(tick, 200);
    document.addEventListener('visibilitychange', onVisibility);
    onVisibility(); // started in a panel that is already hidden
    return () => {
      clearInterval(interval);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [startedAt, limitMs]);

  return {
    running: startedAt !== null,
    elapsedMs: startedAt === null ? 0 : Math.max(0, now - startedAt),
    start: () => {
      if (started.current !== null) return; // already running: the second press of a double click
      const time = performance.now();
      started.current = time;
      setNow(time);
      setStartedAt(time);
    },
    stop: () => {
      const from = started.current;
      const elapsed = from === null ? 0 : performance.now() - from;
      if (from !== null && elapsed < DOUBLE_PRESS_MS) return null;
      started.current = null;
      setStartedAt(null);
      return elapsed;
    },
  };
}
