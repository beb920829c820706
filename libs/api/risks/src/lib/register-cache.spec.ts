import { RegisterCache } from './register-cache';

describe('RegisterCache', () => {
  it('computes once per event, query and write', () => {
    const cache = new RegisterCache<number>();
    const compute = jest.fn(() => 42);
    expect(cache.get('e1', { page: 1 }, compute)).toBe(42);
    expect(cache.get('e1', { page: 1 }, compute)).toBe(42);
    expect(compute).toHaveBeenCalledTimes(1);
    cache.get('e1', { page: 2 }, compute);
    cache.get('e2', { page: 1 }, compute);
    expect(compute).toHaveBeenCalledTimes(3);
    cache.invalidate('e1');
    cache.get('e1', { page: 1 }, compute);
    cache.get('e2', { page: 1 }, compute);
    expect(compute).toHaveBeenCalledTimes(4);
  });

  it('forgets the oldest answer beyond its capacity', () => {
    const cache = new RegisterCache<number>(2);
    const compute = jest.fn(() => 1);
    cache.get('e', 1, compute);
    cache.get('e', 2, compute);
    cache.get('e', 3, compute);
    cache.get('e', 1, compute);
    expect(compute).toHaveBeenCalledTimes(4);
  });
});
