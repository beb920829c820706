import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerReply } from '../worker-runner';
import { tableProblemOf } from './table-limits';
import { readTable, TableFormat, UploadedTable } from './table-reader';

export interface TableJob {
  format: TableFormat;
  bytes: Uint8Array;
}

/** A worker thread that reads one uploaded table, posts the table or its problem once, and is ended. */
const { format, bytes } = workerData as TableJob;
readTable(format, bytes).then(
  (value) => parentPort?.postMessage({ ok: true, value } satisfies WorkerReply<UploadedTable>),
  (error) =>
    parentPort?.postMessage({ ok: false, error: tableProblemOf(error) } satisfies WorkerReply<never>),
);
