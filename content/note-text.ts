// Words that go into notes and summaries, in the content language (not the interface
// language). Two voices:
// - the record (EHR): short, third person, only what was done, said or measured — never
//   "u"/"uw", never the tool's own words ("aangevinkt");
// - the patient: "u" form, plain Dutch (B1), no record labels (S/O/E/P).
// The pain rule is the leaflet's ("Mag ik pijn ervaren bij belasting?"): pain during
// loading up to the threshold is acceptable provided pain and stiffness do not increase
// over time. "Voldoet (niet) aan de pijnregel" only restates it; what to do when the rule
// is not met is an addition with its source (`pain-threshold.ts`).
import type { Localized } from './schema';

/** The SOEP record's part labels; SOAP differs only in its A ("analyse"). */
const soepLabels = {
  s: { nl: 'S (subjectief)', en: 'S (subjective)' },
  o: { nl: 'O (objectief)', en: 'O (objective)' },
  a: { nl: 'E (evaluatie)', en: 'E (evaluation)' },
  p: { nl: 'P (plan)', en: 'P (plan)' },
} as const;

export const noteText = {
  // Risk factors: ticked means discussed as possibly contributing — not found, not measured.
  factorsDiscussed: {
    nl: 'Besproken als mogelijk bijdragende factoren',
    en: 'Discussed as possibly contributing factors',
  },
  noFactors: { nl: 'Geen factoren besproken.', en: 'No factors discussed.' },

  // The pain check. The verdict in full (Pain view, patient); the record's short form.
  painCheck: { nl: 'Pijncheck', en: 'Pain check' },
  verdict: {
    acceptable: { nl: 'voldoet aan de pijnregel', en: 'meets the pain rule' },
    reduce: { nl: 'voldoet niet aan de pijnregel', en: 'does not meet the pain rule' },
    insufficient: { nl: 'nog niet te beoordelen', en: 'cannot be judged yet' },
  },
  recordVerdict: {
    acceptable: { nl: '{rule}: voldoet.', en: '{rule}: met.' },
    reduce: { nl: '{rule}: voldoet niet.', en: '{rule}: not met.' },
    insufficient: { nl: '{rule}: nog niet te beoordelen.', en: '{rule}: cannot be judged yet.' },
  },
  /** Why the verdict is what it is (Pain view). */
  reason: {
    noScore: { nl: 'Er is geen pijnscore ingevuld.', en: 'No pain score has been entered.' },
    aboveThreshold: {
      nl: 'Pijn tijdens belasten {score}/{scaleMax} is hoger dan de grens van {limit}.',
      en: 'Pain during loading of {score}/{scaleMax} is above the limit of {limit}.',
    },
    increased: {
      nl: 'Pijn of stijfheid neemt toe in de loop van de tijd; dat is in strijd met de pijnregel, wat de score ook is.',
      en: 'Pain or stiffness increases over time; that breaks the pain rule, whatever the score.',
    },
    aboveAndIncreased: {
      nl: 'Pijn tijdens belasten {score}/{scaleMax} is hoger dan de grens van {limit}, en pijn of stijfheid neemt toe in de loop van de tijd.',
      en: 'Pain during loading of {score}/{scaleMax} is above the limit of {limit}, and pain or stiffness increases over time.',
    },
    increaseUnknown: {
      nl: 'Pijn tijdens belasten {score}/{scaleMax} valt binnen de grens van {limit}, maar het is niet bekend of pijn of stijfheid toeneemt in de loop van de tijd.',
      en: 'Pain during loading of {score}/{scaleMax} is within the limit of {limit}, but it is not known whether pain or stiffness increases over time.',
    },
    withinRule: {
      nl: 'Pijn tijdens belasten {score}/{scaleMax} valt binnen de grens van {limit} en pijn en stijfheid nemen niet toe in de loop van de tijd.',
      en: 'Pain during loading of {score}/{scaleMax} is within the limit of {limit} and pain and stiffness do not increase over time.',
    },
  },
  /** What the patient reported, once, in the record's S (reported, not found). */
  painReport: {
    nl: 'Patiënt meldt pijn tijdens belasten {score}/{scaleMax}.',
    en: 'Patient reports pain during loading {score}/{scaleMax}.',
  },
  increaseReport: {
    yes: {
      nl: 'Patiënt meldt toename van pijn of stijfheid in de loop van de tijd.',
      en: 'Patient reports an increase in pain or stiffness over time.',
    },
    no: {
      nl: 'Patiënt meldt geen toename van pijn of stijfheid in de loop van de tijd.',
      en: 'Patient reports no increase in pain or stiffness over time.',
    },
    unknown: {
      nl: 'Niet bekend of pijn of stijfheid toeneemt in de loop van de tijd.',
      en: 'Not known whether pain or stiffness increases over time.',
    },
  },
  /** The record's P for the pain rule (reduce: `painRuleAdditions.reducePlan`). */
  painPlan: {
    acceptable: {
      nl: 'Belasting voortzetten binnen de pijnregel.',
      en: 'Continue loading within the pain rule.',
    },
    insufficient: { nl: 'Belasten binnen de pijnregel.', en: 'Load within the pain rule.' },
    /** When the pain rule was given without a pain check: the rule itself, with its threshold. */
    rule: {
      nl: '{rule}: belasten tot en met {threshold}/{scaleMax}, mits pijn en stijfheid niet toenemen in de loop van de tijd.',
      en: '{rule}: load up to and including {threshold}/{scaleMax}, provided pain and stiffness do not increase over time.',
    },
    /**
     * A practice threshold when neither the rule nor a pain check is in the note: named as
     * a fact, never as an instruction that was not given.
     */
    practiceThreshold: {
      nl: 'Pijngrens volgens praktijkafspraak: {threshold}/{scaleMax} (folder: {leaflet}/{scaleMax}).',
      en: 'Pain limit by practice agreement: {threshold}/{scaleMax} (leaflet: {leaflet}/{scaleMax}).',
    },
  },
  /**
   * S or P with nothing recorded in a SOEP/SOAP note: KNGF wants both present, but the
   * note must not invent what nobody recorded; the therapist completes it.
   */
  toComplete: { nl: '[aanvullen]', en: '[to complete]' },

  // The composed note (Note view), record voice.
  date: { nl: 'Datum: {date}', en: 'Date: {date}' },
  adviceTopics: { nl: 'Voorlichting gegeven over: {topics}.', en: 'Information given on: {topics}.' },
  tipsGiven: { nl: 'Adviezen meegegeven:', en: 'Advice given:' },
  reviewTopics: { nl: 'Besproken: {topics}.', en: 'Discussed: {topics}.' },
  reviewHeading: { nl: 'Besproken', en: 'Discussed' },
  reviewNone: { nl: 'Geen punten besproken.', en: 'No points discussed.' },
  // Record labels, as a setting: SOEP (Dutch physiotherapy) or SOAP (KNGF's "analyse").
  labels: { soep: soepLabels, soap: { ...soepLabels, a: { nl: 'A (analyse)', en: 'A (assessment)' } } },

  // The patient note: "u" form, B1, plain headings.
  patientTips: { nl: 'Tips voor u', en: 'Tips for you' },
  patientFactors: {
    nl: 'Factoren die bij u een rol kunnen spelen',
    en: 'Factors that may play a part for you',
  },
  patientPainHeading: { nl: 'Pijn tijdens het belasten', en: 'Pain during loading' },
  patientPain: {
    withinRule: {
      nl: 'Uw pijn tijdens het belasten is {score} op een schaal van 0 tot {scaleMax}. Pijn en stijfheid nemen niet toe. Dat past binnen de pijnregel.',
      en: 'Your pain during loading is {score} on a scale of 0 to {scaleMax}. Pain and stiffness do not increase. That is within the pain rule.',
    },
    aboveThreshold: {
      nl: 'Uw pijn tijdens het belasten is {score} op een schaal van 0 tot {scaleMax}. Dat is meer dan {threshold}{thresholdNote}. Daarom past dit niet binnen de pijnregel.',
      en: 'Your pain during loading is {score} on a scale of 0 to {scaleMax}. That is more than {threshold}{thresholdNote}. So it is not within the pain rule.',
    },
    increased: {
      nl: 'Uw pijn of stijfheid neemt toe in de loop van de tijd. Daarom past dit niet binnen de pijnregel.',
      en: 'Your pain or stiffness increases over time. So it is not within the pain rule.',
    },
    increasedWithScore: {
      nl: 'Uw pijn tijdens het belasten is {score} op een schaal van 0 tot {scaleMax}. Maar pijn of stijfheid neemt toe in de loop van de tijd. Daarom past dit niet binnen de pijnregel.',
      en: 'Your pain during loading is {score} on a scale of 0 to {scaleMax}. But pain or stiffness increases over time. So it is not within the pain rule.',
    },
    aboveAndIncreased: {
      nl: 'Uw pijn tijdens het belasten is {score} op een schaal van 0 tot {scaleMax}. Dat is meer dan {threshold}{thresholdNote}. Ook neemt pijn of stijfheid toe in de loop van de tijd. Daarom past dit niet binnen de pijnregel.',
      en: 'Your pain during loading is {score} on a scale of 0 to {scaleMax}. That is more than {threshold}{thresholdNote}. Pain or stiffness also increases over time. So it is not within the pain rule.',
    },
    increaseUnknown: {
      nl: 'Uw pijn tijdens het belasten is {score} op een schaal van 0 tot {scaleMax}. We weten nog niet of pijn of stijfheid toeneemt in de loop van de tijd. Daarom kunnen we nog niet zeggen of dit binnen de pijnregel past.',
      en: 'Your pain during loading is {score} on a scale of 0 to {scaleMax}. We do not know yet whether pain or stiffness increases over time. So we cannot say yet whether it is within the pain rule.',
    },
  },
} as const satisfies Record<string, Localized | Record<string, unknown>>;
