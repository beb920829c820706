import { CallHandler, ExecutionContext, Injectable, NestInterceptor, SetMetadata } from '@nestjs/common';
import type { Request } from 'express';
import { catchError, concatMap, from, map, Observable, throwError } from 'rxjs';
import type { EntityManager } from 'typeorm';
import { GroupCommit, groupStartOn } from './group-commit';
import { Sql } from './sql';

/**
 * A change number kept in the database and moved by every write, through whichever instance or
 * process (`npm run purge`) it came: read caches key what they keep by it, so no instance serves an
 * answer older than a write it could know of.
 */
@Injectable()
export class SharedChanges {
  /** Every write of the whole installation moves the one row: writes waiting for it move it once. */
  private readonly bumps: GroupCommit<void>;

  constructor(private readonly sql: Sql) {
    this.bumps = new GroupCommit<void>(
      () => this.moveOnce(),
      (waiting) => waiting,
      groupStartOn(sql.dialect),
    );
  }

  async current(): Promise<number> {
    const row = await this.sql.get<{ value: number | string }>(
      'SELECT "value" FROM "data_changes" WHERE "id" = 1',
    );
    return Number(row?.value ?? 0);
  }

  /** Moves the number, inside `manager`'s transaction when given; otherwise after every write done before the call. */
  bump(manager?: EntityManager): Promise<void> {
    return manager ? this.moveOnce(manager) : this.bumps.add(undefined);
  }

  private moveOnce(manager?: EntityManager): Promise<void> {
    return this.sql.run('UPDATE "data_changes" SET "value" = "value" + 1 WHERE "id" = 1', [], manager);
  }
}

/**
 * Moves the change number after every request that is not a read, once its work has committed and
 * before its answer leaves: a client told of a write never reads an older kept answer anywhere.
 * Failed writes move it too (cheap, and a partly done import is never served stale).
 */
@Injectable()
export class WriteBump implements NestInterceptor {
  constructor(private readonly changes: SharedChanges) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const { method } = context.switchToHttp().getRequest<Request>();
    if (method === 'GET' || method === 'HEAD') return next.handle();
    return next.handle().pipe(
      concatMap((value) => from(this.changes.bump()).pipe(map(() => value))),
      catchError((error: unknown) =>
        from(this.changes.bump()).pipe(concatMap(() => throwError(() => error))),
      ),
    );
  }
}

export const MOVES_CHANGE_NUMBER = 'tryggplan:movesChangeNumber';

/**
 * On a write route that moves the change number itself, after its commit and before it tells the
 * open boards (an incident written): WriteBump leaves it alone instead of moving the number again.
 */
export const MovesChangeNumber = () => SetMetadata(MOVES_CHANGE_NUMBER, true);

/**
 * Answers kept until the next write anywhere (see SharedChanges), at most `capacity` of them. An
 * answer is kept from the moment its making starts, so callers who miss it at once wait for that one
 * making, not one each.
 */
export class SharedChangesCache<T> {
  private readonly answers = new Map<string, Promise<T>>();
  private keptAt = -1;

  constructor(
    private readonly changes: Pick<SharedChanges, 'current'>,
    private readonly capacity = 200,
  ) {}

  /**
   * The kept answer, else `compute`'s, kept. `seen` is the change number the caller already read
   * (Actor.changesSeen), else it is read here; an older one than the kept answers' is served their
   * newer answers but keeps nothing of its own.
   */
  async get(key: string, compute: () => T | Promise<T>, seen?: number): Promise<T> {
    // read before computing: an answer made from older data is then kept under the older number
    const current = seen ?? (await this.changes.current());
    if (current > this.keptAt) {
      // a newer number drops what is kept or being made: it may know of a write those missed
      this.answers.clear();
      this.keptAt = current;
    }
    const kept = this.answers.get(key);
    if (kept) return kept;
    const made = Promise.resolve().then(compute);
    if (current < this.keptAt) return made;
    if (this.answers.size >= this.capacity) this.answers.delete(this.answers.keys().next().value as string);
    this.answers.set(key, made);
    // a failed making is not kept: the next caller tries again
    made.catch(() => this.answers.get(key) === made && this.answers.delete(key));
    return made;
  }
}
