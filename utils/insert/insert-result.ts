// What can come of an insertion: success (and whether a selection was kept), or a typed
// refusal that the panel turns into words. Also how a scripting error reads as a reason.

export type InsertMethod = 'insertText' | 'beforeinput' | 'paste' | 'insertHTML';

export type InsertRefusal =
  | { readonly reason: 'noField' }
  | { readonly reason: 'readonly' }
  /** The whole note does not fit the field's maxlength; nothing was written. */
  | { readonly reason: 'tooLong'; readonly limit: number; readonly free: number; readonly length: number }
  /** The page cancelled the beforeinput event (a signed entry, an input mask). */
  | { readonly reason: 'pageRefused' }
  /** The field took only part of the note; `restored`: it was put back as it was. */
  | { readonly reason: 'partial'; readonly restored: boolean }
  /** The field did not change. */
  | { readonly reason: 'unchanged' }
  /** An editor with its own model took neither our paste nor beforeinput; not touched. */
  | { readonly reason: 'editorIgnored' }
  /** The editor answered our paste with a question; it was closed unanswered. */
  | { readonly reason: 'editorAsked' }
  /** The insertion removed a locked (contenteditable=false) part; `restored`: undone. */
  | { readonly reason: 'lockedPart'; readonly restored: boolean }
  /** The field is in a frame of another site that the extension may not reach yet. */
  | { readonly reason: 'frameNoAccess'; readonly origin: string }
  | { readonly reason: 'noAccess' }
  | { readonly reason: 'notAllowed' }
  | { readonly reason: 'noTab' }
  /** The clinician chose not to insert an old consult. */
  | { readonly reason: 'staleDeclined' };

export type InsertFailure = InsertRefusal['reason'];

export type InsertSuccess = {
  readonly ok: true;
  readonly method: InsertMethod;
  /** Text was selected: it was kept and the note went after it. */
  readonly afterSelection?: boolean;
};

export type InsertResult = InsertSuccess | ({ readonly ok: false } & InsertRefusal);

export const refuse = <R extends InsertRefusal>(refusal: R): { readonly ok: false } & R => ({
  ok: false,
  ...refusal,
});

/** Pages no extension may script: browser pages, extension stores, the PDF viewer. */
export function isScriptableUrl(url: string | undefined): boolean {
  if (!url) return true; // unknown without a grant; scripting will tell
  if (!/^(https?|file):/.test(url)) return false;
  return !/^https:\/\/(chrome\.google\.com\/webstore|chromewebstore\.google\.com|microsoftedge\.microsoft\.com\/addons|addons\.mozilla\.org)/.test(
    url,
  );
}

/** executeScript rejects with a message; these are the ones Chromium and Firefox give. */
export function reasonFromScriptingError(message: string): 'notAllowed' | 'noAccess' | 'noTab' {
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
