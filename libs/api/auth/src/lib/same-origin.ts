import type { Request } from 'express';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Whether a cookie-authenticated request comes from another site: the browser sends the cookie
 * along with a form post or a `text/plain` fetch from any page, so a change of state must be marked
 * same-origin by the browser (Sec-Fetch-Site) or, from a browser without that header, name our own
 * origin (Origin). Sec-Fetch-Site goes first: under our `Referrer-Policy: no-referrer` a form post of
 * the app itself says `Origin: null`. Requests with neither header come from no browser that could
 * be tricked, and SameSite=Strict already keeps the cookie off cross-site requests of old browsers.
 */
export function isCrossSiteWrite(req: Request, publicUrl: string | undefined): boolean {
  if (SAFE_METHODS.has(req.method)) return false;
  const fetchSite = req.headers['sec-fetch-site'];
  if (typeof fetchSite === 'string') return fetchSite !== 'same-origin' && fetchSite !== 'none';
  const origin = req.headers.origin;
  if (origin === undefined) return false;
  return !ownOrigins(req, publicUrl).includes(origin);
}

function ownOrigins(req: Request, publicUrl: string | undefined): string[] {
  // behind a trusted proxy, protocol and host come from its X-Forwarded-* headers
  const origins = [`${req.protocol}://${req.host}`];
  if (publicUrl) origins.push(new URL(publicUrl).origin);
  return origins;
}
