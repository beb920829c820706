import { SharedChanges, SharedChangesCache } from './shared-changes';

/** The database's change number, as another instance or process would move it. */
const database = { value: 0 };
const changes = { current: async () => database.value } as Pick<SharedChanges, 'current'>;

describe('SharedChangesCache', () => {
  beforeEach(() => (database.value = 0));

  it('keeps an answer until the change number moves, whoever moved it', async () => {
    const cache = new SharedChangesCache<number>(changes);
    let computed = 0;
    const read = () => cache.get('list', () => ++computed);
    expect([await read(), await read()]).toEqual([1, 1]);
    database.value = 1;
    expect(await read()).toBe(2);
  });

  it('makes the answer again after a write that came while it was made', async () => {
    const cache = new SharedChangesCache<number>(changes);
    let computed = 0;
    await cache.get('list', async () => {
      database.value += 1;
      return ++computed;
    });
    await cache.get('other', () => 0);
    expect(await cache.get('list', () => ++computed)).toBe(2);
  });

  it('never keeps an older answer in the cache of a newer number', async () => {
    const cache = new SharedChangesCache<string>(changes);
    let finishSlow: (answer: string) => void = () => undefined;
    let started: () => void = () => undefined;
    const computing = new Promise<void>((resolve) => (started = resolve));
    const slow = cache.get(
      'list',
      () =>
        new Promise<string>((resolve) => {
          finishSlow = resolve;
          started();
        }),
    );
    await computing;
    database.value = 1;
    expect(await cache.get('list', () => 'new')).toBe('new');
    finishSlow('old');
    expect(await slow).toBe('old');
    expect(await cache.get('list', () => 'again')).toBe('new');
  });

  it('takes the number its caller read with the access, without a read of its own', async () => {
    let reads = 0;
    const counted = { current: async () => (reads++, database.value) };
    const cache = new SharedChangesCache<number>(counted);
    let computed = 0;
    expect(await cache.get('list', () => ++computed, 0)).toBe(1);
    expect(await cache.get('list', () => ++computed, 0)).toBe(1);
    expect(await cache.get('list', () => ++computed, 1)).toBe(2);
    expect(reads).toBe(0);
  });

  it('serves a caller who read an older number the newer answer, and keeps nothing for it', async () => {
    const cache = new SharedChangesCache<string>(changes);
    expect(await cache.get('list', () => 'new', 2)).toBe('new');
    expect(await cache.get('list', () => 'older', 1)).toBe('new');
    expect(await cache.get('other', () => 'made for 1', 1)).toBe('made for 1');
    expect(await cache.get('other', () => 'made for 2', 2)).toBe('made for 2');
  });

  it('makes an answer once for callers who miss it at once, and again for a newer number', async () => {
    const cache = new SharedChangesCache<number>(changes);
    let computed = 0;
    let finish: () => void = () => undefined;
    const slow = () =>
      new Promise<number>((resolve) => {
        const made = ++computed;
        finish = () => resolve(made);
      });
    const waiting = [cache.get('board', slow, 3), cache.get('board', slow, 3), cache.get('board', slow, 3)];
    await new Promise(setImmediate);
    const newer = cache.get('board', () => ++computed, 4);
    finish();
    expect(await Promise.all(waiting)).toEqual([1, 1, 1]);
    expect(await newer).toBe(2);
  });

  it('lets the next caller make the answer again when the making failed', async () => {
    const cache = new SharedChangesCache<number>(changes);
    await expect(cache.get('board', () => Promise.reject(new Error('down')), 1)).rejects.toThrow('down');
    expect(await cache.get('board', () => 7, 1)).toBe(7);
  });

  it('forgets the oldest answer beyond its capacity', async () => {
    const cache = new SharedChangesCache<string>(changes, 2);
    let computed = 0;
    for (const key of ['a', 'b', 'c']) await cache.get(key, () => `${key}${++computed}`);
    expect(await cache.get('a', () => 'again')).toBe('again');
  });
});

describe('SharedChanges.bump', () => {
  it('moves the number once for the writes that waited while it was moving, and after each of them', async () => {
    const updates: (() => void)[] = [];
    const sql = { run: () => new Promise<void>((resolve) => updates.push(resolve)) };
    const shared = new SharedChanges(sql as never);
    const first = shared.bump();
    const waiting = [shared.bump(), shared.bump(), shared.bump()];
    await new Promise(setImmediate);
    expect(updates).toHaveLength(1);
    updates[0]();
    await first;
    await new Promise(setImmediate);
    // the first update may have started before these writes committed: they get one of their own
    expect(updates).toHaveLength(2);
    updates[1]();
    await Promise.all(waiting);
    expect(updates).toHaveLength(2);
  });

  it('on SQLite, where the update is done before the next request is read, moves it once for the writes of one turn', async () => {
    let updates = 0;
    const shared = new SharedChanges({ dialect: 'sqlite', run: async () => void (updates += 1) } as never);
    const bumps = [shared.bump(), shared.bump(), shared.bump()];
    expect(updates).toBe(0);
    await Promise.all(bumps);
    expect(updates).toBe(1);
  });
});
