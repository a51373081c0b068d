// The panel's interface model: which view and content language, the advice filter, and
// the last announcement for the live region. Components render it and call its actions;
// the browser-facing work (storage, clipboard) is passed in, so tests can give fakes.
import { action, computed, createModel, effect, type ReadonlySignal, signal } from '@preact/signals';
import type { Condition, ContentLanguage } from '../content/schema';
import type { MessageKey } from './browser/i18n';
import type { Doc, Rendered } from './doc';
import type { InsertFailure, InsertResult } from './insert/insert-result';
import type { PanelState } from './panel-state';
import { renderDoc } from './render-doc';
import type { SectionDocOptions } from './section-doc';
import { filterSections } from './section-filter';

export const ANNOUNCEMENT_MS = 5000;

export interface Announcement {
  readonly key: MessageKey;
  /** Increments so that the same message is announced again. */
  readonly count: number;
}

export interface PanelServices {
  readonly initial: PanelState;
  readonly condition: Condition;
  /** The practice's pain threshold (settings). */
  readonly threshold: ReadonlySignal<number>;
  readonly save: (state: PanelState) => void;
  readonly copy: (rendered: Rendered) => Promise<{ ok: boolean }>;
  /** Inserts into the EHR tab's focused field. */
  readonly insert: (rendered: Rendered) => Promise<InsertResult>;
}

const INSERT_FAILURES: Record<InsertFailure, MessageKey> = {
  noField: 'insertNoField',
  readonly: 'insertReadonly',
  unchanged: 'insertUnchanged',
  noAccess: 'insertNoAccess',
  notAllowed: 'insertNotAllowed',
  noTab: 'insertNoTab',
};

export const PanelModel = createModel(
  ({ initial, condition, threshold, save, copy, insert }: PanelServices) => {
    // The condition on screen; one today, chosen here when there are more.
    const shownCondition = signal(condition);
    const view = signal(initial.view);
    const language = signal<ContentLanguage>(initial.language);
    const filter = signal('');
    const announcement = signal<Announcement | null>(null);

    const docOptions = computed<SectionDocOptions>(() => ({
      language: language.value,
      values: { threshold: String(threshold.value) },
    }));
    const totalSections = computed(() => condition.sections.length);
    const visibleSections = computed(() =>
      filterSections(condition.sections, filter.value, docOptions.value),
    );

    effect(() => save({ view: view.value, language: language.value }));

    let announcementTimer: ReturnType<typeof setTimeout> | undefined;
    const announce = (key: MessageKey) => {
      announcement.value = { key, count: (announcement.peek()?.count ?? 0) + 1 };
      // The toast goes after a while; the live region has been read out by then.
      clearTimeout(announcementTimer);
      announcementTimer = setTimeout(() => {
        announcement.value = null;
      }, ANNOUNCEMENT_MS);
    };

    return {
      condition: shownCondition,
      view,
      language,
      filter,
      announcement,
      threshold,
      docOptions,
      visibleSections,
      totalSections,
      showView: action((id: string) => {
        view.value = id;
      }),
      setLanguage: action((next: ContentLanguage) => {
        language.value = next;
      }),
      setFilter: action((query: string) => {
        filter.value = query;
      }),
      copyDoc: action(async (doc: Doc) => {
        const result = await copy(renderDoc(doc));
        announce(result.ok ? 'copied' : 'copyFailed');
      }),
      /** Inserts at the EHR's cursor; where that fails, says why and copies instead. */
      insertDoc: action(async (doc: Doc) => {
        const rendered = renderDoc(doc);
        const result = await insert(rendered);
        if (result.ok) {
          announce('inserted');
          return;
        }
        const copied = await copy(rendered);
        announce(copied.ok ? INSERT_FAILURES[result.reason] : 'copyFailed');
      }),
    };
  },
);

export type PanelModel = InstanceType<typeof PanelModel>;
