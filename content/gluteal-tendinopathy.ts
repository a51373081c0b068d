// Gluteal tendinopathy (lateral hip pain): the practice's leaflet as structured content.
// Source: ../shared/source/leaflet-gluteale-tendinopathie.nl.txt. Dutch is the source,
// with the leaflet's typing slips corrected and patient text in "u" form; English is a
// translation of it, not new advice. Ids are stable: notes and settings refer to them.
//
// Changes for plain Dutch (B1, Pharos: short sentences, common words), meaning unchanged;
// each old → new:
// - who: "komt meer voor bij vrouwen dan bij mannen (4:1), en dan meestal boven het 40e
//   levensjaar" → "komt vaker voor bij vrouwen dan bij mannen (4 vrouwen op 1 man). Meestal
//   zijn mensen met deze klachten ouder dan 40 jaar." ("zij" could be read as the women only).
// - no-hip-hanging: "Niet ‘in de heup hangen’ bij het staan." → explained as in English:
//   "… (op één been staan met die heup naar opzij geduwd)."
// - anatomy: "De gluteale musculatuur zijn de spieren van de bil." → "… is de groep spieren
//   van de bil." (grammar); "veelal" → "meestal".
// - avoid-painful-moments: "Denkt u allereerst eens goed na over de momenten waarop u de
//   meeste pijn ervaart, en probeer …" → "Denk eerst goed na: op welke momenten heeft u de
//   meeste pijn? Probeer die momenten zo goed mogelijk te voorkomen."
// - compression: "Het belangrijkste mechanisme achter de pijn is compressie: de druk die op
//   de pees komt tijdens het belasten. Dit komt veelal doordat de heup:" → "De pijn komt
//   vooral door druk op de pees tijdens het belasten (compressie). Die druk ontstaat vaak
//   doordat de heup:"; the Latin in brackets dropped from the three movements
//   ("(adductie)", "(flexie)", "(endorotatie)"); the clinician's record keeps them in the
//   section's topic.
// - pillow-between-knees: one sentence with a colon and brackets → "Wilt u op de andere
//   zijde liggen? Leg dan bijvoorbeeld een kussen tussen uw knieën. Anders beweegt de heup
//   weer naar binnen."
// - strategy (39 words) → three sentences: "Uw therapeut kan met u kijken waar de klachten
//   vandaan zijn gekomen. Van daaruit bepaalt de therapeut wat de klachten mogelijk in stand
//   houdt. En wat de beste aanpak (behandeling) is om u zo snel mogelijk weer klachtenvrij
//   te krijgen."
// - ultrasound-shockwave → "Daarbij kan de therapeut ook een echo (echografisch onderzoek)
//   van uw pees maken of laten maken. Ook kan de therapeut bepalen of andere behandelingen u
//   extra kunnen helpen, zoals shockwave (schokgolftherapie)." ("en/of", "van toegevoegde
//   waarde" dropped).
// - imbalance: "Dit kan resulteren in" → "Dit kan leiden tot".
// - pain-rule: "mag u enige pijn ervaren … mits … De pijn die u mag ervaren is tot de 4 op
//   een schaal van 0–10." → "mag u wat pijn voelen. … Voorwaarde is wel dat … U mag pijn
//   voelen tot en met 4, op een schaal van 0 tot 10." (the limit itself is allowed, as the
//   pain check judges it; "tot een 4" could be read as "below 4").
// - expectations: "peesklachten langdurig van aard kunnen zijn" → "peesklachten lang kunnen
//   duren"; adherence: "Als u goed therapietrouw bent, verhoogt dat de kans op goed
//   herstel." → "Als u goed volhoudt met oefenen (therapietrouw), is de kans op goed herstel
//   groter."
// - dose: "ineffectief" explained: "Te weinig is ineffectief (werkt niet)".
// Fidelity (the leaflet's own words): "Vaak verward" → "Regelmatig verward"; "belasten een
// soort medicatie is" → "belasten als een soort medicatie is".
// English: "hang on your hip" → what it means; "mostly arises" → "often arises" ("vaak"); "a chair that is too deep" → "a low, sunken
// chair"; "Imbalance in energy balance" → "Energy imbalance".

