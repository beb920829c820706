import { SharedChanges } from '@tryggplan/api/core';
import { bearer, createTestApp, TestApp, validEvent } from './harness';

describe('the shared change number moves on every write and on no read', () => {
  let t: TestApp;
  let token: string;
  const changeNumber = () => t.app.get(SharedChanges).current();

  beforeAll(async () => {
    t = await createTestApp();
    token = (await t.user('coordinator')).token;
  });
  afterAll(() => t.close());

  it('leaves it alone for reads', async () => {
    const before = await changeNumber();
    expect((await t.http.get('/api/events').set(bearer(token))).status).toBe(200);
    expect((await t.http.get('/api/health')).status).toBe(200);
    expect(await changeNumber()).toBe(before);
  });

  it('moves it once a write has committed, before the answer leaves', async () => {
    const before = await changeNumber();
    const created = await t.http.post('/api/events').set(bearer(token)).send(validEvent());
    expect(created.status).toBe(201);
    const afterCreate = await changeNumber();
    expect(afterCreate).toBeGreaterThan(before);
    const changed = await t.http
      .patch(`/api/events/${created.body.id}`)
      .set(bearer(token))
      .send({ name: 'Almedalen, ändrad', version: created.body.version });
    expect(changed.status).toBe(200);
    expect(await changeNumber()).toBeGreaterThan(afterCreate);
  });

  it('moves it exactly once for a new incident, which moves it itself before telling the boards', async () => {
    const event = await t.http.post('/api/events').set(bearer(token)).send(validEvent());
    const before = await changeNumber();
    const incident = await t.http
      .post(`/api/events/${event.body.id}/incidents`)
      .set(bearer(token))
      .send({ category: 'threat', severity: 'low', location: { place: 'Östercentrum' }, description: 'Hot' });
    expect(incident.status).toBe(201);
    expect(await changeNumber()).toBe(before + 1);
  });

  it('moves it once for a participant report, and not for the same report sent again', async () => {
    const event = (await t.http.post('/api/events').set(bearer(token)).send(validEvent())).body;
    const person = await t.http
      .post(`/api/events/${event.id}/participants`)
      .set(bearer(token))
      .send({ fullName: 'Rapportör', phone: '0701234567' });
    const link = await t.http
      .post(`/api/events/${event.id}/participants/${person.body.id}/link`)
      .set(bearer(token));
    const page = `/api/p/${String(link.body.url).split('/p/')[1]}/incidents`;
    const report = { clientId: 'bump-report-0001', description: 'Följd', mayCall: false, place: 'Hamnen' };
    const before = await changeNumber();
    expect((await t.http.post(page).send(report)).status).toBe(201);
    expect(await changeNumber()).toBe(before + 1);
    expect((await t.http.post(page).send(report)).status).toBe(200);
    expect(await changeNumber()).toBe(before + 1);
  });

  it('moves it for a refused write too', async () => {
    const before = await changeNumber();
    const refused = await t.http.post('/api/events').set(bearer(token)).send({ name: '' });
    expect(refused.status).toBe(400);
    expect(await changeNumber()).toBeGreaterThan(before);
  });
});

describe('the change number with more than one app in the process', () => {
  it('moves the number of the app that served the write, after another app has closed', async () => {
    const first = await createTestApp();
    await first.close();
    const second = await createTestApp();
    try {
      const token = (await second.user('coordinator')).token;
      const before = await second.app.get(SharedChanges).current();
      const created = await second.http.post('/api/events').set(bearer(token)).send(validEvent());
      expect(created.status).toBe(201);
      expect(await second.app.get(SharedChanges).current()).toBeGreaterThan(before);
    } finally {
      await second.close();
    }
  });
});
