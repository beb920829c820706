import { apiErrorOf } from '@tryggplan/api/core';
import { json, NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * A JSON body parser whose refusals answer at once in the API's error shape: passed on to Express,
 * they would end in the web app's static files and answer 404.
 */
export function jsonBodies(options: { limit: string; type?: string | string[] }): RequestHandler {
  const parse = json({ ...options, strict: true });
  return (req: Request, res: Response, next: NextFunction) =>
    parse(req, res, (error?: unknown) => {
      if (!error) return next();
      const body = apiErrorOf(error, req);
      res.status(body.statusCode).json(body);
    });
}

/** What the app never needs from the browser; geolocation stays for the app's own pages. */
const PERMISSIONS_POLICY =
  'camera=(), microphone=(), geolocation=(self), payment=(), usb=(), serial=(), bluetooth=(), ' +
  'interest-cohort=(), browsing-topics=()';

/**
 * Headers helmet leaves to us: a Permissions-Policy; HSTS only when served over HTTPS (over plain
 * HTTP it would lock a local install out of itself); and API answers kept by no browser or proxy
 * unless a route says otherwise (the ETag answers of the register say `private, no-cache`).
 */
export function securityHeaders(req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Permissions-Policy', PERMISSIONS_POLICY);
  if (req.secure) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  if (req.path.startsWith('/api/')) res.setHeader('Cache-Control', 'private, no-store');
  next();
}
