// A number typed by the therapist (seconds, strength). What is typed stays on screen;
// only a valid number reaches the consult, and anything else says what is wrong there.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

const shown = (value: number | null) => (value === null ? '' : String(value));

export function NumberField(props: {
  id: string;
  label: string;
  value: number | null;
  onChange: (value: number | null) => void;
  max: number;
  decimals?: boolean;
  /** Shown when the text is not a number from 0 to max. */
  invalid: string;
  suffix?: string;
  /** Beside the input, e.g. the unit it is measured in. */
  children?: ComponentChildren;
}) {
  const [text, setText] = useState(shown(props.value));
  const [error, setError] = useState(false);
  // Cleared or changed elsewhere ("New patient", undo): show the consult's value.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new consult value resets the text
  useEffect(() => {
    const typed = text.trim().replace(',', '.');
    if (typed === '' ? props.value !== null : Number(typed) !== props.value) {
      setText(shown(props.value));
      setError(false);
    }
  }, [props.value]);
  const commit = (raw: string) => {
    setText(raw);
    const trimmed = raw.trim().replace(',', '.');
    if (!trimmed) {
      setError(false);
      props.onChange(null);
      return;
    }
    const value = Number(trimmed);
    const ok =
      /^\d+(\.\d)?$/.test(trimmed) && value <= props.max && (props.decimals || Number.isInteger(value));
    setError(!ok);
    if (ok) props.onChange(value);
  };
  const errorId = `${props.id}-error`;
  return (
    <div>
      <label for={props.id} class="mb-1 block font-semibold">
        {props.label}
      </label>
      <span class="flex items-center gap-2">
        <input
          id={props.id}
          type="text"
          inputMode={props.decimals ? 'decimal' : 'numeric'}
          value={text}
          onInput={(e) => commit(e.currentTarget.value)}
          aria-invalid={error}
          aria-describedby={error ? errorId : undefined}
          class="min-h-11 w-24 rounded-md border border-stone-400 bg-white px-2 tabular-nums dark:border-stone-500 dark:bg-stone-900"
        />
        {props.suffix && <span aria-hidden="true">{props.suffix}</span>}
        {props.children}
      </span>
      {error && (
        <p id={errorId} class="mt-1 text-sm text-red-800 dark:text-red-300">
          {props.invalid}
        </p>
      )}
    </div>
  );
}
