// The conditions the panel knows. Adding one is a data file and a line here.
import { glutealTendinopathy } from './gluteal-tendinopathy';
import type { Condition } from './schema';

export const conditions: readonly [Condition, ...Condition[]] = [glutealTendinopathy];
export const defaultCondition: Condition = conditions[0];
