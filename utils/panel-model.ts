// The panel's interface model: which view and content language, the advice filter, and
// the last announcement for the live region. Components render it and call its actions;
// the browser-facing work (storage, clipboard) is passed in, so tests can give fakes.
import { action, computed, createModel, effect, type ReadonlySignal, signal } from '@preact/signals';
import type { Condition, ContentLanguage } from '../content/schema';
import type { MessageKey } from './browser/i18n';
import type { Doc, Rendered } from './doc';
import { copyClause, insertMessage, type Message } from './insert/insert-message';
import type { InsertResult } from './insert/insert-result';
import type { PanelState } from './panel-state';
import { renderDoc } from './render-doc';
import type { SectionDocOptions } from './section-doc';
import { filterSections } from './section-filter';
import { shouldOfferAlwaysAllow } from './site-access';

export const ANNOUNCEMENT_MS = 5000;

export interface Announcement {
  readonly key: MessageKey;
  /** Increments so that the same message is announced again. */
  readonly count: number;
  readonly params?: readonly string[];
  /** A second sentence (after a refusal: where the note is now). */
  readonly followUp?: MessageKey;
}

/** What the background did with a menu or shortcut insertion. */
export interface BackgroundInsert {
  readonly result: InsertResult;
  readonly copied: boolean;
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
  readonly siteAccess: SiteAccessServices;
}

export interface SiteAccessServices {
  /** The EHR tab's origin, readable while a grant lasts; null otherwise. */
  readonly targetOrigin: () => Promise<string | null>;
  readonly isAllowed: (origin: string) => Promise<boolean>;
  readonly declined: () => Promise<readonly string[]>;
  readonly decline: (origin: string) => Promise<void>;
  /** Must be called within the click, before any await: it shows the browser's prompt. */
  readonly ask: (origin: string) => Promise<boolean>;
}

const paramsOf = (message: Message) => (message.params ? { params: message.params } : {});

export const PanelModel = createModel(
  ({ initial, condition, threshold, save, copy, insert, siteAccess }: PanelServices) => {
    // The condition on screen; one today, chosen here when there are more.
    const shownCondition = signal(condition);
    const view = signal(initial.view);
    const language = signal<ContentLanguage>(initial.language);
    const filter = signal('');
    const announcement = signal<Announcement | null>(null);
    /** A site the panel offers to allow for good, after an insertion through a one-off grant. */
    const siteOffer = signal<string | null>(null);
    /** A cross-origin frame holding the field, that the panel offers to allow (then inserts). */
    const frameOffer = signal<string | null>(null);
    let pendingDoc: Doc | null = null;

    const considerSiteOffer = async () => {
      const origin = await siteAccess.targetOrigin();
      if (!origin) return;
      const [allowed, declined] = await Promise.all([siteAccess.isAllowed(origin), siteAccess.declined()]);
      if (shouldOfferAlwaysAllow(origin, allowed, declined)) siteOffer.value = origin;
    };

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
    const announce = (key: MessageKey, more: Omit<Announcement, 'key' | 'count'> = {}) => {
      announcement.value = { key, count: (announcement.peek()?.count ?? 0) + 1, ...more };
      // The toast goes after a while; the live region has been read out by then.
      clearTimeout(announcementTimer);
      announcementTimer = setTimeout(() => {
        announcement.value = null;
      }, ANNOUNCEMENT_MS);
    };

    /** Inserts at the EHR's cursor; where that fails, says why and copies instead. */
    const insertDocument = async (doc: Doc) => {
      const rendered = renderDoc(doc);
      frameOffer.value = null;
      const result = await insert(rendered);
      const message = insertMessage(result);
      if (result.ok) {
        await considerSiteOffer(); // decided before the announcement, so both show together
        announce(message.key);
        return;
      }
      const copied = await copy(rendered);
      announce(message.key, { ...paramsOf(message), followUp: copyClause(copied.ok) });
      if (result.reason === 'frameNoAccess') {
        pendingDoc = doc;
        frameOffer.value = result.origin;
      }
    };

    return {
      condition: shownCondition,
      view,
      language,
      filter,
      announcement,
      siteOffer,
      frameOffer,
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
      /** The outcome of an insertion from the context menu or shortcut (made by the background). */
      showBackgroundInsert: action(({ result, copied }: BackgroundInsert) => {
        const message = insertMessage(result);
        announce(message.key, { ...paramsOf(message), ...(!result.ok && { followUp: copyClause(copied) }) });
      }),
      /** Asks the browser for the frame's site (inside the click), then inserts the note. */
      allowFrame: action(() => {
        const origin = frameOffer.value;
        const doc = pendingDoc;
        if (!origin || !doc) return;
        const asking = siteAccess.ask(origin); // first, still inside the click
        frameOffer.value = null;
        void asking.then((granted) =>
          granted ? insertDocument(doc) : announce('frameAccessDeclined', { followUp: 'noteOnClipboard' }),
        );
      }),
      allowSite: action(() => {
        const origin = siteOffer.value;
        if (!origin) return;
        const asking = siteAccess.ask(origin); // first, still inside the click
        siteOffer.value = null;
        void asking.then((granted) => (granted ? undefined : siteAccess.decline(origin)));
      }),
      declineSite: action(() => {
        const origin = siteOffer.value;
        siteOffer.value = null;
        if (origin) void siteAccess.decline(origin);
      }),
      copyDoc: action(async (doc: Doc) => {
        const result = await copy(renderDoc(doc));
        announce(result.ok ? 'copied' : 'copyFailed');
      }),
      insertDoc: action((doc: Doc) => insertDocument(doc)),
    };
  },
);

export type PanelModel = InstanceType<typeof PanelModel>;
