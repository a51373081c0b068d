// A checkbox with a large target: the whole row is the label (at least 44 px high).
import type { ComponentChildren } from 'preact';

export function Checkbox(props: {
  id: string;
  checked: boolean;
  onToggle: () => void;
  children: ComponentChildren;
  indent?: boolean;
  disabled?: boolean;
}) {
  return (
    <label
      for={props.id}
      class={`flex min-h-11 cursor-pointer items-center gap-3 rounded-md px-2 hover:bg-stone-100 dark:hover:bg-stone-800 ${props.indent ? 'ms-8' : ''}`}
    >
      <input
        id={props.id}
        type="checkbox"
        checked={props.checked}
        disabled={props.disabled ?? false}
        onChange={props.onToggle}
        class="size-5 shrink-0 accent-teal-700 dark:accent-teal-300"
      />
      <span>{props.children}</span>
    </label>
  );
}

/** One id of a list whose ticked ids the consult keeps (factors, advice given, review). */
export function TickBox(props: {
  /** Makes the input's id: `${prefix}-${id}`. */
  prefix: string;
  id: string;
  ticked: readonly string[];
  onToggle: (id: string) => void;
  children: ComponentChildren;
  indent?: boolean;
}) {
  return (
    <Checkbox
      id={`${props.prefix}-${props.id}`}
      checked={props.ticked.includes(props.id)}
      onToggle={() => props.onToggle(props.id)}
      indent={props.indent ?? false}
    >
      {props.children}
    </Checkbox>
  );
}
