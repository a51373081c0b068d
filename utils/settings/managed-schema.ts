// The managed-storage schema Chrome checks clinic policy against, generated from the
// settings schema at build time (wxt.config.ts), so the two cannot drift. Only the
// attributes Chrome's policy schema knows (type, enum, minimum, maximum, properties,
// title, description) are written: Chrome refuses a schema with others.
import {
  choicesOf,
  hasAction,
  kindOf,
  requirementOf,
  SETTING_KEYS,
  type SettingKey,
} from './settings-schema';

type JsonSchema = Record<string, unknown>;

function settingSchema(key: SettingKey): JsonSchema {
  switch (kindOf(key)) {
    case 'choice':
      return {
        type: choicesOf(key).every((choice) => typeof choice === 'number') ? 'integer' : 'string',
        enum: [...choicesOf(key)],
      };
    case 'boolean':
      return { type: 'boolean' };
    case 'number': {
      const minimum = requirementOf(key, 'min_value');
      const maximum = requirementOf(key, 'max_value');
      return {
        type: hasAction(key, 'integer') ? 'integer' : 'number',
        ...(minimum !== undefined && { minimum }),
        ...(maximum !== undefined && { maximum }),
      };
    }
    default:
      return { type: 'string' };
  }
}

export function managedSchema(): JsonSchema {
  const properties = Object.fromEntries(SETTING_KEYS.map((key) => [key, settingSchema(key)]));
  return {
    type: 'object',
    properties: {
      defaults: {
        title: 'Default settings',
        description: 'Starting values that each therapist may change.',
        type: 'object',
        properties,
      },
      locked: {
        title: 'Locked settings',
        description: 'Values the practice fixes; therapists cannot change them.',
        type: 'object',
        properties,
      },
    },
  };
}
