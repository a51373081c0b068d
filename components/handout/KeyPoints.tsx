// The key points first (Pharos: the most important in a short list at the top).
export function KeyPoints({ heading, points }: { heading: string; points: readonly string[] }) {
  return (
    <section
      aria-labelledby="key-points-heading"
      class="mb-6 break-inside-avoid rounded-lg border-2 border-teal-700 px-4 py-3 dark:border-teal-300 print:border-black"
    >
      <h2 id="key-points-heading" class="text-lg font-bold">
        {heading}
      </h2>
      <ul class="mt-1 ms-5 list-disc space-y-1 marker:text-teal-700 dark:marker:text-teal-300 print:marker:text-black">
        {points.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
    </section>
  );
}
