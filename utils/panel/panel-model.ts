// The panel's interface model: which condition, view and content language, the advice
// filter, and the last announcement for the live region. Components render it and call
// its actions; storage is passed in, so tests can give fakes.
import { action, computed, createModel, effect, type ReadonlySignal, signal } from '@preact/signals';
import type { ConditionEntry, ContentLanguage } from '../../content/schema';
import type { MessageKey } from '../browser/i18n';
import { painLimitOf, painLimitValues } from '../consult/pain-limit';
import { painThreshold } from '../consult/threshold';
import type { SectionDocOptions } from '../doc/section-doc';
import { filterSections } from '../doc/section-filter';
import type { Settings } from '../settings/settings-schema';
import { FIRST_VIEW, type PanelState } from './panel-state';

export const ANNOUNCEMENT_MS = 5000;

export interface Announcement {
  readonly key: MessageKey;
  /** Increments so that the same message is announced again. */
  readonly count: number;
  readonly params?: readonly string[];
  /** A second sentence (after a refusal: where the note is now). */
  readonly followUp?: MessageKey;
}

/** What an announcement carries besides its message key. */
export type AnnouncementDetails = Omit<Announcement, 'key' | 'count'>;

export interface PanelServices {
  /** The conditions the panel knows; the first is shown until one is chosen. */
  readonly conditions: readonly [ConditionEntry, ...ConditionEntry[]];
  /** The settings in effect (they pick the content language until the clinician does). */
  readonly settings: ReadonlySignal<Settings>;
  readonly save: (state: PanelState) => void;
}

export const PanelModel = createModel(({ conditions, settings, save }: PanelServices) => {
  const conditionId = signal<string | null>(null);
  const condition = computed(() => conditions.find((c) => c.id === conditionId.value) ?? conditions[0]);
  const view = signal(FIRST_VIEW);
  const chosenLanguage = signal<ContentLanguage | null>(null);
  const language = computed(() => chosenLanguage.value ?? settings.value.contentLanguage);
  const threshold = computed(() => painThreshold(condition.value, settings.value));
  const filter = signal('');
  // What the clinician chose before the session was read wins over what it held.
  let viewChosen = false;
  const announcement = signal<Announcement | null>(null);

  const docOptions = computed<SectionDocOptions>(() => ({
    language: language.value,
    values: painLimitValues(painLimitOf(condition.value, threshold.value), language.value),
  }));
  const totalSections = computed(() => condition.value.sections.length);
  const visibleSections = computed(() =>
    filterSections(condition.value.sections, filter.value, docOptions.value),
  );

  effect(() => save({ view: view.value, language: language.value, condition: condition.value.id }));

  let announcementTimer: ReturnType<typeof setTimeout> | undefined;

  return {
    condition,
    view,
    language,
    filter,
    announcement,
    threshold,
    docOptions,
    visibleSections,
    totalSections,
    /** The state this panel left in the session (read after the first paint). */
    restore: action((stored: PanelState | null) => {
      if (!stored) return;
      if (!viewChosen) view.value = stored.view;
      chosenLanguage.value ??= stored.language;
      conditionId.value = stored.condition ?? null;
    }),
    showView: action((id: string) => {
      viewChosen = true;
      view.value = id;
    }),
    setLanguage: action((next: ContentLanguage) => {
      chosenLanguage.value = next;
    }),
    setFilter: action((query: string) => {
      filter.value = query;
    }),
    announce: action((key: MessageKey, details: AnnouncementDetails = {}) => {
      announcement.value = { key, count: (announcement.peek()?.count ?? 0) + 1, ...details };
      // The toast goes after a while; the live region has been read out by then.
      clearTimeout(announcementTimer);
      announcementTimer = setTimeout(() => {
        announcement.value = null;
      }, ANNOUNCEMENT_MS);
    }),
  };
});

export type PanelModel = InstanceType<typeof PanelModel>;
