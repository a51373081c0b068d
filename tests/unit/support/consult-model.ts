// A consult model as the panel builds it, for unit tests: the leaflet's condition (its
// consult content loaded) and threshold, Dutch, saving to storage.session (WXT's fake
// browser) and keeping the documents it copied.
import { signal } from '@preact/signals';
import { consultStateItem } from '../../../utils/browser/storage';
import { ConsultModel } from '../../../utils/consult/consult-model';
import { type ConsultState, EMPTY_CONSULT } from '../../../utils/consult/consult-state';
import type { Doc } from '../../../utils/doc/doc';
import { glutealTendinopathy } from './loaded-condition';

export function makeConsultModel(initial: ConsultState = EMPTY_CONSULT) {
  const copied: Doc[] = [];
  const model = new ConsultModel({
    condition: signal(glutealTendinopathy),
    threshold: signal(4),
    language: signal('nl'),
    save: (state) => void consultStateItem.setValue(state),
    copyDoc: async (doc) => {
      copied.push(doc);
    },
  });
  model.restore(initial);
  return { model, copied };
}