import type { ConditionEntry, ListItem, ReviewQuestion, RiskFactorGroup } from './schema';

const intrinsicFactors: readonly ListItem[] = [
  { id: 'genetics', text: { nl: 'Genetica', en: 'Genetics' } },
  { id: 'age', text: { nl: 'Leeftijd', en: 'Age' } },
  {
    id: 'strength-stability-endurance',
    text: { nl: 'Kracht, stabiliteit, uithoudingsvermogen', en: 'Strength, stability, endurance' },
  },
  { id: 'high-bmi', text: { nl: 'Hoge BMI', en: 'High BMI' } },
  { id: 'metabolic', text: { nl: 'Metabole problematiek', en: 'Metabolic problems' } },
  { id: 'diabetes', text: { nl: 'Diabetes', en: 'Diabetes' } },
  { id: 'bowel', text: { nl: 'Darmklachten', en: 'Bowel problems' } },
  { id: 'psoriasis', text: { nl: 'Psoriasis', en: 'Psoriasis' } },
  { id: 'medication', text: { nl: 'Medicatie', en: 'Medication' } },
  {
    id: 'hormonal',
    text: {
      nl: 'Hormonale invloeden (o.a. de overgang)',
      en: 'Hormonal influences (including the menopause)',
    },
  },
  {
    id: 'energy-imbalance',
    text: { nl: 'Dysbalans in de energiehuishouding', en: 'Energy imbalance' },
  },
];

const extrinsicFactors: readonly ListItem[] = [
  {
    id: 'overload',
    text: { nl: 'Overbelasting', en: 'Overload' },
    items: [
      {
        id: 'overload-repetitions',
        text: { nl: 'Toename van herhalingen', en: 'Increase in repetitions' },
      },
      {
        id: 'overload-intensity',
        text: { nl: 'Toename van trainingsintensiteit', en: 'Increase in training intensity' },
      },
      {
        id: 'overload-duration',
        text: { nl: 'Toename van duur van de training', en: 'Increase in training duration' },
      },
    ],
  },
  { id: 'fatigue', text: { nl: 'Vermoeidheid', en: 'Fatigue' } },
  {
    id: 'poor-technique',
    text: { nl: 'Slechte techniek van bewegen', en: 'Poor movement technique' },
  },
  {
    id: 'prolonged-sitting-standing-walking',
    text: {
      nl: 'Langdurig zitten, staan en lopen',
      en: 'Prolonged sitting, standing and walking',
    },
  },
  { id: 'limited-sleep', text: { nl: 'Beperkte slaap', en: 'Limited sleep' } },
  {
    id: 'repetitive-postures',
    text: { nl: 'Repeterende houdingen/bewegingen', en: 'Repetitive postures/movements' },
  },
  { id: 'work-related', text: { nl: 'Werkgerelateerde factoren', en: 'Work-related factors' } },
  { id: 'stress', text: { nl: 'Stress en spanning', en: 'Stress and tension' } },
];

const riskFactorGroups: readonly RiskFactorGroup[] = [
  {
    id: 'intrinsic',
    heading: { nl: 'Uitgaande van het lichaam', en: 'From the body (intrinsic)' },
    factors: intrinsicFactors,
  },
  {
    id: 'extrinsic',
    heading: { nl: 'Factoren van buitenaf', en: 'External factors (extrinsic)' },
    factors: extrinsicFactors,
  },
];

