import { existsSync } from 'node:fs';
import { Transferable, Worker } from 'node:worker_threads';

/** How much a job may take before its worker is ended. */
export interface WorkerBudget {
  timeoutMs: number;
  /** V8's old generation, the heap a parser fills. */
  maxHeapMb: number;
}

/**
 * Starts a job's script at the lowest CPU priority: on Linux the nice value is per thread, so the
 * event loop keeps a core first whenever a hostile file and a request compete for it.
 */
const LOW_PRIORITY_START = `
const { setPriority } = require('node:os');
try { setPriority(19); } catch {}
require(process.argv[2]);
`;

/** A job ran out of its time or memory budget; its worker was ended. */
export class WorkerBudgetError extends Error {
  constructor(readonly budget: 'time' | 'memory') {
    super(`worker job over its ${budget} budget`);
  }
}

/** What a job's worker posts back: the job's answer, or an error it chose to pass on whole. */
export type WorkerReply<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * Runs untrusted, possibly heavy work (uploaded files) on a worker thread of its own, so the event
 * loop keeps serving and a hostile input meets a hard time and memory limit. Each job gets a fresh
 * worker that is ended afterwards: nothing a hostile file left behind outlives its job. At most
 * `concurrency` jobs run at once; the rest wait their turn.
 */
export class WorkerRunner {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly concurrency: number) {}

  /** Whether the compiled worker exists; the TypeScript sources (tests) have none. */
  static available(script: string): boolean {
    return existsSync(script);
  }

  async run<T>(
    script: string,
    input: unknown,
    budget: WorkerBudget,
    transfer: Transferable[] = [],
  ): Promise<T> {
    await this.turn();
    try {
      return await this.runOne<T>(script, input, budget, transfer);
    } finally {
      this.running -= 1;
      this.waiting.shift()?.();
    }
  }

  private async turn(): Promise<void> {
    if (this.running < this.concurrency) {
      this.running += 1;
      return;
    }
    // The slot is handed over by the job that finishes, so `running` stays counted.
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private runOne<T>(
    script: string,
    input: unknown,
    budget: WorkerBudget,
    transfer: Transferable[],
  ): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const worker = new Worker(LOW_PRIORITY_START, {
        eval: true,
        argv: [script],
        workerData: input,
        transferList: transfer,
        resourceLimits: { maxOldGenerationSizeMb: budget.maxHeapMb, maxYoungGenerationSizeMb: 16 },
        stdout: false,
        stderr: false,
      });
      let settled = false;
      const settle = (done: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        void worker.terminate();
        done();
      };
      const timer = setTimeout(() => settle(() => reject(new WorkerBudgetError('time'))), budget.timeoutMs);
      worker.once('message', (reply: WorkerReply<T>) =>
        settle(() => (reply.ok ? resolve(reply.value) : reject(reply.error))),
      );
      worker.once('error', (error: Error & { code?: string }) =>
        settle(() =>
          reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new WorkerBudgetError('memory') : error),
        ),
      );
      worker.once('exit', () => settle(() => reject(new Error('worker ended without an answer'))));
    });
  }
}
