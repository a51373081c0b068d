// Words that go into notes and summaries, in the content language (not the interface
// language): headings, the pain check's verdicts and reasons. The verdicts restate the
// leaflet's rule ("Mag ik pijn ervaren bij belasting?"): pain up to the threshold is
// acceptable provided pain and stiffness do not increase over time.
import type { Localized } from './schema';

export const noteText = {
  riskFactors: { nl: 'Risicofactoren', en: 'Risk factors' },
  noneTicked: { nl: 'geen aangevinkt', en: 'none ticked' },
  painCheck: { nl: 'Pijncheck', en: 'Pain check' },
  review: { nl: 'Bij onvoldoende herstel besproken', en: 'Discussed as symptoms are not improving' },
  reviewNone: { nl: 'Geen vragen aangevinkt.', en: 'No questions ticked.' },
  verdict: {
    acceptable: { nl: 'acceptabel', en: 'acceptable' },
    reduce: { nl: 'belasting verminderen', en: 'reduce the load' },
    insufficient: { nl: 'nog niet te beoordelen', en: 'not enough to judge' },
  },
  reason: {
    noScore: { nl: 'Er is geen pijnscore ingevuld.', en: 'No pain score has been entered.' },
    aboveThreshold: {
      nl: 'Pijn tijdens belasten {score}/10 is hoger dan de grens van {threshold}/10.',
      en: 'Pain during loading of {score}/10 is above the limit of {threshold}/10.',
    },
    increased: {
      nl: 'Pijn tijdens belasten {score}/10, maar pijn of stijfheid neemt toe in de loop van de tijd.',
      en: 'Pain during loading {score}/10, but pain or stiffness increases over time.',
    },
    increaseUnknown: {
      nl: 'Pijn tijdens belasten {score}/10 valt binnen de grens van {threshold}/10, maar het is niet bekend of pijn of stijfheid toeneemt in de loop van de tijd.',
      en: 'Pain during loading of {score}/10 is within the limit of {threshold}/10, but it is not known whether pain or stiffness increases over time.',
    },
    withinRule: {
      nl: 'Pijn tijdens belasten {score}/10 valt binnen de grens van {threshold}/10 en pijn en stijfheid nemen niet toe in de loop van de tijd.',
      en: 'Pain during loading of {score}/10 is within the limit of {threshold}/10 and pain and stiffness do not increase over time.',
    },
  },
  painLine: { nl: 'Pijncheck: {verdict}. ', en: 'Pain check: {verdict}. ' },

  // The composed note (Note view).
  date: { nl: 'Datum: {date}', en: 'Date: {date}' },
  adviceTopics: { nl: 'Voorlichting gegeven over: {topics}.', en: 'Information given on: {topics}.' },
  tipsGiven: { nl: 'Adviezen meegegeven:', en: 'Advice given:' },
  reviewTopics: {
    nl: 'Bij onvoldoende herstel besproken: {topics}.',
    en: 'Discussed as symptoms are not improving: {topics}.',
  },
  patientTips: { nl: 'Tips voor u', en: 'Tips for you' },
  patientFactors: {
    nl: 'Factoren die bij u een rol kunnen spelen',
    en: 'Factors that may play a part for you',
  },
  patientPainHeading: { nl: 'Pijn tijdens belasten', en: 'Pain during loading' },
  patientPainLine: {
    nl: 'Uw pijn tijdens belasten: {score}/10. Beoordeling: {verdict}.',
    en: 'Your pain during loading: {score}/10. Assessment: {verdict}.',
  },
  painReport: { nl: 'Pijn tijdens belasten {score}/10.', en: 'Pain during loading {score}/10.' },
  increaseReport: {
    yes: {
      nl: 'Pijn of stijfheid neemt toe in de loop van de tijd.',
      en: 'Pain or stiffness increases over time.',
    },
    no: {
      nl: 'Pijn en stijfheid nemen niet toe in de loop van de tijd.',
      en: 'Pain and stiffness do not increase over time.',
    },
    unknown: {
      nl: 'Niet bekend of pijn of stijfheid toeneemt in de loop van de tijd.',
      en: 'Not known whether pain or stiffness increases over time.',
    },
  },
  // SOEP, as Dutch physiotherapy records use it; in English the usual SOAP.
  soep: {
    s: { nl: 'S (subjectief)', en: 'S (subjective)' },
    o: { nl: 'O (objectief)', en: 'O (objective)' },
    e: { nl: 'E (evaluatie)', en: 'A (assessment)' },
    p: { nl: 'P (plan)', en: 'P (plan)' },
  },
} as const satisfies Record<string, Localized | Record<string, Localized | Record<string, Localized>>>;
