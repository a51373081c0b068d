// ADDITION to the leaflet: the lateral-hip test battery of the Examination view. None of
// this is in the practice's leaflet. Every test cites its source, and every figure shown
// (in a test's evidence, a pattern's statement or the note words) appears in one of the
// quoted source sentences (examination-sources.ts) — tests/unit/examination-content.test.ts
// checks that.
// A figure we could not find in a paper or a faithful abstract is left out. Grimaldi 2017's
// abstract (bjsm.bmj.com/content/51/6/519, quoted in examination-sources.ts) gives figures
// against MRI; the battery shows only its conclusions (palpation most
// sensitive, SLS most specific). Fearon 2013's classification-tree figures describe a
// tree, not FABER alone.
import { citations } from './examination-sources';
import type { ExaminationBattery, ExaminationTest } from './schema';

const familiarLateralPain = {
  nl: 'De bekende pijn aan de zijkant van de heup.',
  en: 'The familiar pain at the side of the hip.',
};

const tests: readonly ExaminationTest[] = [
  {
    id: 'palpation',
    name: { nl: 'Palpatie trochanter major', en: 'Palpation of the greater trochanter' },
    noteName: { nl: 'palpatie trochanter major', en: 'greater trochanter palpation' },
    how: {
      nl: 'Druk met de vingers op en rond de trochanter major.',
      en: 'Press with the fingers on and around the greater trochanter.',
    },
    positive: {
      nl: 'Drukpijn: de bekende pijn aan de zijkant van de heup.',
      en: 'Tenderness: the familiar pain at the side of the hip.',
    },
    // "palpation was found most sensitive"; "lack of palpable tenderness makes GT unlikely"
    evidence: {
      nl: 'De meest sensitieve test: geen drukpijn maakt gluteale tendinopathie onwaarschijnlijk (Grimaldi 2017). Eerste stap, vóór weerstand abductie (Kinsella 2024).',
      en: 'The most sensitive test: no tenderness makes gluteal tendinopathy unlikely (Grimaldi 2017). The first step, before resisted abduction (Kinsella 2024).',
    },
    sources: ['grimaldi-2017', 'kinsella-2024'],
    resultWords: {
      positive: { nl: 'pijnlijk', en: 'tender' },
      negative: { nl: 'niet pijnlijk', en: 'not tender' },
    },
  },
  {
    id: 'single-leg-stance',
    // Lequesne 2008: "The 2 tests evaluated the occurrence of pain similar to
    // spontaneous pain during a single-leg stance held for 30 seconds and resisted
    // external derotation in a supine position (hip flexed 90 degrees ) then prone
    // position (hip extended)."
    name: { nl: 'Single-leg stance (tot 30 s)', en: 'Single-leg stance (up to 30 s)' },
    noteName: { nl: 'single-leg stance', en: 'single-leg stance' },
    how: {
      nl: 'De patiënt staat tot 30 s op het aangedane been; noteer na hoeveel seconden pijn komt.',
      en: 'The patient stands on the affected leg for up to 30 s; note after how many seconds pain comes.',
    },
    positive: {
      nl: 'De bekende pijn aan de zijkant van de heup binnen 30 s.',
      en: 'The familiar pain at the side of the hip within 30 s.',
    },
    // Grimaldi 2017 (summary): "Tests found to have the both compressive and active
    // tension components (SLS, modified FADER and ADD tests) were most specific and
    // palpation was found most sensitive."
    // Lequesne 2008: "Seventeen patients completed the study (mean +/- SD age 68.1 +/-
    // 10.8 years, mean duration of symptoms 13 months)." "A matched control population
    // without hip pain was examined similarly." "Sensitivity and specificity were 100%
    // and 97.3%, respectively, for the single-leg stance test and 88% and 97.3%,
    // respectively, for the resisted external derotation test in the supine position."
    evidence: {
      nl: 'Een van de meest specifieke testen (Grimaldi 2017). In een kleine studie (17 patiënten met hardnekkige trochanterpijn, gemiddeld 68,1 jaar, vergeleken met mensen zonder heuppijn): sensitiviteit 100%, specificiteit 97,3% (Lequesne 2008).',
      en: 'One of the most specific tests (Grimaldi 2017). In a small study (17 patients with refractory greater trochanter pain, mean age 68.1 years, compared with people without hip pain): sensitivity 100%, specificity 97.3% (Lequesne 2008).',
    },
    sources: ['grimaldi-2017', 'lequesne-2008'],
    timed: true,
  },
  {
    id: 'resisted-abduction',
    name: { nl: 'Weerstand abductie', en: 'Resisted hip abduction' },
    noteName: { nl: 'weerstand abductie', en: 'resisted abduction' },
    how: {
      nl: 'De patiënt duwt het been zijwaarts (abductie) tegen de weerstand van de therapeut.',
      en: "The patient pushes the leg out to the side (abduction) against the therapist's resistance.",
    },
    positive: familiarLateralPain,
    // Kinsella 2024: "In people reporting lateral hip pain, a negative gluteal tendon
    // (GT) palpation test followed by a negative resisted hip abduction test
    // significantly reduced the posttest probability of GTPS from 59% to 14%." "In those
    // with a positive GT palpation test followed by a positive resisted hip abduction
    // test, the posttest probability of GTPS significantly shifted from 59% to 96%."
    evidence: {
      nl: 'Na palpatie: beide negatief verlaagde de kans op GTPS van 59% naar 14%, beide positief verhoogde die van 59% naar 96% (Kinsella 2024).',
      en: 'After palpation: both negative lowered the probability of GTPS from 59% to 14%, both positive raised it from 59% to 96% (Kinsella 2024).',
    },
    sources: ['kinsella-2024'],
  },
  {
    id: 'faber',
    name: { nl: 'FABER', en: 'FABER' },
    how: {
      nl: 'Rugligging: heup in flexie, abductie en exorotatie.',
      en: 'Supine: hip in flexion, abduction and external rotation.',
    },
    // "Participants identified the site of reproduced pain." (Fearon 2013)
    positive: {
      nl: 'Pijn aan de zijkant van de heup, niet in de lies; de patiënt wijst de plek aan.',
      en: 'Pain at the side of the hip, not in the groin; the patient points to the spot.',
    },
    // "… together with pain on palpation of the greater trochanter and LHP with a FABER test
    // are likely to have GTPS" (Fearon 2013).
    evidence: {
      nl: 'Pijn aan de zijkant bij FABER, samen met drukpijn op de trochanter major en zonder moeite met schoenen en sokken aantrekken, maakt GTPS waarschijnlijk (Fearon 2013).',
      en: 'Lateral hip pain on FABER, together with tenderness of the greater trochanter and no difficulty putting on shoes and socks, makes GTPS likely (Fearon 2013).',
    },
    sources: ['fearon-2013', 'grimaldi-2014'],
  },
  {
    id: 'fader',
    name: { nl: 'FADER', en: 'FADER' },
    // Grimaldi 2014: "The clinical tests included passive hip flexion to 90°/ adduction
    // to end of range (EOR)/ external rotation (ER) (i.e. FADER), FADER with static
    // resisted hip internal rotation (FADER-R), hip flexion/abduction/ER (FABER),
    // passive EOR hip adduction in sidelying (ADD), ADD with static resisted abduction
    // at EOR (ADDR), and palpation of the greater trochanter."
    how: {
      nl: 'Rugligging: heup passief naar 90° flexie, adductie tot de eindstand, exorotatie.',
      en: 'Supine: hip passively to 90° flexion, adduction to end of range, external rotation.',
    },
    positive: familiarLateralPain,
    sources: ['grimaldi-2014', 'grimaldi-2017'],
  },
  {
    id: 'fader-r',
    name: { nl: 'FADER-R', en: 'FADER-R' },
    // "FADER with static resisted hip internal rotation (FADER-R)"
    how: {
      nl: 'FADER, en de patiënt duwt statisch in endorotatie tegen weerstand.',
      en: 'FADER, with the patient pushing statically into internal rotation against resistance.',
    },
    positive: familiarLateralPain,
    sources: ['grimaldi-2014', 'grimaldi-2017'],
  },
  {
    id: 'add',
    name: { nl: 'ADD', en: 'ADD' },
    // "passive EOR hip adduction in sidelying (ADD)"
    how: {
      nl: 'Zijligging op de andere zijde: het bovenste been passief in adductie tot de eindstand.',
      en: 'Side-lying on the other side: the top leg passively into adduction to end of range.',
    },
    positive: familiarLateralPain,
    sources: ['grimaldi-2014', 'grimaldi-2017'],
  },
  {
    id: 'add-r',
    name: { nl: 'ADD-R', en: 'ADD-R' },
    // "ADD with static resisted abduction at EOR (ADDR)"
    how: {
      nl: 'ADD, en de patiënt duwt in de eindstand statisch in abductie tegen weerstand.',
      en: 'ADD, with the patient pushing statically into abduction against resistance at end of range.',
    },
    positive: familiarLateralPain,
    sources: ['grimaldi-2014', 'grimaldi-2017'],
  },
  {
    id: 'resisted-external-derotation',
    name: { nl: 'Weerstand externe derotatie', en: 'Resisted external derotation' },
    noteName: { nl: 'weerstand externe derotatie', en: 'resisted external derotation' },
    // Lequesne 2008: "The 2 tests evaluated the occurrence of pain similar to
    // spontaneous pain during a single-leg stance held for 30 seconds and resisted
    // external derotation in a supine position (hip flexed 90 degrees ) then prone
    // position (hip extended)."
    how: {
      nl: 'Externe derotatie tegen weerstand: in rugligging met de heup 90° gebogen, daarna in buikligging met gestrekte heup.',
      en: 'External derotation against resistance: supine with the hip flexed 90°, then prone with the hip extended.',
    },
    // "the occurrence of pain similar to spontaneous pain"
    positive: {
      nl: 'Pijn zoals de patiënt die uit zichzelf heeft.',
      en: "Pain like the patient's spontaneous pain.",
    },
    // Lequesne 2008: "Seventeen patients completed the study (mean +/- SD age 68.1 +/-
    // 10.8 years, mean duration of symptoms 13 months)." "A matched control population
    // without hip pain was examined similarly." "Sensitivity and specificity were 100%
    // and 97.3%, respectively, for the single-leg stance test and 88% and 97.3%,
    // respectively, for the resisted external derotation test in the supine position."
    evidence: {
      nl: 'In een kleine studie (17 patiënten, vergeleken met mensen zonder heuppijn): sensitiviteit 88%, specificiteit 97,3% in rugligging (Lequesne 2008).',
      en: 'In a small study (17 patients, compared with people without hip pain): sensitivity 88%, specificity 97.3% supine (Lequesne 2008).',
    },
    sources: ['lequesne-2008'],
  },
];

