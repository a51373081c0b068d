// The practice settings and the one schema every entry point validates against:
// storage reads, imported files and clinic policy. Each setting is one line here: its
// valibot schema and its default. Types, choice lists, the managed-storage JSON schema
// (generated at build time) and the Settings view's controls all derive from it.
import * as v from 'valibot';
import { PAIN_THRESHOLDS } from '../../content/pain-threshold';
import { CONTENT_LANGUAGES } from '../../content/schema';

export const SETTINGS_VERSION = 1;

const setting = <S extends v.GenericSchema>(schema: S, fallback: v.InferOutput<S>) => ({ schema, fallback });

const FIELDS = {
  /** Interface language: follow the browser, or a fixed one. */
  uiLanguage: setting(v.picklist(['browser', 'nl', 'en']), 'browser'),
  /** Language of the clinical content the panel opens with. */
  contentLanguage: setting(v.picklist(CONTENT_LANGUAGES), 'nl'),
  noteAudience: setting(v.picklist(['record', 'patient']), 'record'),
  /** The record note's layout (a patient note is always paragraphs). */
  noteLayout: setting(v.picklist(['soep', 'soap', 'paragraph']), 'soep'),
  noteDateLine: setting(v.boolean(), true),
  /** Highest acceptable pain during loading: the leaflet's 4, or 5 (pain-monitoring model, Silbernagel 2007). */
  painThreshold: setting(
    v.picklist(
      PAIN_THRESHOLDS,
      'must be 4 (the leaflet) or 5 (pain-monitoring model, Silbernagel et al. 2007)',
    ),
    4,
  ),
  practiceName: setting(v.pipe(v.string(), v.maxLength(100)), ''),
  /** Optional text added at the end of every note (e.g. how to reach the practice). */
  practiceText: setting(v.pipe(v.string(), v.maxLength(500)), ''),
  /** Minutes after which an untouched consult is asked about before menu/shortcut insertion. */
  staleConsultMinutes: setting(v.pipe(v.number(), v.integer(), v.minValue(5), v.maxValue(720)), 60),
};

type Fields = typeof FIELDS;
export type SettingKey = keyof Fields;
export type Settings = { -readonly [K in SettingKey]: v.InferOutput<Fields[K]['schema']> };
export type PartialSettings = Partial<Settings>;
export const SETTING_KEYS = Object.keys(FIELDS) as SettingKey[];

export const SETTING_SCHEMAS = Object.fromEntries(SETTING_KEYS.map((key) => [key, FIELDS[key].schema])) as {
  readonly [K in SettingKey]: Fields[K]['schema'];
};
export const DEFAULT_SETTINGS = Object.fromEntries(
  SETTING_KEYS.map((key) => [key, FIELDS[key].fallback]),
) as Settings;

/** The whole settings object (what a file or policy block may hold, every key optional). */
export const PartialSettingsSchema = v.partial(v.strictObject(SETTING_SCHEMAS));

/** The values a picklist setting may take, in schema order. */
export function choicesOf<K extends SettingKey>(key: K): readonly Settings[K][] {
  const schema = FIELDS[key].schema as v.GenericSchema & { options?: readonly Settings[K][] };
  return schema.options ?? [];
}

/** Whether a setting's pipe has an action of this type (`integer`). */
export function hasAction(key: SettingKey, type: string): boolean {
  const pipe = (FIELDS[key].schema as { pipe?: readonly { type: string }[] }).pipe;
  return pipe?.some((action) => action.type === type) ?? false;
}

/** A requirement of a setting's pipe (`min_value`, `max_value`, `max_length`), if it has one. */
export function requirementOf(key: SettingKey, type: string): number | undefined {
  const pipe = (FIELDS[key].schema as { pipe?: readonly { type: string; requirement?: unknown }[] }).pipe;
  const found = pipe?.find((action) => action.type === type)?.requirement;
  return typeof found === 'number' ? found : undefined;
}

export type SettingKind = 'choice' | 'boolean' | 'number' | 'text';

/** What kind of control a setting needs, read from its schema. */
export function kindOf(key: SettingKey): SettingKind {
  const type: string = FIELDS[key].schema.type;
  if (type === 'picklist') return 'choice';
  if (type === 'boolean' || type === 'number') return type;
  return 'text';
}
