// The patient handout for gluteal tendinopathy: plain title, key points, home actions and
// drawings. Every sentence restates a leaflet passage (quoted above it) for the section it
// belongs to, in B1 Dutch and "u" form; it is shown only when that section was chosen.
// The drawings are our own, in assets/drawings/ (one file each).
import type { HandoutContent } from './handout-schema';

export const glutealTendinopathyHandout: HandoutContent = {
  // Leaflet: "Pijn aan de buitenzijde van heup, oftewel gluteale tendinopathie".
  title: { nl: 'Pijn aan de zijkant van de heup', en: 'Pain on the side of the hip' },
  subtitle: { nl: '(gluteale tendinopathie)', en: '(gluteal tendinopathy)' },
  keyPoints: [
    // "bij het oefenen en het belasten mag u enige pijn ervaren … mits de pijn en mogelijke
    // stijfheid niet toeneemt in de loop van de tijd. De pijn die ervaren mag worden is tot de 4"
    {
      id: 'pain-rule',
      section: 'pain-during-loading',
      text: {
        nl: 'Bij oefenen en belasten mag u wat pijn voelen: tot en met {threshold} op een schaal van 0 tot 10{thresholdNote}. De pijn en stijfheid mogen niet toenemen in de loop van de tijd.',
        en: 'You may feel some pain when exercising and loading: up to and including {threshold} on a scale of 0 to 10{thresholdNote}. The pain and stiffness must not increase over time.',
      },
    },
    // "Het belangrijkste mechanisme achter de pijn is compressie: de druk die op de pees komt
    // … door de heup die naar binnen beweegt, buigt, of naar binnen draait"
    {
      id: 'avoid-compression',
      section: 'what-to-do',
      text: {
        nl: 'Probeer houdingen te vermijden waarin uw heup naar binnen beweegt, buigt of naar binnen draait. Die geven druk op de pees.',
        en: 'Try to avoid positions in which your hip moves inwards, bends or turns inwards. They put pressure on the tendon.',
      },
    },
    // "belasten als een soort medicatie is: “Te weinig is ineffectief, teveel kan een overdosis geven”"
    {
      id: 'loading-is-medication',
      section: 'loading-is-medication',
      text: {
        nl: 'Belasten is als medicatie: te weinig werkt niet, te veel kan een overdosis geven.',
        en: 'Loading is like medication: too little does not work, too much can cause an overdose.',
      },
    },
    // "Als de pees van de heup meer belast wordt dan hij aankan, ontstaat er een overbelasting"
    {
      id: 'overload',
      section: 'what-is-going-on',
      text: {
        nl: 'Als de pees van de heup meer belast wordt dan hij aankan, raakt hij overbelast.',
        en: 'When the hip tendon is loaded more than it can handle, it becomes overloaded.',
      },
    },
    // "Dit hoort in balans te zijn. … Deze balans is per individu verschillend"
    {
      id: 'balance',
      section: 'load-capacity',
      text: {
        nl: 'Belasting en belastbaarheid horen in balans te zijn. Die balans is voor iedereen anders.',
        en: 'Load and load capacity should be in balance. That balance is different for everyone.',
      },
    },
    // "Heb geduld, … peesklachten langdurig van aard kunnen zijn." "Oefent u genoeg en consequent?"
    {
      id: 'patience',
      section: 'not-improving',
      text: {
        nl: 'Peesklachten kunnen lang duren. Heb geduld en oefen genoeg en consequent.',
        en: 'Tendon problems can last a long time. Be patient and exercise enough and consistently.',
      },
    },
    // "een irritatie van de pees van de middelste bilspier. De pijn zit aan de buitenzijde van de heup"
    {
      id: 'what-it-is',
      section: 'what-is-it',
      text: {
        nl: 'Bij gluteale tendinopathie komt de pijn van een geïrriteerde pees van de middelste bilspier, aan de buitenkant van de heup.',
        en: 'In gluteal tendinopathy, the pain comes from an irritated tendon of the middle buttock muscle, on the outside of the hip.',
      },
    },
    // "Uw therapeut kan daarbij met u kijken … wat de klachten mogelijk in stand zou kunnen
    // houden en wat de beste (behandel)strategie is"
    {
      id: 'therapist',
      section: 'therapist',
      text: {
        nl: 'Uw therapeut kijkt met u wat de klachten in stand houdt en wat de beste aanpak is.',
        en: 'Your therapist looks with you at what keeps the symptoms going and what the best approach is.',
      },
    },
  ],
  homeActions: [
    // "Denkt u allereerst eens goed na over welke momenten u het meeste pijn ervaart, en
    // probeer deze momenten zo goed als te voorkomen."
    {
      id: 'avoid-painful-moments',
      section: 'what-to-do',
      text: {
        nl: 'Nadenken over de momenten met de meeste pijn, en die zo goed mogelijk voorkomen.',
        en: 'Think about the moments with the most pain, and avoid them as much as possible.',
      },
    },
    // "bij het oefenen en het belasten mag u enige pijn ervaren … tot de 4 … mits de pijn en
    // mogelijke stijfheid niet toeneemt in de loop van de tijd"
    {
      id: 'watch-pain',
      section: 'pain-during-loading',
      text: {
        nl: 'Bij oefenen en belasten op de pijn letten: pijn tot en met {threshold} op een schaal van 0 tot 10 mag{thresholdNote}, en niet meer pijn of stijfheid in de loop van de tijd.',
        en: 'When exercising and loading, watch the pain: pain up to and including {threshold} out of 10 is allowed{thresholdNote}, and no more pain or stiffness over time.',
      },
    },
    // "Dit hoort in balans te zijn." / "Luister goed naar uw lichaam/hoofd."
    {
      id: 'balance',
      section: 'load-capacity',
      text: {
        nl: 'Belasting en belastbaarheid in balans houden: goed luisteren naar lichaam en hoofd.',
        en: 'Keep load and load capacity in balance: listen carefully to body and mind.',
      },
    },
    // "Oefent u op de juiste manier, de techniek? Oefent u genoeg en consequent?"
    {
      id: 'exercise',
      section: 'not-improving',
      text: {
        nl: 'Genoeg en consequent oefenen, op de juiste manier.',
        en: 'Exercise enough and consistently, in the right way.',
      },
    },
    // "Te weinig is ineffectief, teveel kan een overdosis geven"
    {
      id: 'dose',
      section: 'loading-is-medication',
      text: {
        nl: 'Belasten als medicatie: niet te weinig en niet te veel.',
        en: 'Load like medication: not too little and not too much.',
      },
    },
  ],
  drawings: [
    // The five practical tips ("Denk bijvoorbeeld ook aan:").
    {
      item: 'no-hip-hanging',
      file: 'tip-no-hip-hanging',
      alt: {
        nl: 'Niet doen: staan met uw gewicht op één been en die heup naar buiten geduwd.',
        en: 'Do not: stand with your weight on one leg and that hip pushed out.',
      },
    },
    {
      item: 'not-on-painful-side',
      file: 'tip-not-on-painful-side',
      alt: {
        nl: 'Niet doen: slapen op de zij met de pijnlijke heup onder.',
        en: 'Do not: sleep on your side with the painful hip underneath.',
      },
    },
    {
      item: 'pillow-between-knees',
      file: 'tip-pillow-between-knees',
      alt: {
        nl: 'Wel doen: op de andere zij liggen met een kussen tussen de knieën.',
        en: 'Do: lie on the other side with a pillow between your knees.',
      },
    },
    {
      item: 'no-crossed-legs',
      file: 'tip-no-crossed-legs',
      alt: {
        nl: 'Niet doen: zitten met de benen over elkaar.',
        en: 'Do not: sit with your legs crossed.',
      },
    },
    {
      item: 'no-deep-chair',
      file: 'tip-no-deep-chair',
      alt: {
        nl: 'Niet doen: weggezakt zitten in een lage, diepe stoel.',
        en: 'Do not: sit sunk into a low, deep chair.',
      },
    },
    // The three compressive positions ("naar binnen beweegt, buigt, of naar binnen draait").
    {
      item: 'adduction',
      file: 'position-adduction',
      alt: {
        nl: 'De heup beweegt naar binnen: het been gaat naar de andere kant, voor het andere been langs.',
        en: 'The hip moves inwards: the leg moves across, in front of the other leg.',
      },
    },
    {
      item: 'flexion',
      file: 'position-flexion',
      alt: {
        nl: 'De heup buigt: het bovenbeen komt naar voren en omhoog.',
        en: 'The hip bends: the thigh comes forwards and up.',
      },
    },
    {
      item: 'internal-rotation',
      file: 'position-internal-rotation',
      alt: {
        nl: 'De heup draait naar binnen: knie en voet draaien naar het andere been toe.',
        en: 'The hip turns inwards: knee and foot turn towards the other leg.',
      },
    },
  ],
  tipsHeading: { nl: 'Praktische tips', en: 'Practical tips' },
  painRuleSection: 'pain-during-loading',
  // "De pijn die ervaren mag worden is tot de 4 op een schaal van 0-10." / "mits de pijn en
  // mogelijke stijfheid niet toeneemt in de loop van de tijd"
  painScale: {
    zone: {
      nl: '0 tot en met {threshold}: deze pijn mag',
      en: '0 up to and including {threshold}: this pain is allowed',
    },
    condition: {
      nl: 'Voorwaarde: de pijn en stijfheid nemen niet toe in de loop van de tijd.',
      en: 'Condition: the pain and stiffness do not increase over time.',
    },
    label: {
      nl: 'Pijnschaal van 0 tot 10. Pijn van 0 tot en met {threshold} mag.',
      en: 'Pain scale from 0 to 10. Pain from 0 up to and including {threshold} is allowed.',
    },
    practiceThreshold: {
      nl: 'Uw praktijk houdt {threshold} aan als grens; de folder noemt {leaflet}.',
      en: 'Your practice uses {threshold} as the limit; the leaflet says {leaflet}.',
    },
  },
};
