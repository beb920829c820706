import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkerBudgetError, WorkerRunner } from './worker-runner';

describe('WorkerRunner', () => {
  const dir = mkdtempSync(join(tmpdir(), 'worker-runner-'));
  const script = (name: string, body: string) => {
    const file = join(dir, `${name}.js`);
    writeFileSync(file, `const { parentPort, workerData } = require('node:worker_threads');\n${body}`);
    return file;
  };
  const runner = new WorkerRunner(1);
  // generous on time: jobs run at the lowest CPU priority, and a busy machine may starve them a while
  const budget = { timeoutMs: 90_000, maxHeapMb: 32 };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("answers with the worker's reply, or rejects with the error it passed on", async () => {
    const double = script('double', 'parentPort.postMessage({ ok: true, value: workerData * 2 });');
    const refuse = script('refuse', "parentPort.postMessage({ ok: false, error: { kind: 'unreadable' } });");
    await expect(runner.run(double, 21, budget)).resolves.toBe(42);
    await expect(runner.run(refuse, 0, budget)).rejects.toEqual({ kind: 'unreadable' });
  });

  it('ends a worker past its time budget', async () => {
    const spin = script('spin', 'for (;;) {}');
    await expect(runner.run(spin, 0, { ...budget, timeoutMs: 200 })).rejects.toEqual(
      new WorkerBudgetError('time'),
    );
  });

  it('ends a worker that fills its heap', async () => {
    jest.setTimeout(120_000);
    const hog = script('hog', 'const kept = []; for (;;) kept.push(new Array(1e5).fill({}));');
    const error = await runner.run(hog, 0, budget).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkerBudgetError);
    expect((error as WorkerBudgetError).budget).toBe('memory');
  });
});
