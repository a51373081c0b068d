// The panel's one button, in the few looks it needs: `primary` (the view's main action,
// filled), `secondary` (outlined), `small` (a compact copy action), `link` (undo).
import type { ComponentChildren } from 'preact';

export type ButtonLook = 'primary' | 'secondary' | 'small' | 'link';

const LOOKS: Record<ButtonLook, string> = {
  primary:
    'min-h-11 rounded-md bg-teal-700 px-4 font-semibold text-white hover:bg-teal-800 dark:bg-teal-300 dark:text-stone-900 dark:hover:bg-teal-200',
  secondary:
    'min-h-11 rounded-md border border-stone-400 px-4 font-semibold text-teal-800 hover:bg-teal-50 dark:border-stone-500 dark:text-teal-200 dark:hover:bg-teal-950',
  small:
    'min-h-11 rounded-md border border-stone-300 px-3 text-sm font-medium text-teal-800 hover:bg-teal-50 dark:border-stone-600 dark:text-teal-200 dark:hover:bg-teal-950',
  link: 'min-h-9 rounded-md px-3 font-semibold text-teal-800 underline hover:bg-teal-50 dark:text-teal-200 dark:hover:bg-teal-950',
};

/** The classes of a look, for an element that must look like a button (a file input's label). */
export const buttonClass = (look: ButtonLook) => LOOKS[look];

export function Button(props: {
  look?: ButtonLook;
  onClick: () => void;
  children: ComponentChildren;
  /** Takes the free width of its row (the footer's main actions). */
  grow?: boolean;
  class?: string;
  'aria-label'?: string;
}) {
  const { look = 'secondary', grow, onClick, children } = props;
  return (
    <button
      type="button"
      onClick={onClick}
      aria-label={props['aria-label']}
      class={[LOOKS[look], grow && 'flex-1', props.class].filter(Boolean).join(' ')}
    >
      {children}
    </button>
  );
}
