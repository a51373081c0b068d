// Reads clinic policy from storage.managed. Browsers throw when no policy or no schema
// exists (Firefox: "Managed storage manifest not found"); that simply means no policy.
import { browser } from 'wxt/browser';

export async function readManagedStorage(): Promise<Record<string, unknown>> {
  try {
    return (await browser.storage.managed.get(null)) as Record<string, unknown>;
  } catch {
    return {};
  }
}
