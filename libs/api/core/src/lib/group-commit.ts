import type { SqlDialect } from './sql';

interface Waiting<T> {
  item: T;
  settle: (error?: unknown) => void;
}

/**
 * When an idle group starts its next write: at once (`'now'`), or after the event loop has run what
 * is ready in this turn (`'turn'`), so the items of requests that arrived together go in one write.
 * A synchronous write (SQLite) needs the second: it finishes before the next request is read, so
 * nothing would ever be waiting for it.
 */
export type GroupStart = 'now' | 'turn';

/** How a group of writes starts on this driver (see GroupStart). */
export const groupStartOn = (dialect: SqlDialect): GroupStart => (dialect === 'sqlite' ? 'turn' : 'now');

/**
 * Writes that come while one is on its way go together in the next (a commit costs a disk flush on
 * PostgreSQL, and a shared row serialises its writers); each caller still waits until its own item
 * has committed, and a failed write fails exactly the callers it carried.
 */
export class GroupCommit<T> {
  private readonly waiting: Waiting<T>[] = [];
  private writing = false;

  /** `batchSize` says how many of the waiting items the next write takes (at least one). */
  constructor(
    private readonly write: (items: T[]) => Promise<void>,
    private readonly batchSize: (waiting: number) => number = (waiting) => waiting,
    private readonly start: GroupStart = 'now',
  ) {}

  add(item: T): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ item, settle: (error) => (error === undefined ? resolve() : reject(error)) });
      if (this.writing) return;
      this.writing = true;
      if (this.start === 'turn') setImmediate(() => void this.writeWaiting());
      else void this.writeWaiting();
    });
  }

  private async writeWaiting(): Promise<void> {
    while (this.waiting.length > 0) {
      const batch = this.waiting.splice(0, Math.max(1, this.batchSize(this.waiting.length)));
      let error: unknown;
      try {
        await this.write(batch.map(({ item }) => item));
      } catch (failure) {
        // a write that throws at once must not leave the queue stuck as "writing"
        error = failure ?? new Error('write failed');
      }
      for (const { settle } of batch) settle(error);
    }
    this.writing = false;
  }
}
