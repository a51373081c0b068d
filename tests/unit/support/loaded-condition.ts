// The leaflet's condition with its consult content loaded, as the consult and note models
// get it (the panel's first view has the leaflet only: content/schema.ts ConditionEntry).
import { glutealTendinopathy as entry } from '../../../content/gluteal-tendinopathy';
import { loadCondition } from '../../../utils/consult/load-condition';

export const glutealTendinopathy = await loadCondition(entry);
