import { GroupCommit } from './group-commit';

describe('GroupCommit', () => {
  it('writes at once when idle, and what came meanwhile in as many writes as batchSize allows', async () => {
    const writes: { items: number[]; finish: () => void }[] = [];
    const group = new GroupCommit<number>(
      (items) => new Promise((finish) => writes.push({ items, finish: () => finish() })),
      (waiting) => Math.min(waiting, 2),
    );
    const all = [1, 2, 3, 4].map((n) => group.add(n));
    expect(writes.map((w) => w.items)).toEqual([[1]]);
    for (let i = 0; i < 3; i += 1) {
      writes[i].finish();
      await new Promise(setImmediate);
    }
    await Promise.all(all);
    expect(writes.map((w) => w.items)).toEqual([[1], [2, 3], [4]]);
  });

  it("with 'turn', writes what came in this turn of the event loop together, after the turn", async () => {
    const writes: number[][] = [];
    const group = new GroupCommit<number>(
      async (items) => void writes.push(items),
      (waiting) => waiting,
      'turn',
    );
    const first = [1, 2, 3].map((n) => group.add(n));
    expect(writes).toEqual([]);
    await Promise.all(first);
    expect(writes).toEqual([[1, 2, 3]]);
    await group.add(4);
    expect(writes).toEqual([[1, 2, 3], [4]]);
  });

  it('fails exactly the callers of a failed write, and goes on with the next, even after a throw', async () => {
    const finishes: ((error?: Error) => void)[] = [];
    let throwNext = false;
    const group = new GroupCommit<string>((items) => {
      if (throwNext) {
        throwNext = false;
        throw new Error(`refused ${items.join()}`);
      }
      return new Promise<void>((resolve, reject) =>
        finishes.push((error) => (error ? reject(error) : resolve())),
      );
    });
    const first = group.add('a');
    const second = group.add('b');
    const third = group.add('c');
    throwNext = true;
    finishes[0](new Error('disk full'));
    await expect(first).rejects.toThrow('disk full');
    await expect(Promise.all([second, third])).rejects.toThrow('refused b,c');
    const fourth = group.add('d');
    finishes[1]();
    await expect(fourth).resolves.toBeUndefined();
  });
});
