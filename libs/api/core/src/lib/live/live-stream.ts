import type { Request, Response } from 'express';
import { LiveChannel, LiveEvent } from './live-channel';

/** A comment line every so often keeps proxies and phones from closing a quiet stream. */
export const HEARTBEAT_MS = 15_000;

const frame = (event: LiveEvent): string =>
  `id: ${event.seq}\nevent: ${event.type}\ndata: ${JSON.stringify({ ...(event.data as object), at: event.at })}\n\n`;

/** Where a client resumes: the `Last-Event-ID` its browser sends, else `?after=`, else from now. */
export function resumePoint(req: Request): number | undefined {
  const given = req.headers['last-event-id'] ?? req.query['after'];
  const value = Number(Array.isArray(given) ? given[0] : given);
  return Number.isSafeInteger(value) && value >= 0 && given !== undefined && given !== '' ? value : undefined;
}

/**
 * Answers with the event's live channel as Server-Sent Events until the client hangs up: an
 * opening `ready`, then every entry `hears` lets through, and a heartbeat. The caller has checked
 * who may listen.
 */
export async function streamLiveEvents(
  live: LiveChannel,
  eventId: string,
  req: Request,
  res: Response,
  hears: (event: LiveEvent) => boolean = () => true,
): Promise<void> {
  res.status(200);
  res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Connection', 'keep-alive');
  res.setHeader('X-Accel-Buffering', 'no');
  res.flushHeaders();
  const from = resumePoint(req) ?? (await live.latest(eventId));
  res.write(`retry: 3000\nid: ${from}\nevent: ready\ndata: {}\n\n`);
  const stop = await live.subscribe(eventId, (event) => hears(event) && res.write(frame(event)), from);
  const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), HEARTBEAT_MS);
  req.on('close', () => {
    clearInterval(heartbeat);
    stop();
  });
}
