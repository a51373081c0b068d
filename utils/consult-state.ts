// The consult in progress: ticked risk factors, the pain check and the "not improving"
// review. Patient-related, so storage.session only: it survives closing the panel within
// the browser session, and is never written to disk or synced.
import { storage } from 'wxt/utils/storage';
import type { Increase } from './pain-rule';

export interface ConsultState {
  readonly riskFactors: readonly string[];
  readonly painScore: number | null;
  readonly painIncrease: Increase | null;
  readonly review: readonly string[];
}

export const EMPTY_CONSULT: ConsultState = {
  riskFactors: [],
  painScore: null,
  painIncrease: null,
  review: [],
};

export const consultStateItem = storage.defineItem<ConsultState>('session:consult', {
  fallback: EMPTY_CONSULT,
  version: 1,
});
