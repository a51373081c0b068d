// The consult in progress: ticked risk factors, the pain check, the "not improving"
// review and which advice was given. Patient-related, so storage.session only: it
// survives closing the panel within the browser session, and is never written to disk
// or synced.
import { storage } from 'wxt/utils/storage';
import type { Increase } from './pain-rule';

export interface ConsultState {
  readonly riskFactors: readonly string[];
  readonly painScore: number | null;
  readonly painIncrease: Increase | null;
  readonly review: readonly string[];
  /** Advice sections given (section ids) and practical tips given (tip ids), for the note. */
  readonly adviceSections: readonly string[];
  readonly adviceTips: readonly string[];
}

export const EMPTY_CONSULT: ConsultState = {
  riskFactors: [],
  painScore: null,
  painIncrease: null,
  review: [],
  adviceSections: [],
  adviceTips: [],
};

type ConsultStateV1 = Omit<ConsultState, 'adviceSections' | 'adviceTips'>;

export const consultStateItem = storage.defineItem<ConsultState>('session:consult', {
  fallback: EMPTY_CONSULT,
  version: 2,
  migrations: {
    // v2 records which advice was given.
    2: (old: ConsultStateV1): ConsultState => ({ ...old, adviceSections: [], adviceTips: [] }),
  },
});

/** When the consult last changed (ms since epoch), so an old one is noticed before it is inserted. */
export const consultChangedAtItem = storage.defineItem<number | null>('session:consultChangedAt', {
  fallback: null,
  version: 1,
});
