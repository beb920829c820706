import type { SharedChanges } from './shared-changes';
import { EventEmitter } from 'node:events';
import type { Request, Response } from 'express';
import { WriteGeneration, WriteGenerationCache } from './write-generation';

function fakeResponse(): Response {
  const res = new EventEmitter() as unknown as Response;
  res.end = (() => res) as unknown as Response['end'];
  return res;
}

/** The database's change number, as another process would move it. */
const database = { current: 0 };
const shared = database as unknown as SharedChanges;

describe('WriteGeneration', () => {
  beforeEach(() => (database.current = 0));

  it('moves on when a write request answers, not for reads', () => {
    const writes = new WriteGeneration(shared);
    for (const method of ['GET', 'HEAD', 'POST', 'PATCH', 'DELETE']) {
      const res = fakeResponse();
      writes.use({ method } as Request, res, () => undefined);
      res.end();
    }
    expect(writes.current).toBe('3.0');
  });

  it('keeps cached answers only until the next write', () => {
    const writes = new WriteGeneration(shared);
    const cache = new WriteGenerationCache<number>(writes);
    let computed = 0;
    const read = () => cache.get('list', () => ++computed);
    expect([read(), read()]).toEqual([1, 1]);
    writes.bump();
    expect(read()).toBe(2);
  });

  it('drops cached answers when another process moves the shared change number', () => {
    const cache = new WriteGenerationCache<number>(new WriteGeneration(shared));
    let computed = 0;
    const read = () => cache.get('list', () => ++computed);
    expect([read(), read()]).toEqual([1, 1]);
    database.current = 1;
    expect(read()).toBe(2);
  });

  it('forgets the oldest answer beyond its capacity', () => {
    const cache = new WriteGenerationCache<string>(new WriteGeneration(shared), 2);
    let computed = 0;
    for (const key of ['a', 'b', 'c']) cache.get(key, () => `${key}${++computed}`);
    expect(cache.get('a', () => 'again')).toBe('again');
  });
});
