// The pain rule as a picture: 0–10 in a row, the acceptable zone (0 up to the practice's
// threshold) drawn solid and bracketed with words, the "not increasing over time" condition
// beside it. Shape and words carry the meaning, not colour, so it prints in black and white.
import type { PainScalePlan } from '../../utils/handout/handout-plan';

export function PainScalePicture({ scale }: { scale: PainScalePlan }) {
  const scores = Array.from({ length: scale.max + 1 }, (_, score) => score);
  const zoneWidth = `${((scale.threshold + 1) / (scale.max + 1)) * 100}%`;
  return (
    <figure class="m-0 flex flex-wrap items-center gap-x-5 gap-y-2 break-inside-avoid">
      <div role="img" aria-label={scale.label} class="w-full max-w-[22rem]">
        <ol aria-hidden="true" class="flex">
          {scores.map((score) => (
            <li
              key={score}
              class={
                score <= scale.threshold
                  ? 'flex-1 border-y-2 border-s-2 border-stone-900 bg-stone-300 py-1 text-center font-bold text-stone-950 last-of-type:border-e-2 dark:border-stone-100 dark:bg-stone-600 dark:text-white print:border-black print:bg-stone-300 print:text-black'
                  : 'flex-1 border-y border-e border-stone-500 py-1 text-center text-stone-700 dark:text-stone-300 print:text-black'
              }
            >
              {score}
            </li>
          ))}
        </ol>
        <p
          aria-hidden="true"
          style={{ width: zoneWidth }}
          class="mt-1 border-x-2 border-b-2 border-stone-900 pb-0.5 text-center text-sm font-semibold leading-tight dark:border-stone-100 print:border-black"
        >
          {scale.zone}
        </p>
      </div>
      <figcaption class="min-w-[12rem] flex-1 font-semibold">
        {scale.condition}
        {scale.practiceNote && <span class="mt-1 block text-sm font-normal">{scale.practiceNote}</span>}
      </figcaption>
    </figure>
  );
}
