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
});
