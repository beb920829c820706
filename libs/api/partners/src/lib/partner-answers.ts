import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

const CAPACITY = 500;

/** A ready partner answer: its UTF-8 JSON, the same gzipped, and its ETag. */
export interface PartnerAnswer {
  body: Buffer;
  gzip: Buffer;
  etag: string;
}

/** Joins UTF-8 JSON parts into a ready answer; made once per cache entry, not per request. */
export function partnerAnswer(...parts: Buffer[]): PartnerAnswer {
  const body = Buffer.concat(parts);
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
  return { body, gzip: gzipSync(body), etag };
}

/** Sends a ready answer: 304 when the client has it, gzipped when the client takes that. */
export function sendAnswer(req: Request, res: Response, answer: PartnerAnswer): void {
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
 * Partner revision answers per share and revision, kept until the next comment, reply, visibility
 * change, review, share change or publication in the event (one process, one SQLite file: every
 * write passes here). Access is never cached: callers check the share before asking.
 */
@Injectable()
export class PartnerAnswers {
  private readonly generations = new Map<string, number>();
  private readonly answers = new Map<string, PartnerAnswer>();

  invalidate(eventId: string): void {
    this.generations.set(eventId, (this.generations.get(eventId) ?? 0) + 1);
  }

  get(eventId: string, key: string, make: () => PartnerAnswer): PartnerAnswer {
    const fullKey = `${eventId}|${this.generations.get(eventId) ?? 0}|${key}`;
    const hit = this.answers.get(fullKey);
    if (hit) return hit;
    const answer = make();
    if (this.answers.size >= CAPACITY) this.answers.delete(this.answers.keys().next().value as string);
    this.answers.set(fullKey, answer);
    return answer;
  }
}
