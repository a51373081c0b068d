// What can come of an insertion, and how a scripting error reads as a reason.
import type { InsertOutcome } from './page-insert';

export type InsertFailure = 'noField' | 'readonly' | 'unchanged' | 'noAccess' | 'notAllowed' | 'noTab';
export type InsertResult =
  | Exclude<InsertOutcome, { ok: false }>
  | { readonly ok: false; readonly reason: InsertFailure };

/** Pages no extension may script: browser pages, extension stores, the PDF viewer. */
export function isScriptableUrl(url: string | undefined): boolean {
  if (!url) return true; // unknown without a grant; scripting will tell
  if (!/^(https?|file):/.test(url)) return false;
  return !/^https:\/\/(chrome\.google\.com\/webstore|chromewebstore\.google\.com|microsoftedge\.microsoft\.com\/addons|addons\.mozilla\.org)/.test(
    url,
  );
}

/** executeScript rejects with a message; these are the ones Chromium and Firefox give. */
export function reasonFromScriptingError(message: string): InsertFailure {
  if (
    /cannot be scripted|chrome:\/\/|chrome-extension:\/\/|about:|moz-extension:|extensions gallery/i.test(
      message,
    )
  ) {
    return 'notAllowed';
  }
  if (/Missing host permission|Cannot access|permission/i.test(message)) return 'noAccess';
  if (/No tab with id|Invalid tab/i.test(message)) return 'noTab';
  return 'notAllowed';
}
