import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';

const CAPACITY = 500;

/** A partner's revision answer as ready bytes, with the ETag of the whole answer. */
export interface PartnerAnswer {
  parts: Buffer[];
  etag: string;
}

export function partnerAnswer(...parts: Buffer[]): PartnerAnswer {
  const hash = createHash('sha1');
  for (const part of parts) hash.update(part);
  return { parts, etag: `"${hash.digest('base64url')}"` };
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
