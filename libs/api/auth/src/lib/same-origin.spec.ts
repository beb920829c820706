import type { Request } from 'express';
import { isCrossSiteWrite } from './same-origin';

function request(method: string, headers: Record<string, string>): Request {
  return { method, headers, protocol: 'http', host: 'localhost:3000' } as unknown as Request;
}

describe('isCrossSiteWrite', () => {
  it('lets reads through whatever their headers say', () => {
    expect(isCrossSiteWrite(request('GET', { 'sec-fetch-site': 'cross-site' }), undefined)).toBe(false);
  });

  it("trusts the browser's Sec-Fetch-Site first: the app's own form posts say Origin: null", () => {
    const own = request('POST', { 'sec-fetch-site': 'same-origin', origin: 'null' });
    expect(isCrossSiteWrite(own, undefined)).toBe(false);
    for (const site of ['cross-site', 'same-site']) {
      const other = request('POST', { 'sec-fetch-site': site, origin: 'http://localhost:3000' });
      expect(isCrossSiteWrite(other, undefined)).toBe(true);
    }
  });

  it('without Sec-Fetch-Site, needs our own origin or PUBLIC_URL when an Origin is sent', () => {
    expect(isCrossSiteWrite(request('PATCH', { origin: 'http://localhost:3000' }), undefined)).toBe(false);
    expect(isCrossSiteWrite(request('PATCH', { origin: 'https://plan.region.se' }), undefined)).toBe(true);
    expect(
      isCrossSiteWrite(request('PATCH', { origin: 'https://plan.region.se' }), 'https://plan.region.se/'),
    ).toBe(false);
    expect(isCrossSiteWrite(request('DELETE', { origin: 'null' }), undefined)).toBe(true);
    expect(isCrossSiteWrite(request('POST', {}), undefined)).toBe(false);
  });
});
