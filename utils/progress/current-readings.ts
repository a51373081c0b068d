// The values entered in this visit as note lines (without comparisons), in the order a
// note lists them.
import type { MeasureLine, VisitMeasures } from './visit-measures';
import { cleanActivity } from './visit-measures';

/** What of the consult the progress lines need. */
export interface ConsultProgress {
  readonly painScore: number | null;
  readonly measures: VisitMeasures;
  readonly slsSecondsToPain: number | null;
}

type Current = Omit<MeasureLine, 'intake'>;

export function currentReadings({ painScore, measures, slsSecondsToPain }: ConsultProgress): Current[] {
  const score = (measure: Current['measure'], value: number | null): Current[] =>
    value === null ? [] : [{ measure, current: { value, unit: '/10' } }];
  const psk = measures.psk.flatMap((entry): Current[] => {
    const activity = cleanActivity(entry.activity);
    if (!activity || entry.score === null) return [];
    return [{ measure: 'psk', activity, current: { value: entry.score, unit: '/10' } }];
  });
  return [
    ...score('painLoading', painScore),
    ...score('nightPain', measures.nightPain),
    ...score('stairsPain', measures.stairsPain),
    ...psk,
    ...(slsSecondsToPain === null
      ? []
      : [{ measure: 'slsSeconds' as const, current: { value: slsSecondsToPain, unit: 's' as const } }]),
    ...(measures.strength === null
      ? []
      : [
          {
            measure: 'abductionStrength' as const,
            current: { value: measures.strength, unit: measures.strengthUnit },
          },
        ]),
  ];
}
