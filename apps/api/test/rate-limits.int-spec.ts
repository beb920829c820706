import { bearer, createTestApp, TestApp, validEvent } from './harness';

/** The rate limits count in the database: two instances on one database share the same budget. */
describe('rate limits across instances', () => {
  let a: TestApp;
  let b: TestApp;
  let link: string;

  beforeAll(async () => {
    a = await createTestApp();
    b = await createTestApp(a.databaseEnv);
    const { token } = await a.user('coordinator');
    const eventId = (await a.http.post('/api/events').set(bearer(token)).send(validEvent())).body.id;
    const person = await a.http
      .post(`/api/events/${eventId}/participants`)
      .set(bearer(token))
      .send({ fullName: 'Rapportör' });
    const created = await a.http
      .post(`/api/events/${eventId}/participants/${person.body.id}/link`)
      .set(bearer(token));
    link = String(created.body.url).split('/p/')[1];
  }, 60_000);
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it("stops a participant's eleventh report in a minute, wherever the reports arrive", async () => {
    const report = (n: number) => ({
      clientId: `rate-limit-${n}-report`,
      description: `Rapport ${n}`,
      mayCall: false,
    });
    for (let n = 1; n <= 10; n += 1) {
      const app = n % 2 === 0 ? a : b;
      expect((await app.http.post(`/api/p/${link}/incidents`).send(report(n))).status).toBe(201);
    }
    const refused = await a.http.post(`/api/p/${link}/incidents`).send(report(11));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect((await b.http.post(`/api/p/${link}/incidents`).send(report(12))).status).toBe(429);
    // another route has a budget of its own
    expect((await b.http.get(`/api/p/${link}/incidents`)).status).toBe(200);
  });
});
