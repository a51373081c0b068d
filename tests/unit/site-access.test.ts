// When the panel offers to allow a site for good.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { declinedOriginsItem } from '../../utils/browser/storage';
import { originOf, originPattern, shouldOfferAlwaysAllow } from '../../utils/panel/site-access';

describe('site access', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the origin of web pages only', () => {
    expect(originOf('https://ehr.example.nl:8443/consult/1?x=2')).toBe('https://ehr.example.nl:8443');
    expect(originOf('chrome://settings')).toBeNull();
    expect(originOf(undefined)).toBeNull();
    expect(originOf('not a url')).toBeNull();
    expect(originPattern('https://ehr.example.nl')).toBe('https://ehr.example.nl/*');
  });

  it('offers once per site: not when allowed, not after a "no", not for unknown pages', () => {
    expect(shouldOfferAlwaysAllow('https://ehr.example.nl', false, [])).toBe(true);
    expect(shouldOfferAlwaysAllow('https://ehr.example.nl', true, [])).toBe(false);
    expect(shouldOfferAlwaysAllow('https://ehr.example.nl', false, ['https://ehr.example.nl'])).toBe(false);
    expect(shouldOfferAlwaysAllow(null, false, [])).toBe(false);
  });

  it('remembers a "no" in sync storage, not local', async () => {
    await declinedOriginsItem.setValue(['https://ehr.example.nl']);
    expect(await fakeBrowser.storage.sync.get('declinedOrigins')).toEqual({
      declinedOrigins: ['https://ehr.example.nl'],
    });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
