import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { SharedChanges } from './shared-changes';

/**
 * Counts writes: every request that is not a read (GET/HEAD) bumps it as its answer goes out, and
 * jobs in this process bump it themselves. Writes by another process (`npm run purge`) move the
 * database's change number instead (SharedChanges), which `current` includes. Read caches keyed by it
 * never serve an answer older than the last write a client was told about.
 */
@Injectable()
export class WriteGeneration implements NestMiddleware {
  private value = 0;

  constructor(private readonly shared: SharedChanges) {}

  get current(): string {
    return `${this.value}.${this.shared.current}`;
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
  private generation = '';

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
