import { availableParallelism } from 'node:os';
import { Transferable } from 'node:worker_threads';
import { WorkerBudget, WorkerRunner } from './worker-runner';

/** What reading one uploaded file (a table, a GeoJSON import) may take off the main thread. */
export const UPLOAD_BUDGET: WorkerBudget = { timeoutMs: 10_000, maxHeapMb: 256 };

// One core stays free for the event loop; further uploads wait for a worker of the running ones.
const uploadWorkers = new WorkerRunner(Math.max(1, Math.min(2, availableParallelism() - 1)));

/**
 * Reads an upload on a worker thread of its own within UPLOAD_BUDGET, where the compiled worker
 * `script` exists; running the TypeScript sources (tests) it reads in this thread instead.
 */
export function readUploadOffThread<T>(
  script: string,
  input: unknown,
  inThisThread: () => Promise<T>,
  transfer: Transferable[] = [],
): Promise<T> {
  if (!WorkerRunner.available(script)) return inThisThread();
  return uploadWorkers.run<T>(script, input, UPLOAD_BUDGET, transfer);
}
