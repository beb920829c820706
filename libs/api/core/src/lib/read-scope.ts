import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';

interface ReadScope {
  changeNumber?: number;
}

const scope = new AsyncLocalStorage<ReadScope>();

/** Express middleware: every request runs in a scope of its own, which forgets the number once answered. */
export function withReadScope(_req: Request, res: Response, next: NextFunction): void {
  const store: ReadScope = {};
  // work the request left running (a timer, a stream) must read the number afresh
  res.once('close', () => delete store.changeNumber);
  scope.run(store, next);
}

/**
 * The change number the access check read with the session, kept for the rest of a read (GET or
 * HEAD), so its caches need not ask again. Reads only: a write moves the number after this was read.
 */
export function noteReadChangeNumber(value: number): void {
  const store = scope.getStore();
  if (store) store.changeNumber = value;
}

/** The number noted for this read, if any (none outside a request or in a write). */
export function readChangeNumber(): number | undefined {
  return scope.getStore()?.changeNumber;
}
