// Items with a drawing of their own: the drawing (its alt text says what it shows) with
// the item's text. The handout sets them in a grid, drawing above text; the narrow panel
// as a list, a small drawing beside each text. Shared by the handout and the Advice view.
import type { HandoutFigure } from '../../utils/handout/handout-plan';
import { drawingUrl } from './drawing-url';

const LAYOUT = {
  // Four to a row on paper keeps "Wat te doen?" with its eight drawings on half a page.
  grid: {
    list: 'grid grid-cols-3 gap-3 print:grid-cols-4',
    figure: '',
    img: 'w-full',
    caption: 'mt-1 text-sm',
  },
  list: { list: 'space-y-2', figure: 'flex items-center gap-3', img: 'w-24 shrink-0', caption: '' },
} as const;

export function Figures({
  figures,
  layout = 'grid',
}: {
  figures: readonly HandoutFigure[];
  layout?: 'grid' | 'list';
}) {
  const style = LAYOUT[layout];
  return (
    <ul class={style.list}>
      {figures.map((figure) => (
        <li key={figure.file} class="break-inside-avoid">
          <figure class={`m-0 ${style.figure}`}>
            <img
              src={drawingUrl(figure.file)}
              alt={figure.alt}
              width={160}
              height={120}
              loading="lazy"
              class={`h-auto rounded-md border border-stone-300 bg-white dark:border-stone-600 dark:bg-stone-200 print:border-stone-400 ${style.img}`}
            />
            <figcaption class={`leading-snug ${style.caption}`}>{figure.text}</figcaption>
          </figure>
        </li>
      ))}
    </ul>
  );
}
