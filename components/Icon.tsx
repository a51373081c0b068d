// The few line icons of the panel and the handout, one component: an icon is its view box
// and the attributes of its one path; the caller sizes and places it. Decorative only
// (aria-hidden): the text beside it says what it means.
const ICONS = {
  /** A disclosure's arrow; the caller turns it when the section is open. */
  chevron: {
    viewBox: '0 0 16 16',
    path: {
      d: 'M6 3l5 5-5 5',
      fill: 'none',
      stroke: 'currentColor',
      'stroke-width': '2',
      'stroke-linecap': 'round',
    },
  },
  /** Beside the practice's "bel ons als…" line on the handout. */
  phone: {
    viewBox: '0 0 24 24',
    path: {
      d: 'M5 3h4l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 5a2 2 0 0 1 2-2',
      fill: 'none',
      stroke: 'currentColor',
      'stroke-width': '2',
      'stroke-linejoin': 'round',
    },
  },
  /** A setting the practice's policy fixed. */
  lock: {
    viewBox: '0 0 16 16',
    path: { d: 'M4 7V5a4 4 0 0 1 8 0v2h1v7H3V7zm2 0h4V5a2 2 0 0 0-4 0z', fill: 'currentColor' },
  },
  /** The Settings tab, which shows its label to screen readers only. */
  gear: {
    viewBox: '0 0 24 24',
    path: {
      fill: 'currentColor',
      d: 'M19.4 13a7.5 7.5 0 0 0 0-2l2-1.6-2-3.4-2.4 1a7 7 0 0 0-1.7-1L15 3.5h-4L10.7 6a7 7 0 0 0-1.7 1l-2.4-1-2 3.4 2 1.6a7.5 7.5 0 0 0 0 2l-2 1.6 2 3.4 2.4-1a7 7 0 0 0 1.7 1l.3 2.5h4l.3-2.5a7 7 0 0 0 1.7-1l2.4 1 2-3.4zM13 15.5a3.5 3.5 0 1 1 0-7 3.5 3.5 0 0 1 0 7z',
      transform: 'translate(-1 0)',
    },
  },
} as const;

export function Icon({ name, class: className }: { name: keyof typeof ICONS; class: string }) {
  const { viewBox, path } = ICONS[name];
  return (
    <svg aria-hidden="true" viewBox={viewBox} class={className}>
      <path {...path} />
    </svg>
  );
}
