import { SharedChanges, Sql } from '@tryggplan/api/core';
import { bearer, createTestApp, TestApp, validEvent, validRisk } from './harness';

/** Counts the statements that read the change number on its own (not within the access check). */
function changeNumberReads(sql: Sql): { count: () => number; restore: () => void } {
  let count = 0;
  const spies = (['get', 'all'] as const).map((method) => {
    const original = sql[method].bind(sql) as (...args: unknown[]) => Promise<unknown>;
    return jest.spyOn(sql, method).mockImplementation(((text: string, ...rest: unknown[]) => {
      if (text.startsWith('SELECT "value" FROM "data_changes"')) count++;
      return original(text, ...rest);
    }) as never);
  });
  return { count: () => count, restore: () => spies.forEach((spy) => spy.mockRestore()) };
}

describe('a read takes the change number from its access check', () => {
  let t: TestApp;
  let token: string;
  let eventId: string;

  beforeAll(async () => {
    t = await createTestApp();
    token = (await t.user('coordinator')).token;
    eventId = (await t.http.post('/api/events').set(bearer(token)).send(validEvent())).body.id;
  });
  afterAll(() => t.close());

  it('answers a kept read without asking for the number again', async () => {
    expect((await t.http.get(`/api/events/${eventId}/risks`).set(bearer(token))).status).toBe(200);
    const reads = changeNumberReads(t.app.get(Sql));
    try {
      expect((await t.http.get(`/api/events/${eventId}/risks`).set(bearer(token))).status).toBe(200);
      expect(reads.count()).toBe(0);
    } finally {
      reads.restore();
    }
  });

  it('still shows a write at once, and outside a request reads the number afresh', async () => {
    const before = await t.app.get(SharedChanges).current();
    const risk = await t.http.post(`/api/events/${eventId}/risks`).set(bearer(token)).send(validRisk());
    expect(risk.status).toBe(201);
    expect(await t.app.get(SharedChanges).current()).toBeGreaterThan(before);
    const list = await t.http.get(`/api/events/${eventId}/risks`).set(bearer(token));
    expect(list.body.items.map((item: { id: string }) => item.id)).toContain(risk.body.id);
  });
});
