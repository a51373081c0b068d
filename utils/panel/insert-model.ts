// Inserting into the EHR page, the per-site access offered after an insertion, and what
// the background's insertions did. Each outcome is announced; where inserting fails the
// note is copied instead. Built with the consult models (utils/panel/consult-models.ts):
// only the consult views insert. The browser work is passed in, so tests can give fakes.
import { action, createModel, signal } from '@preact/signals';
import type { MessageKey } from '../browser/i18n';
import type { Doc, Rendered } from '../doc/doc';
import { renderDoc } from '../doc/render-doc';
import { copyClause, insertMessage, type Message } from '../insert/insert-message';
import type { InsertResult } from '../insert/insert-result';
import type { AnnouncementDetails } from './panel-model';
import { shouldOfferAlwaysAllow } from './site-access';

export interface InsertServices {
  readonly announce: (key: MessageKey, details?: AnnouncementDetails) => void;
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

/** What the background did with a menu or shortcut insertion. */
export interface BackgroundInsert {
  readonly result: InsertResult;
  readonly copied: boolean;
}

const paramsOf = (message: Message) => (message.params ? { params: message.params } : {});

export const InsertModel = createModel(({ announce, copy, insert, siteAccess }: InsertServices) => {
  /** A site the panel offers to allow for good, after an insertion through a one-off grant. */
  const siteOffer = signal<string | null>(null);

  const considerSiteOffer = async () => {
    const origin = await siteAccess.targetOrigin();
    if (!origin) return;
    const [allowed, declined] = await Promise.all([siteAccess.isAllowed(origin), siteAccess.declined()]);
    if (shouldOfferAlwaysAllow(origin, allowed, declined)) siteOffer.value = origin;
  };

  /** A cross-origin frame holding the field, that the panel offers to allow (then inserts). */
  const frameOffer = signal<string | null>(null);
  let pendingDoc: Doc | null = null;

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
    siteOffer,
    frameOffer,
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
    insertDoc: action((doc: Doc) => insertDocument(doc)),
  };
});

export type InsertModel = InstanceType<typeof InsertModel>;
