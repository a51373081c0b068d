// The conditions the panel knows. Adding one is a data file and a line here.
import { glutealTendinopathy } from './gluteal-tendinopathy';
import type { ConditionEntry } from './schema';

export const conditions: readonly [ConditionEntry, ...ConditionEntry[]] = [glutealTendinopathy];
export const defaultCondition: ConditionEntry = conditions[0];
