// Browser side of per-site access: which site the EHR tab shows (readable while a grant
// lasts), whether it is allowed for good, and asking — from a click, before any await,
// as permissions.request demands.
import { browser } from 'wxt/browser';
import { originOf, originPattern } from '../panel/site-access';

export async function tabOrigin(tabId: number): Promise<string | null> {
  try {
    return originOf((await browser.tabs.get(tabId)).url);
  } catch {
    return null;
  }
}

/** Firefox's match patterns take no port. */
const pattern = (origin: string) => originPattern(origin, !import.meta.env.FIREFOX);

export function isAllowed(origin: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [pattern(origin)] });
}

/** Call directly in the click handler: the browser shows its own prompt. */
export function askToAllow(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [pattern(origin)] });
}
