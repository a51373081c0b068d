// Outcome measures for gluteal tendinopathy, tracked from visit to visit. ADDITION to the
// leaflet (which gives only pain during loading and "niet toenemen in de loop van de
// tijd"). Sources, each looked up:
// - Fearon AM, Grimaldi A, et al. ICON 2020 — the development of a core outcome set for
//   gluteal tendinopathy. Br J Sports Med 2024;58(5):245–254: "participants decided on
//   interim measures: the global rating of change, pain at night, time to pain onset with
//   single limb stance, pain with stair walking, pain self-efficacy and hip abduction
//   strength." (Pain self-efficacy is a questionnaire, not carried here.)
// - PSK (Patiënt Specifieke Klachten), Beurskens AJHM 1996 (meetinstrumentenzorg.nl): the
//   patient chooses the activities that matter; "hoeveel moeite het uitvoeren van die
//   activiteit de afgelopen week kostte", scored on an 11-point NRS since 2008.
// - Global perceived effect: Kamper SJ et al., J Clin Epidemiol 2010;63:760–766, the
//   11-point GPE from −5 ("vastly worse") through 0 to +5 ("completely recovered"). The
//   7-point version's labels could not be confirmed, so the 11-point scale is used.
// - Pain-monitoring model, Silbernagel KG et al., Am J Sports Med 2007;35(6):897–906:
//   pain "must subside by the following morning" — the source of "the morning after".
import type { OutcomeMeasures } from './schema';

const COS_GT = 'Fearon AM et al., Br J Sports Med 2024;58(5):245–254 (interim core outcome set)';

export const glutealTendinopathyMeasures: OutcomeMeasures = {
  items: [
    {
      id: 'painLoading',
      label: { nl: 'Pijn tijdens belasten', en: 'Pain during loading' },
      question: { nl: 'Pijn tijdens belasten (0–10)', en: 'Pain during loading (0–10)' },
      part: 'subjective',
      source: 'Folder: Mag ik pijn ervaren bij belasting?',
    },
    {
      id: 'nightPain',
      label: { nl: 'Nachtpijn', en: 'Night pain' },
      question: { nl: "Pijn 's nachts (0–10)", en: 'Pain at night (0–10)' },
      part: 'subjective',
      source: COS_GT,
    },
    {
      id: 'stairsPain',
      label: { nl: 'Pijn bij traplopen', en: 'Pain on stairs' },
      question: { nl: 'Pijn bij traplopen (0–10)', en: 'Pain walking stairs (0–10)' },
      part: 'subjective',
      source: COS_GT,
    },
    {
      id: 'psk',
      label: { nl: 'PSK', en: 'PSC' },
      question: {
        nl: 'Patiëntspecifieke klachten: activiteiten in de woorden van de patiënt; hoeveel moeite kostte de activiteit de afgelopen week (0–10)?',
        en: 'Patient-specific complaints: activities in the patient’s own words; how much difficulty did the activity cause in the past week (0–10)?',
      },
      part: 'subjective',
      source: 'Beurskens AJHM 1996, Patiënt Specifieke Klachten (11-punts NRS sinds 2008)',
    },
    {
      id: 'gpe',
      label: {
        nl: 'Globaal ervaren effect sinds start behandeling',
        en: 'Global perceived effect since the start of treatment',
      },
      question: {
        nl: 'Globaal ervaren effect sinds de start van de behandeling',
        en: 'Global perceived effect since the start of treatment',
      },
      part: 'subjective',
      source: `Kamper SJ et al., J Clin Epidemiol 2010;63:760–766; ${COS_GT}`,
    },
    {
      id: 'loadResponse',
      label: { nl: 'Ochtend na belasten', en: 'Morning after loading' },
      question: {
        nl: 'Pijn en stijfheid de ochtend na de laatste belasting',
        en: 'Pain and stiffness the morning after the last loading',
      },
      part: 'subjective',
      source: 'Silbernagel KG et al., Am J Sports Med 2007;35(6):897–906 (pain-monitoring model)',
    },
    {
      id: 'slsSeconds',
      label: { nl: 'Single-leg stance tot pijn', en: 'Single-leg stance until pain' },
      question: {
        nl: 'Single-leg stance: seconden tot pijn (0–30)',
        en: 'Single-leg stance: seconds until pain (0–30)',
      },
      part: 'objective',
      source: COS_GT,
    },
    {
      id: 'abductionStrength',
      label: { nl: 'Kracht heupabductie', en: 'Hip abduction strength' },
      question: {
        nl: 'Kracht heupabductie (zoals gemeten, bijv. N met een handdynamometer)',
        en: 'Hip abduction strength (as measured, e.g. N with a hand-held dynamometer)',
      },
      part: 'objective',
      source: COS_GT,
    },
  ],
  words: {
    heading: { nl: 'Metingen', en: 'Measures' },
    previous: { nl: 'vorige', en: 'previous' },
    intake: { nl: 'intake', en: 'intake' },
    notMeasured: { nl: 'niet gemeten', en: 'not measured' },
    better: { nl: 'beter', en: 'better' },
    same: { nl: 'gelijk', en: 'same' },
    worse: { nl: 'slechter', en: 'worse' },
    gpeScale: {
      // The anchors' wording could not be confirmed in a source: the range only (audit B).
      nl: '(−5 tot +5)',
      en: '(−5 to +5)',
    },
    reduceLoadPlan: {
      nl: 'Belasting verminderen: pijn of stijfheid was de ochtend na belasten erger.',
      en: 'Reduce the load: pain or stiffness was worse the morning after loading.',
    },
  },
};
