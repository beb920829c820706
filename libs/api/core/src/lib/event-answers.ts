import type { Request, Response } from 'express';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { SharedChanges } from './shared-changes';

/** A ready JSON answer: its UTF-8 bytes, the same gzipped, and its ETag; made once per kept answer. */
export interface ReadyAnswer {
  body: Buffer;
  gzip: Buffer;
  etag: string;
}

/** Joins UTF-8 JSON parts into a ready answer. */
export function readyAnswer(...parts: Buffer[]): ReadyAnswer {
  const body = Buffer.concat(parts);
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
  return { body, gzip: gzipSync(body), etag };
}

/** Sends a ready answer: 304 when the client has it, gzipped when the client takes that. */
export function sendAnswer(req: Request, res: Response, answer: ReadyAnswer): void {
  res.setHeader('ETag', answer.etag);
  res.setHeader('Cache-Control', 'private, no-cache');
  res.setHeader('Vary', 'Accept-Encoding');
  if (req.headers['if-none-match'] === answer.etag) {
    res.status(304).end();
    return;
  }
  const gzip = req.acceptsEncodings('gzip', 'identity') === 'gzip';
  res.status(200).type('application/json');
  if (gzip) res.setHeader('Content-Encoding', 'gzip');
  res.end(gzip ? answer.gzip : answer.body);
}

/**
 * Answers kept per event until the next write to what they show: the database's change number
 * (SharedChanges) moves with every write on any instance, and every key includes it. The service
 * that writes may also say so itself (`invalidate`). Access is never cached: callers check it first.
 */
export class EventAnswerCache<T> {
  private readonly generations = new Map<string, number>();
  private readonly answers = new Map<string, T>();

  constructor(
    private readonly changes: Pick<SharedChanges, 'current'>,
    private readonly capacity = 500,
  ) {}

  invalidate(eventId: string): void {
    this.generations.set(eventId, (this.generations.get(eventId) ?? 0) + 1);
  }

  /** `seen`: the change number the caller already read (Actor.changesSeen), else read here. */
  async get(eventId: string, key: string, make: () => T | Promise<T>, seen?: number): Promise<T> {
    const shared = seen ?? (await this.changes.current());
    const fullKey = `${eventId}|${this.generations.get(eventId) ?? 0}.${shared}|${key}`;
    const hit = this.answers.get(fullKey);
    if (hit !== undefined) return hit;
    const answer = await make();
    if (this.answers.size >= this.capacity) this.answers.delete(this.answers.keys().next().value as string);
    this.answers.set(fullKey, answer);
    return answer;
  }
}
