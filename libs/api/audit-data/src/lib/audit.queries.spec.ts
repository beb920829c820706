import type { Sql } from '@tryggplan/api/core';
import { AuditQueries, AuditRow } from './audit.queries';

const row = (id: string): AuditRow => ({
  id,
  at: '2026-07-01T10:00:00.000Z',
  actorType: 'user',
  actorId: 'u1',
  actorLabel: 'Anna',
  action: 'participants.list',
  eventId: 'e1',
  subjectType: null,
  subjectId: null,
  ip: null,
  details: null,
});

/** A database whose inserts finish only when the test says so. */
function slowSql() {
  const calls: { sql: string; params: unknown[]; finish: (error?: Error) => void }[] = [];
  const sql = {
    run: (text: string, params: unknown[]) =>
      new Promise<void>((resolve, reject) =>
        calls.push({ sql: text, params, finish: (error) => (error ? reject(error) : resolve()) }),
      ),
  } as unknown as Sql;
  return { sql, calls };
}

const settled = () => new Promise((resolve) => setImmediate(resolve));

describe('AuditQueries', () => {
  it('writes waiting entries in batches of a power of two, in one multi-row insert each', async () => {
    const { sql, calls } = slowSql();
    const queries = new AuditQueries(sql);
    const done: string[] = [];
    const insert = (id: string) => queries.insert(row(id)).then(() => done.push(id));
    const first = insert('a');
    const rest = ['b', 'c', 'd', 'e', 'f'].map(insert);
    await settled();
    expect(calls).toHaveLength(1);
    expect(done).toEqual([]);
    calls[0].finish();
    await settled();
    expect(done).toEqual(['a']);
    // five waiting: four now (the batch sizes are powers of two), then the fifth
    expect(calls).toHaveLength(2);
    expect(calls[1].params).toHaveLength(4 * 11);
    expect(calls[1].sql.match(/\(\?/g)).toHaveLength(4);
    calls[1].finish();
    await settled();
    expect(done).toEqual(['a', 'b', 'c', 'd', 'e']);
    calls[2].finish();
    await Promise.all([first, ...rest]);
    expect(done).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('writes inside the caller’s transaction at once when given one', async () => {
    const { sql, calls } = slowSql();
    const queries = new AuditQueries(sql);
    const tx = {} as never;
    void queries.insert(row('a'), tx);
    void queries.insert(row('b'), tx);
    expect(calls).toHaveLength(2);
  });
});
