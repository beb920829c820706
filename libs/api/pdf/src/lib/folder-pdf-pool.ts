import { Injectable, OnModuleDestroy } from '@nestjs/common';
import {
  buildBriefingFolder,
  buildRiskPlan,
  FolderData,
  FolderPerson,
  RiskPlanData,
} from '@tryggplan/shared/briefing';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { renderPdf } from './pdf-make';

/** Everything of a folder but its reader: the same for every personal folder of one ZIP. */
export type GeneralFolderData = Omit<FolderData, 'person'>;

interface Job {
  id: number;
  general?: GeneralFolderData;
  person?: FolderPerson;
  riskPlan?: RiskPlanData;
  resolve(bytes: Buffer): void;
  reject(error: Error): void;
}

/** A job as a worker gets it: the general part only when that worker does not hold it yet. */
export interface FolderJobMessage {
  id: number;
  generalId: number;
  general?: GeneralFolderData;
  person?: FolderPerson;
}

/** A risk plan, built and rendered on a worker: big site geometry never holds up the event loop. */
export interface RiskPlanJobMessage {
  id: number;
  riskPlan: RiskPlanData;
}

export type PdfJobMessage = FolderJobMessage | RiskPlanJobMessage;

interface Reply {
  id: number;
  bytes?: Uint8Array;
  error?: string;
}

/**
 * Renders briefing folders (and risk plans) on worker threads, one per core, so a ZIP of hundreds of folders uses every
 * core while the event loop keeps serving. Each worker keeps the last general part it was sent (event,
 * sites, map tiles), so a ZIP copies it to each worker once rather than with every folder. Where the
 * compiled worker is missing (tests run the TypeScript sources) it renders in this thread.
 */
@Injectable()
export class FolderPdfPool implements OnModuleDestroy {
  private readonly script = join(__dirname, 'folder-worker.js');
  private readonly threaded = existsSync(this.script);
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly running = new Map<Worker, Job>();
  private readonly generalIds = new WeakMap<GeneralFolderData, number>();
  private readonly heldGeneral = new Map<Worker, number>();
  private nextId = 1;

  get size(): number {
    return this.threaded ? Math.max(1, availableParallelism()) : 1;
  }

  /** One folder: the general one without `person`, else that person's own. */
  render(general: GeneralFolderData, person?: FolderPerson): Promise<Buffer> {
    if (!this.threaded) return renderPdf(buildBriefingFolder({ ...general, person }));
    return this.enqueue({ general, person });
  }

  /** The event's risk plan, on the same threads as the folders. */
  renderRiskPlan(riskPlan: RiskPlanData): Promise<Buffer> {
    if (!this.threaded) return renderPdf(buildRiskPlan(riskPlan));
    return this.enqueue({ riskPlan });
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private enqueue(work: Pick<Job, 'general' | 'person' | 'riskPlan'>): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, ...work, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.queue.length) {
      const worker = this.idle.pop() ?? (this.workers.length < this.size ? this.spawn() : undefined);
      if (!worker) return;
      const job = this.queue.shift() as Job;
      this.running.set(worker, job);
      worker.postMessage(this.message(worker, job));
    }
  }

  private message(worker: Worker, job: Job): PdfJobMessage {
    if (job.riskPlan) return { id: job.id, riskPlan: job.riskPlan };
    const general = job.general as GeneralFolderData;
    let generalId = this.generalIds.get(general);
    if (generalId === undefined) this.generalIds.set(general, (generalId = this.nextId++));
    const held = this.heldGeneral.get(worker) === generalId;
    this.heldGeneral.set(worker, generalId);
    return { id: job.id, generalId, general: held ? undefined : general, person: job.person };
  }

  private spawn(): Worker {
    const worker = new Worker(this.script);
    worker.unref();
    this.workers.push(worker);
    worker.on('message', (reply: Reply) => {
      const job = this.running.get(worker);
      this.running.delete(worker);
      this.idle.push(worker);
      if (job?.id === reply.id) {
        if (reply.bytes)
          job.resolve(Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset, reply.bytes.byteLength));
        else job.reject(new Error(reply.error ?? 'folder rendering failed'));
      }
      this.dispatch();
    });
    worker.on('error', (error) => {
      // A crashed worker fails what it was doing; a fresh one takes its place on the next job.
      this.workers.splice(this.workers.indexOf(worker), 1);
      this.heldGeneral.delete(worker);
      this.running.get(worker)?.reject(error);
      this.running.delete(worker);
      this.dispatch();
    });
    return worker;
  }
}
