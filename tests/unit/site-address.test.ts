/** The address a build is made for: public, given once, never local in a published site. */
import { describe, expect, it } from 'vitest';
import { LOCAL_URL, SITE_URL_HINT, siteAddress } from '../../src/lib/site/address.ts';

describe('siteAddress', () => {
  it('has no public address set: the project has not been given one', () => {
    expect(siteAddress({ local: false })).toEqual({ error: SITE_URL_HINT });
  });

  it('takes SITE_URL over the configured address, as the root of a host', () => {
    expect(siteAddress({ local: false, override: 'https://cases.example.org' })).toEqual({ url: 'https://cases.example.org/' });
    expect(siteAddress({ local: false, override: ' https://A.example.org/ ', configured: 'https://b.example.org/' })).toEqual({ url: 'https://a.example.org/' });
    expect(siteAddress({ local: false, configured: 'https://b.example.org/' })).toEqual({ url: 'https://b.example.org/' });
  });

  it('builds for the local address only when asked to', () => {
    expect(siteAddress({ local: true })).toEqual({ url: LOCAL_URL });
    expect(siteAddress({ local: true, override: 'https://cases.example.org/' })).toEqual({ url: LOCAL_URL });
  });

  it('refuses, in one line, an address a published site cannot have', () => {
    const refused = ['cases.example.org', 'ftp://cases.example.org/', 'http://localhost:4321', 'http://127.0.0.1/', 'http://[::1]/', 'https://cases.example.org/sub/', 'https://cases.example.org/?a=1'];
    for (const override of refused) {
      const result = siteAddress({ local: false, override });
      expect('error' in result && result.error, override).toMatch(/^SITE_URL [^\n]+$/);
    }
  });
});
