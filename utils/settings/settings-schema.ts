// The practice settings and the one schema every entry point validates against:
// storage reads, imported files and clinic policy. valibot (~1–2 KB of it ends up in
// the bundle, tree-shaken) gives the path and reason of every problem.
import * as v from 'valibot';
import { CONTENT_LANGUAGES } from '../../content/schema';

export const SETTINGS_VERSION = 1;

export const SettingsSchema = v.strictObject({
  /** Interface language: follow the browser, or a fixed one. */
  uiLanguage: v.picklist(['browser', 'nl', 'en']),
  /** Language of the clinical content the panel opens with. */
  contentLanguage: v.picklist(CONTENT_LANGUAGES),
  noteAudience: v.picklist(['record', 'patient']),
  noteLayout: v.picklist(['paragraph', 'soep']),
  noteDateLine: v.boolean(),
  /** Highest acceptable pain during loading, 0–10 (the leaflet says 4). */
  painThreshold: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10)),
  practiceName: v.pipe(v.string(), v.maxLength(100)),
  /** Optional text added at the end of every note (e.g. how to reach the practice). */
  practiceText: v.pipe(v.string(), v.maxLength(500)),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;
export type SettingKey = keyof Settings;
export const SETTING_KEYS = Object.keys(SettingsSchema.entries) as SettingKey[];

export const DEFAULT_SETTINGS: Settings = {
  uiLanguage: 'browser',
  contentLanguage: 'nl',
  noteAudience: 'record',
  noteLayout: 'soep',
  noteDateLine: true,
  painThreshold: 4,
  practiceName: '',
  practiceText: '',
};

/** Any subset of settings (what sync storage and policy hold). */
export const PartialSettingsSchema = v.partial(SettingsSchema);
export type PartialSettings = Partial<Settings>;

/** Validates any subset of settings; entries that are present but undefined are dropped. */
export function parsePartialSettings(
  value: unknown,
): { success: true; output: PartialSettings } | { success: false; issues: v.BaseIssue<unknown>[] } {
  const parsed = v.safeParse(PartialSettingsSchema, value);
  if (!parsed.success) return { success: false, issues: parsed.issues };
  const output = Object.fromEntries(Object.entries(parsed.output).filter(([, entry]) => entry !== undefined));
  return { success: true, output: output as PartialSettings };
}

export type Problem = { readonly path: string; readonly message: string };

export function problemsOf(issues: readonly v.BaseIssue<unknown>[]): Problem[] {
  return issues.map((issue) => ({
    path: v.getDotPath(issue) ?? '',
    message: issue.message,
  }));
}
