import compression from 'compression';
import type { RequestHandler } from 'express';

/**
 * Gzips the web app's files (scripts, styles, translations), the bulk of a phone's first load. The
 * API is left alone: its hot answers carry their own gzip, and a live stream must not be buffered.
 */
export function webCompression(): RequestHandler {
  const gzip = compression();
  // not mounted on API paths at all: compression wraps every response it sees, even ones it will not gzip
  return (req, res, next) => (req.path.startsWith('/api/') ? next() : gzip(req, res, next));
}
