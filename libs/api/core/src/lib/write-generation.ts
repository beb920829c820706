import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

/**
 * Counts writes: every request that is not a read (GET/HEAD) bumps it as its answer goes out, and
 * background jobs bump it themselves. Read caches keyed by it can never serve an answer older than the last
 * write a client was told about; one process owns the database, so this sees every write.
 */
@Injectable()
export class WriteGeneration implements NestMiddleware {
  private value = 0;

  get current(): number {
    return this.value;
  }

  bump(): void {
    this.value += 1;
  }

  use(req: Request, res: Response, next: NextFunction): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      // before the first byte leaves, so a client that got the answer never reads an older cached list
      const end = res.end.bind(res) as (...args: unknown[]) => Response;
      res.end = ((...args: unknown[]) => {
        this.bump();
        return end(...args);
      }) as Response['end'];
    }
    next();
  }
}

/** Answers kept until the next write anywhere (see WriteGeneration), at most `capacity` of them. */
export class WriteGenerationCache<T> {
  private readonly answers = new Map<string, T>();
  private generation = -1;

  constructor(
    private readonly writes: WriteGeneration,
    private readonly capacity = 200,
  ) {}

  get(key: string, compute: () => T): T {
    if (this.generation !== this.writes.current) {
      this.answers.clear();
      this.generation = this.writes.current;
    }
    const hit = this.answers.get(key);
    if (hit !== undefined) return hit;
    const answer = compute();
    if (this.answers.size >= this.capacity) this.answers.delete(this.answers.keys().next().value as string);
    this.answers.set(key, answer);
    return answer;
  }
}
