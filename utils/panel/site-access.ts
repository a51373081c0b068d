// Per-site access for inserting: after an insertion that worked through a one-off grant
// (toolbar click, menu, shortcut), the panel may offer to allow the site for good —
// once per site; a "no" is remembered. Pure decisions here; the browser calls are in
// utils/browser/site-access.ts.
/** `https://ehr.example.nl/consult/1` → `https://ehr.example.nl`; null for pages we never ask about. */
export function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol, origin } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? origin : null;
  } catch {
    return null;
  }
}

export function shouldOfferAlwaysAllow(
  origin: string | null,
  alreadyAllowed: boolean,
  declined: readonly string[],
): origin is string {
  return origin !== null && !alreadyAllowed && !declined.includes(origin);
}

/**
 * The match pattern for that site. Chromium takes the port, so the grant is the exact
 * origin; Firefox's match patterns reject a port (`permissions.request` throws,
 * `permissions.contains` answers false), so there it is the host on any port.
 */
export function originPattern(origin: string, browserAllowsPort = true): string {
  if (browserAllowsPort) return `${origin}/*`;
  const { protocol, hostname } = new URL(origin);
  return `${protocol}//${hostname}/*`;
}
