// The single-leg stance's seconds until pain: a number field (0–30) and a stopwatch that
// fills it. Stopping records the seconds (and marks the test positive); 30 s without pain
// marks it negative and keeps no seconds. Bad input says so and changes nothing.
import { useState } from 'preact/hooks';
import { t } from '../../utils/browser/i18n';
import {
  parseSlsSeconds,
  SLS_MAX_SECONDS,
  stopwatchSeconds,
} from '../../utils/examination/examination-state';
import { useModels } from '../models';
import { useStopwatch } from './useStopwatch';

export function SlsSeconds({ testId }: { testId: string }) {
  const models = useModels();
  const { state, setSlsSecondsToPain, slsHeldWithoutPain } = models.consult;
  // What was typed when it was refused, kept in the field beside its message; null when valid.
  const [refused, setRefused] = useState<string | null>(null);
  const invalid = refused !== null;
  const [message, setMessage] = useState('');
  const stopwatch = useStopwatch(SLS_MAX_SECONDS * 1000, {
    onLimit: () => {
      slsHeldWithoutPain();
      setRefused(null);
      setMessage(t('stopwatchFull'));
    },
    onHidden: () => setMessage(t('stopwatchHidden')),
    // This view is gone: the panel's own announcement says it.
    onLeft: () => models.panel.announce('stopwatchLeft'),
  });
  const inputId = `${testId}-seconds`;
  const errorId = `${inputId}-error`;
  const seconds = state.value.slsSecondsToPain;

  const onChange = (input: HTMLInputElement) => {
    const parsed = input.validity.badInput ? ({ ok: false } as const) : parseSlsSeconds(input.value);
    setRefused(parsed.ok ? null : input.value);
    setMessage('');
    if (parsed.ok) setSlsSecondsToPain(parsed.seconds);
  };

  const toggle = () => {
    if (!stopwatch.running) {
      setMessage('');
      stopwatch.start();
      return;
    }
    const elapsed = stopwatch.stop();
    if (elapsed === null) return; // the second press of a double click on Start
    const counted = stopwatchSeconds(elapsed);
    setSlsSecondsToPain(counted);
    setRefused(null);
    setMessage(t('stopwatchStopped', String(counted)));
  };

  return (
    <div class="mt-2 flex flex-wrap items-end gap-2">
      <div>
        <label for={inputId} class="block text-sm font-semibold">
          {t('slsSecondsLabel')}
        </label>
        <input
          id={inputId}
          type="number"
          min={0}
          max={SLS_MAX_SECONDS}
          step={1}
          inputMode="numeric"
          value={refused ?? seconds ?? ''}
          aria-invalid={invalid}
          aria-describedby={invalid ? errorId : undefined}
          onChange={(event) => onChange(event.currentTarget)}
          class="min-h-11 w-24 rounded-md border border-stone-400 bg-white px-2 tabular-nums dark:border-stone-500 dark:bg-stone-900"
        />
      </div>
      <button
        type="button"
        onClick={toggle}
        class={`min-h-11 rounded-md border border-teal-700 px-3 font-semibold dark:border-teal-300 ${
          stopwatch.running
            ? 'bg-teal-700 text-white dark:bg-teal-300 dark:text-stone-900'
            : 'text-teal-800 hover:bg-teal-50 dark:text-teal-200 dark:hover:bg-teal-950'
        }`}
      >
        {stopwatch.running ? t('stopwatchStop') : t('stopwatchStart')}
      </button>
      {stopwatch.running && (
        <span role="timer" class="min-h-11 py-2 font-semibold tabular-nums">
          {Math.floor(stopwatch.elapsedMs / 1000)} s
        </span>
      )}
      {invalid && (
        <p id={errorId} class="w-full text-sm font-semibold text-red-800 dark:text-red-300">
          {t('slsSecondsInvalid')}
        </p>
      )}
      <p aria-live="polite" class="w-full text-sm empty:hidden">
        {message}
      </p>
    </div>
  );
}
