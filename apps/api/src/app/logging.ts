import type { IncomingMessage } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { Options } from 'pino-http';

/** Personal links and invitations carry their secret in the path: never log it. */
export function redactUrl(url: string | undefined): string | undefined {
  return url?.replace(/\/(p|invite|invitations)\/[^/?#]+/g, '/$1/[redacted]');
}

export function pinoHttpOptions(level: string): Options {
  return {
    level,
    genReqId: (req: IncomingMessage) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
    },
    redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
    serializers: {
      req: (req: { id: string; method: string; url: string; remoteAddress?: string }) => ({
        id: req.id,
        method: req.method,
        url: redactUrl(req.url),
        remoteAddress: req.remoteAddress,
      }),
    },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
  };
}
