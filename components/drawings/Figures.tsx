// Items with a drawing of their own, as a grid of figures: the drawing (its alt text says
// what it shows) above the item's text. Shared by the handout and the Advice view.
import type { HandoutFigure } from '../../utils/handout-plan';
import { drawingUrl } from './drawing-url';

export function Figures({ figures, size = 'md' }: { figures: readonly HandoutFigure[]; size?: 'sm' | 'md' }) {
  // Four to a row on paper keeps "Wat te doen?" with its eight drawings on half a page.
  const columns =
    size === 'sm' ? 'grid-cols-[repeat(auto-fill,minmax(8.5rem,1fr))]' : 'grid-cols-3 print:grid-cols-4';
  return (
    <ul class={`grid gap-3 ${columns}`}>
      {figures.map((figure) => (
        <li key={figure.file} class="break-inside-avoid">
          <figure class="m-0">
            <img
              src={drawingUrl(figure.file)}
              alt={figure.alt}
              width={160}
              height={120}
              loading="lazy"
              class="h-auto w-full rounded-md border border-stone-300 bg-white dark:border-stone-600 dark:bg-stone-200 print:border-stone-400"
            />
            <figcaption class="mt-1 text-sm leading-snug">{figure.text}</figcaption>
          </figure>
        </li>
      ))}
    </ul>
  );
}
