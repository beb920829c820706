import compression from 'compression';
import type { Request, RequestHandler, Response } from 'express';

/**
 * Gzips the web app's files (scripts, styles, translations), the bulk of a phone's first load. The
 * API is left alone: its hot answers carry their own gzip, and a live stream must not be buffered.
 */
export function webCompression(): RequestHandler {
  return compression({
    filter: (req: Request, res: Response) => !req.path.startsWith('/api/') && compression.filter(req, res),
  });
}
