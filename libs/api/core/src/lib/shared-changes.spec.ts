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

  it('forgets the oldest answer beyond its capacity', async () => {
    const cache = new SharedChangesCache<string>(changes, 2);
    let computed = 0;
    for (const key of ['a', 'b', 'c']) await cache.get(key, () => `${key}${++computed}`);
    expect(await cache.get('a', () => 'again')).toBe('again');
  });
});
