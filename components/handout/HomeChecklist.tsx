// "Dit ga ik doen": the tips and advice given, each with an empty box the patient ticks on
// paper (PEMAT: a tangible tool for action). The box is drawn, not a form control.
export function HomeChecklist({
  heading,
  hint,
  items,
}: {
  heading: string;
  hint: string;
  items: readonly string[];
}) {
  return (
    <section aria-labelledby="home-list-heading" class="mb-6 break-inside-avoid">
      <h2 id="home-list-heading" class="text-lg font-bold">
        {heading}
      </h2>
      <p class="text-sm text-stone-700 dark:text-stone-300 print:text-black">{hint}</p>
      <ul class="mt-2 space-y-2">
        {items.map((item) => (
          <li key={item} class="flex items-start gap-3">
            <span
              aria-hidden="true"
              class="mt-0.5 inline-block size-5 shrink-0 rounded-sm border-2 border-stone-800 dark:border-stone-200 print:border-black"
            />
            <span>{item}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
