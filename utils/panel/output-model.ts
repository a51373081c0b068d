// What leaves the panel: copying to the clipboard, inserting into the EHR page, and the
// per-site access offered after an insertion. Each outcome is announced. The browser
// work is passed in, so tests can give fakes.
import { action, createModel, signal } from '@preact/signals';
import type { MessageKey } from '../browser/i18n';
import type { Doc, Rendered } from '../doc/doc';
import { renderDoc } from '../doc/render-doc';
import type { InsertFailure, InsertResult } from '../insert/insert-result';
import { shouldOfferAlwaysAllow } from './site-access';

export interface OutputServices {
  readonly announce: (key: MessageKey) => void;
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

const INSERT_FAILURES: Record<InsertFailure, MessageKey> = {
  noField: 'insertNoField',
  readonly: 'insertReadonly',
  unchanged: 'insertUnchanged',
  noAccess: 'insertNoAccess',
  notAllowed: 'insertNotAllowed',
  noTab: 'insertNoTab',
};

export const OutputModel = createModel(({ announce, copy, insert, siteAccess }: OutputServices) => {
  /** A site the panel offers to allow for good, after an insertion through a one-off grant. */
  const siteOffer = signal<string | null>(null);

  const considerSiteOffer = async () => {
    const origin = await siteAccess.targetOrigin();
    if (!origin) return;
    const [allowed, declined] = await Promise.all([siteAccess.isAllowed(origin), siteAccess.declined()]);
    if (shouldOfferAlwaysAllow(origin, allowed, declined)) siteOffer.value = origin;
  };

  return {
    siteOffer,
    /** The outcome of an insertion from the context menu or shortcut (made by the background). */
    showBackgroundInsert: action((result: InsertResult) => {
      announce(result.ok ? 'inserted' : 'menuInsertFailed');
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
    /** Inserts at the EHR's cursor; where that fails, says why and copies instead. */
    insertDoc: action(async (doc: Doc) => {
      const rendered = renderDoc(doc);
      const result = await insert(rendered);
      if (result.ok) {
        announce('inserted');
        await considerSiteOffer();
        return;
      }
      const copied = await copy(rendered);
      announce(copied.ok ? INSERT_FAILURES[result.reason] : 'copyFailed');
    }),
  };
});

export type OutputModel = InstanceType<typeof OutputModel>;