export const lateralHipExamination: ExaminationBattery = {
  addition: {
    nl: 'Aanvulling op de folder: deze testen staan niet in de folder. Ze komen uit gepubliceerd onderzoek; bij elke test staat de bron.',
    en: 'An addition to the leaflet: these tests are not in the leaflet. They come from published research; each test names its source.',
  },
  tests,
  patterns: [
    {
      id: 'palpation-abduction-positive',
      when: { palpation: 'positive', 'resisted-abduction': 'positive' },
      // Kinsella 2024: "In those with a positive GT palpation test followed by a
      // positive resisted hip abduction test, the posttest probability of GTPS
      // significantly shifted from 59% to 96%."
      statement: {
        nl: 'Palpatie en weerstand abductie beide positief; bij deze combinatie steeg de kans op GTPS bij mensen met laterale heuppijn in onderzoek van 59% naar 96% (Kinsella 2024).',
        en: 'Palpation and resisted abduction both positive; with this combination the probability of GTPS in people with lateral hip pain rose from 59% to 96% in research (Kinsella 2024).',
      },
      source: 'kinsella-2024',
    },
    {
      id: 'palpation-abduction-negative',
      when: { palpation: 'negative', 'resisted-abduction': 'negative' },
      // Kinsella 2024: "In people reporting lateral hip pain, a negative gluteal
      // tendon (GT) palpation test followed by a negative resisted hip abduction test
      // significantly reduced the posttest probability of GTPS from 59% to 14%."
      statement: {
        nl: 'Palpatie en weerstand abductie beide negatief; bij deze combinatie daalde de kans op GTPS bij mensen met laterale heuppijn in onderzoek van 59% naar 14% (Kinsella 2024).',
        en: 'Palpation and resisted abduction both negative; with this combination the probability of GTPS in people with lateral hip pain fell from 59% to 14% in research (Kinsella 2024).',
      },
      source: 'kinsella-2024',
    },
  ],
  citations,
  noteWords: {
    lead: { nl: 'Onderzoek', en: 'Examination' },
    side: { left: { nl: 'links', en: 'left' }, right: { nl: 'rechts', en: 'right' } },
    result: { positive: { nl: 'positief', en: 'positive' }, negative: { nl: 'negatief', en: 'negative' } },
    timedPositive: { nl: 'pijn na {seconds} s', en: 'pain after {seconds} s' },
    // Lequesne 2008: "The 2 tests evaluated the occurrence of pain similar to
    // spontaneous pain during a single-leg stance held for 30 seconds and resisted
    // external derotation in a supine position (hip flexed 90 degrees ) then prone
    // position (hip extended)."
    timedPositiveNoSeconds: { nl: 'pijn binnen 30 s', en: 'pain within 30 s' },
    timedNegative: { nl: 'geen pijn binnen 30 s', en: 'no pain within 30 s' },
  },
};