const review: readonly ReviewQuestion[] = [
  {
    id: 'expectations',
    label: { nl: 'Verwachtingen', en: 'Expectations' },
    question: { nl: 'Verwacht u niet te veel, te snel?', en: 'Are you expecting too much, too soon?' },
    explanation: {
      nl: 'Heb geduld. We weten uit ervaring en onderzoek dat peesklachten lang kunnen duren.',
      en: 'Be patient. We know from experience and research that tendon problems can last a long time.',
    },
    record: {
      nl: 'Verwachtingen besproken (peesklachten kunnen lang duren).',
      en: 'Expectations discussed (tendon problems can last a long time).',
    },
  },
  {
    id: 'technique',
    label: { nl: 'Oefentechniek', en: 'Exercise technique' },
    question: {
      nl: 'Oefent u op de juiste manier (de techniek)?',
      en: 'Are you exercising the right way (technique)?',
    },
    record: {
      nl: 'Oefentechniek besproken.',
      en: 'Exercise technique discussed.',
    },
  },
  {
    id: 'adherence',
    label: { nl: 'Therapietrouw', en: 'Adherence' },
    question: { nl: 'Oefent u genoeg en consequent?', en: 'Are you exercising enough and consistently?' },
    explanation: {
      nl: 'Als u goed volhoudt met oefenen (therapietrouw), is de kans op goed herstel groter.',
      en: 'If you keep up your exercises well (adherence), the chance of a good recovery is greater.',
    },
    record: {
      nl: 'Therapietrouw besproken (genoeg en consequent oefenen; goede therapietrouw vergroot de kans op goed herstel).',
      en: 'Adherence discussed (exercising enough and consistently; good adherence makes a good recovery more likely).',
    },
  },
  {
    id: 'load',
    label: { nl: 'Belasting en belastbaarheid', en: 'Load and load capacity' },
    question: {
      nl: 'Denkt u goed aan uw belasting en belastbaarheid?',
      en: 'Are you paying attention to your load and load capacity?',
    },
    explanation: {
      nl: 'Luister goed naar uw lichaam en uw hoofd.',
      en: 'Listen carefully to your body and your mind.',
    },
    record: {
      nl: 'Belasting en belastbaarheid besproken (luisteren naar lichaam en hoofd).',
      en: 'Load and load capacity discussed (listening to body and mind).',
    },
  },
];

