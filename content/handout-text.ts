// The handout's own headings, in the patient's language (the content language, not the
// interface language): the same for every condition. Not clinical text.
import type { Localized } from './schema';

export const handoutText = {
  keyPointsHeading: { nl: 'Belangrijkste punten', en: 'Key points' },
  homeListHeading: { nl: 'Dit ga ik doen', en: 'What I am going to do' },
  homeListHint: {
    nl: 'Zet thuis een vinkje bij wat u gedaan heeft.',
    en: 'At home, tick what you have done.',
  },
} as const satisfies Record<string, Localized>;