export const glutealTendinopathy: ConditionEntry = {
  id: 'gluteal-tendinopathy',
  name: { nl: 'Gluteale tendinopathie', en: 'Gluteal tendinopathy' },
  source: {
    nl: 'Folder van de praktijk: pijn aan de buitenzijde van de heup (gluteale tendinopathie).',
    en: "The practice's leaflet: pain on the outside of the hip (gluteal tendinopathy).",
  },
  painRule: {
    defaultThreshold: 4,
    scaleMax: 10,
    explainedBy: 'loading-is-medication',
    statement: {
      nl: 'Pijn tijdens het belasten tot en met {threshold} op een schaal van 0 tot 10 is acceptabel, als pijn en stijfheid niet toenemen in de loop van de tijd{thresholdNote}.',
      en: 'Pain during loading up to and including {threshold} on a scale of 0 to 10 is acceptable, provided pain and stiffness do not increase over time{thresholdNote}.',
    },
  },
  riskFactorGroups,
  review,
  reviewSection: 'not-improving',
  // Examination and measures are additions, with their sources: see those files. Only the
  // consult views need them, so they load when the first of those opens.
  consultContent: async () => {
    const [{ lateralHipExamination }, { glutealTendinopathyMeasures }] = await Promise.all([
      import('./examination'),
      import('./gluteal-tendinopathy-measures'),
    ]);
    return { examination: lateralHipExamination, measures: glutealTendinopathyMeasures };
  },
  handout: () => import('./gluteal-tendinopathy-handout').then((m) => m.glutealTendinopathyHandout),
  sections: [
    {
      id: 'what-is-it',
      topic: {
        nl: 'aard van de aandoening en wie het krijgt',
        en: 'nature of the condition and who gets it',
      },
      heading: { nl: 'Wat is het en wie krijgt het?', en: 'What is it and who gets it?' },
      blocks: [
        {
          kind: 'paragraph',
          id: 'definition',
          text: {
            nl: 'Pijn aan de buitenzijde van de heup, oftewel gluteale tendinopathie, is een irritatie van de pees van de middelste bilspier. De pijn zit aan de buitenzijde van de heup en straalt soms uit langs de buitenzijde van het bovenbeen.',
            en: 'Pain on the outside of the hip, or gluteal tendinopathy, is an irritation of the tendon of the middle buttock muscle. The pain is on the outside of the hip and sometimes spreads along the outside of the thigh.',
          },
        },
        {
          kind: 'paragraph',
          id: 'who',
          text: {
            nl: 'Deze blessure komt vaker voor bij vrouwen dan bij mannen (4 vrouwen op 1 man). Meestal zijn mensen met deze klachten ouder dan 40 jaar. De klachten komen ook regelmatig voor bij hardlopers.',
            en: 'This injury is more common in women than in men (4 women to 1 man). Most people with these symptoms are over 40. The symptoms are also regularly seen in runners.',
          },
        },
      ],
    },
    {
      id: 'symptoms',
      topic: { nl: 'klachten bij activiteiten', en: 'symptoms during activities' },
      heading: { nl: 'Klachten bij activiteiten', en: 'Symptoms during activities' },
      blocks: [
        {
          kind: 'list',
          id: 'activities',
          title: { nl: 'Mogelijke klachten zijn moeite met:', en: 'You may have difficulty with:' },
          items: [
            { id: 'side-lying', text: { nl: 'op de zij liggen', en: 'lying on your side' } },
            { id: 'standing', text: { nl: '(lang) staan', en: 'standing (for a long time)' } },
            { id: 'walking', text: { nl: 'lopen en traplopen', en: 'walking and climbing stairs' } },
            { id: 'sitting', text: { nl: 'zitten', en: 'sitting' } },
            { id: 'sit-to-stand', text: { nl: 'opstaan vanuit zit', en: 'standing up from sitting' } },
            { id: 'slopes', text: { nl: 'een helling op- of aflopen', en: 'walking up or down a slope' } },
          ],
        },
      ],
    },
    {
      id: 'bursitis',
      topic: { nl: 'verwarring met slijmbeursontsteking', en: 'confusion with bursitis' },
      heading: { nl: 'Regelmatig verward met slijmbeursontsteking', en: 'Regularly confused with bursitis' },
      blocks: [
        {
          kind: 'paragraph',
          id: 'confusion',
          text: {
            nl: 'Weetje: heuppeesklachten worden regelmatig verward met een slijmbeursontsteking.',
            en: 'Good to know: hip tendon problems are regularly mistaken for bursitis.',
          },
        },
      ],
    },
    {
      id: 'anatomy',
      topic: { nl: 'anatomie (gluteus medius en minimus)', en: 'anatomy (gluteus medius and minimus)' },
      heading: { nl: 'Anatomie', en: 'Anatomy' },
      blocks: [
        {
          kind: 'paragraph',
          id: 'muscles',
          text: {
            nl: 'De gluteale musculatuur is de groep spieren van de bil. De heuppijn wordt meestal veroorzaakt door de gluteus medius en minimus (de middelste en kleinste bilspier). Beide spieren hechten vast aan het bot aan de buitenzijde van de heup.',
            en: 'The gluteal muscles are the group of muscles of the buttock. The hip pain is mostly caused by the gluteus medius and minimus (the middle and smallest buttock muscles). Both muscles attach to the bone on the outside of the hip.',
          },
        },
      ],
    },
    {
      id: 'what-is-going-on',
      topic: { nl: 'overbelasting van de pees', en: 'overload of the tendon' },
      heading: { nl: 'Wat is er aan de hand?', en: 'What is going on?' },
      blocks: [
        {
          kind: 'paragraph',
          id: 'overload',
          text: {
            nl: 'Als de pees van de heup meer belast wordt dan hij aankan, ontstaat er een overbelasting, oftewel irritatie van de pees.',
            en: 'When the hip tendon is loaded more than it can handle, the tendon becomes overloaded, that is, irritated.',
          },
        },
      ],
    },
    {
      id: 'what-to-do',
      topic: {
        nl: 'compressie vermijden (adductie, flexie, endorotatie) en praktische tips',
        en: 'avoiding compression (adduction, flexion, internal rotation) and practical tips',
      },
      heading: { nl: 'Wat te doen?', en: 'What to do?' },
      blocks: [
        {
          kind: 'paragraph',
          id: 'avoid-painful-moments',
          text: {
            nl: 'Denk eerst goed na: op welke momenten heeft u de meeste pijn? Probeer die momenten zo goed mogelijk te voorkomen.',
            en: 'First, think carefully: at which moments do you have the most pain? Try to avoid those moments as much as possible.',
          },
        },
        {
          kind: 'list',
          id: 'compression',
          title: {
            nl: 'De pijn komt vooral door druk op de pees tijdens het belasten (compressie). Die druk ontstaat vaak doordat de heup:',
            en: 'The pain comes mainly from pressure on the tendon during loading (compression). That pressure often arises when the hip:',
          },
          items: [
            {
              id: 'adduction',
              text: { nl: 'naar binnen beweegt', en: 'moves inwards' },
            },
            { id: 'flexion', text: { nl: 'buigt', en: 'bends' } },
            {
              id: 'internal-rotation',
              text: { nl: 'naar binnen draait', en: 'turns inwards' },
            },
          ],
        },
        {
          kind: 'list',
          id: 'tips',
          role: 'tips',
          title: { nl: 'Denk bijvoorbeeld ook aan:', en: 'For example, also remember:' },
          items: [
            {
              id: 'no-hip-hanging',
              text: {
                nl: 'Niet ‘in de heup hangen’ bij het staan (op één been staan met die heup naar opzij geduwd).',
                en: 'Do not stand with your weight on one leg and that hip pushed out to the side.',
              },
              record: {
                nl: 'Niet ‘in de heup hangen’ bij het staan (gewicht op één been, heup naar opzij geduwd).',
                en: 'Not standing with the weight on one leg and that hip pushed out to the side.',
              },
            },
            {
              id: 'not-on-painful-side',
              text: { nl: 'Niet op de pijnlijke zijde slapen.', en: 'Do not sleep on the painful side.' },
              record: { nl: 'Niet op de pijnlijke zijde slapen.', en: 'Not sleeping on the painful side.' },
            },
            {
              id: 'pillow-between-knees',
              text: {
                nl: 'Wilt u op de andere zijde liggen? Leg dan bijvoorbeeld een kussen tussen uw knieën. Anders beweegt de heup weer naar binnen.',
                en: 'Do you want to lie on the other side? Then put a pillow between your knees, for example. Otherwise the hip moves inwards again.',
              },
              record: {
                nl: 'Bij liggen op de andere zijde: bijvoorbeeld een kussen tussen de knieën (anders beweegt de heup weer naar binnen).',
                en: 'When lying on the other side: for example a pillow between the knees (otherwise the hip moves inwards again).',
              },
            },
            {
              id: 'no-crossed-legs',
              text: {
                nl: 'Niet met de benen over elkaar zitten.',
                en: 'Do not sit with your legs crossed.',
              },
              record: {
                nl: 'Niet met de benen over elkaar zitten.',
                en: 'Not sitting with the legs crossed.',
              },
            },
            {
              id: 'no-deep-chair',
              text: {
                nl: 'Niet in een te diepe stoel zitten.',
                en: 'Do not sit in a low, sunken chair.',
              },
              record: {
                nl: 'Niet in een te diepe stoel zitten.',
                en: 'Not sitting in a low, sunken chair.',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'therapist',
      topic: {
        nl: 'rol van de therapeut (echografie, shockwave)',
        en: "the therapist's role (ultrasound, shockwave)",
      },
      heading: { nl: 'Wat doet uw therapeut?', en: 'What does your therapist do?' },
      blocks: [
        {
          kind: 'paragraph',
          id: 'strategy',
          text: {
            nl: 'Uw therapeut kan met u kijken waar de klachten vandaan zijn gekomen. Van daaruit bepaalt de therapeut wat de klachten mogelijk in stand houdt. En wat de beste aanpak (behandeling) is om u zo snel mogelijk weer klachtenvrij te krijgen.',
            en: 'Your therapist can look with you at where the symptoms came from. From there, the therapist works out what may be keeping them going. And what the best approach (treatment) is to get you free of symptoms as soon as possible.',
          },
        },
        {
          kind: 'paragraph',
          id: 'ultrasound-shockwave',
          text: {
            nl: 'Daarbij kan de therapeut ook een echo (echografisch onderzoek) van uw pees maken of laten maken. Ook kan de therapeut bepalen of andere behandelingen u extra kunnen helpen, zoals shockwave (schokgolftherapie).',
            en: 'Your therapist can also make an ultrasound scan of your tendon, or have one made. Your therapist can also decide whether other treatments could help you further, such as shockwave therapy.',
          },
        },
      ],
    },
    {
      id: 'causes',
      topic: { nl: 'oorzakelijke factoren', en: 'causal factors' },
      heading: { nl: 'Oorzakelijke factoren', en: 'Causal factors' },
      blocks: [
        ...riskFactorGroups.map((group) => ({
          kind: 'list' as const,
          id: group.id,
          role: 'factors' as const,
          title: group.heading,
          items: group.factors,
        })),
        {
          kind: 'paragraph',
          id: 'care-for-tendon',
          text: {
            nl: 'De pees laat u weten wanneer u hem geïrriteerd hebt. Zorgt u goed voor hem?',
            en: 'The tendon lets you know when you have irritated it. Are you taking good care of it?',
          },
        },
      ],
    },
    {
      id: 'load-capacity',
      topic: { nl: 'belasting en belastbaarheid', en: 'load and load capacity' },
      heading: { nl: 'Belasting en belastbaarheid', en: 'Load and load capacity' },
      blocks: [
        {
          kind: 'paragraph',
          id: 'definitions',
          text: {
            nl: 'De belastbaarheid is de draagkracht van uw lichaam: wat kan uw lichaam aan? De belasting is de draaglast van uw lichaam: wat kan uw lichaam dragen? Deze twee horen in balans te zijn.',
            en: 'Load capacity is what your body can bear: what can your body handle? Load is the burden on your body: what can your body carry? The two should be in balance.',
          },
        },
        {
          kind: 'paragraph',
          id: 'imbalance',
          text: {
            nl: 'Vaak zien we een verstoorde verhouding tussen de belasting en de belastbaarheid. Dit kan leiden tot een overbelasting, maar ook tot een onderbelasting. Deze balans is per persoon verschillend; er is geen gouden regel.',
            en: 'We often see a disturbed balance between load and load capacity. This can result in overload, but also in underload. This balance differs from person to person; there is no golden rule.',
          },
        },
      ],
    },
    {
      id: 'pain-during-loading',
      topic: { nl: 'pijn tijdens belasten (pijnregel)', en: 'pain during loading (pain rule)' },
      heading: { nl: 'Mag ik pijn ervaren bij belasting?', en: 'May I feel pain during loading?' },
      blocks: [
        {
          kind: 'paragraph',
          id: 'pain-rule',
          text: {
            nl: 'Ja, bij het oefenen en belasten mag u wat pijn voelen. Uit onderzoek blijkt dat dit geen kwaad kan. Voorwaarde is wel dat de pijn en eventuele stijfheid niet toenemen in de loop van de tijd. U mag pijn voelen tot en met {threshold}, op een schaal van 0 tot 10{thresholdNote}.',
            en: 'Yes, you may feel some pain when exercising and loading. Research shows that this does no harm. But the pain and any stiffness must not increase over time. You may feel pain up to and including {threshold}, on a scale of 0 to 10{thresholdNote}.',
          },
        },
      ],
    },
    {
      id: 'not-improving',
      topic: {
        nl: 'wat te doen als de klachten niet weggaan',
        en: 'what to do if the symptoms do not go away',
      },
      heading: {
        nl: 'Wat als uw klachten niet weggaan?',
        en: 'What if your symptoms do not go away?',
      },
      blocks: [
        {
          kind: 'list',
          id: 'review',
          role: 'questions',
          items: review.map((q) => ({
            id: q.id,
            text: q.question,
            ...(q.explanation && { detail: q.explanation }),
          })),
        },
      ],
    },
    {
      id: 'loading-is-medication',
      topic: { nl: 'belasten als medicatie', en: 'loading as medication' },
      heading: { nl: 'Belasten is als medicatie', en: 'Loading is like medication' },
      blocks: [
        {
          kind: 'paragraph',
          id: 'dose',
          text: {
            nl: 'Denk eraan dat belasten als een soort medicatie is: “Te weinig is ineffectief (werkt niet), te veel kan een overdosis geven.”',
            en: 'Remember that loading is like a kind of medication: “Too little is ineffective (does not work), too much can cause an overdose.”',
          },
        },
      ],
    },
  ],
};
