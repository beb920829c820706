import { LiveChannel, LiveEvent } from '@tryggplan/api/core';
import { RetentionService } from '@tryggplan/api/participants';
import { bearer, createTestApp, PASSWORD, TestApp, validEvent, validRisk } from './harness';
import { createOrganization, createPartner, createShare, publishRevision } from './partners-fixture';

/** Two instances only make sense on a shared server database: this runs in the PostgreSQL pass. */
const onPostgres = process.env['TEST_DRIVER'] === 'postgres';

(onPostgres ? describe : describe.skip)('two API instances on one PostgreSQL database', () => {
  let a: TestApp;
  let b: TestApp;
  let coordinator: string;
  let eventId: string;

  beforeAll(async () => {
    a = await createTestApp({ LOGIN_LIMIT_PER_ACCOUNT: '3' });
    b = await createTestApp({ ...a.databaseEnv, LOGIN_LIMIT_PER_ACCOUNT: '3' });
    coordinator = (await a.user('coordinator')).token;
    eventId = (await a.http.post('/api/events').set(bearer(coordinator)).send(validEvent())).body.id;
  }, 60_000);
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('reads on B what was written on A at once: the event, the register, the participant list', async () => {
    const risk = await a.http.post(`/api/events/${eventId}/risks`).set(bearer(coordinator)).send(validRisk());
    // B keeps both lists
    expect((await b.http.get(`/api/events/${eventId}/risks`).set(bearer(coordinator))).body.total).toBe(1);
    expect(
      (await b.http.get(`/api/events/${eventId}/participants`).set(bearer(coordinator))).body.total,
    ).toBe(0);

    const event = await a.http.get(`/api/events/${eventId}`).set(bearer(coordinator));
    await a.http
      .patch(`/api/events/${eventId}`)
      .set(bearer(coordinator))
      .send({ version: event.body.version, locationName: 'Visby hamn' })
      .expect(200);
    await a.http
      .patch(`/api/events/${eventId}/risks/${risk.body.id}`)
      .set(bearer(coordinator))
      .send({ version: risk.body.version, title: 'Trängsel vid hamnen' })
      .expect(200);
    await a.http
      .post(`/api/events/${eventId}/participants`)
      .set(bearer(coordinator))
      .send({ fullName: 'Åsa Öberg' })
      .expect(201);

    expect((await b.http.get(`/api/events/${eventId}`).set(bearer(coordinator))).body.locationName).toBe(
      'Visby hamn',
    );
    const register = await b.http.get(`/api/events/${eventId}/risks`).set(bearer(coordinator));
    expect(register.body.items.map((item: { title: string }) => item.title)).toEqual(['Trängsel vid hamnen']);
    const list = await b.http.get(`/api/events/${eventId}/participants`).set(bearer(coordinator));
    expect(list.body.items.map((item: { fullName: string }) => item.fullName)).toEqual(['Åsa Öberg']);
  });

  it("serves a partner's revision fresh on B after a comment through A", async () => {
    const admin = (await a.user('admin')).token;
    const organization = await createOrganization(a, coordinator, 'Polisen');
    const partner = await createPartner(a, admin, organization);
    await publishRevision(a, coordinator, eventId);
    const shareId = await createShare(a, coordinator, eventId, organization);
    const risks = await a.http.get(`/api/events/${eventId}/risks`).set(bearer(coordinator));
    const before = await b.http.get(`/api/shared/${shareId}/revisions/1`).set(bearer(partner.token));
    expect(before.text).not.toContain('Fler vakter vid hamnen?');
    await a.http
      .post(`/api/shared/${shareId}/revisions/1/comments`)
      .set(bearer(partner.token))
      .send({ riskId: risks.body.items[0].id, body: 'Fler vakter vid hamnen?' })
      .expect(201);
    const after = await b.http.get(`/api/shared/${shareId}/revisions/1`).set(bearer(partner.token));
    expect(after.text).toContain('Fler vakter vid hamnen?');
  });

  it('erases a participant through A and B has no trace of them', async () => {
    const person = await a.http
      .post(`/api/events/${eventId}/participants`)
      .set(bearer(coordinator))
      .send({ fullName: 'Gunnar Raderad' });
    const path = `/api/events/${eventId}/participants`;
    expect((await b.http.get(path).set(bearer(coordinator))).text).toContain('Gunnar Raderad');
    await a.http.delete(`${path}/${person.body.id}`).set(bearer(coordinator)).expect(204);
    expect((await b.http.get(path).set(bearer(coordinator))).text).not.toContain('Gunnar Raderad');
    expect((await b.http.get(`${path}/${person.body.id}`).set(bearer(coordinator))).status).toBe(404);
  });

  it('counts failed logins across both instances', async () => {
    const target = await a.user('coordinator', 'target');
    const attempt = (app: TestApp, password = 'guess-guess') =>
      app.http.post('/api/auth/login').send({ email: target.email, password });
    expect((await attempt(a)).status).toBe(401);
    expect((await attempt(b)).status).toBe(401);
    expect((await attempt(a)).status).toBe(401);
    expect((await attempt(b, PASSWORD)).status).toBe(429);
  });

  it('runs the retention purge once when both instances start it together', async () => {
    const ended = (
      await a.http
        .post('/api/events')
        .set(bearer(coordinator))
        .send(validEvent({ startsAt: '2020-06-01T10:00:00Z', endsAt: '2020-06-02T10:00:00Z' }))
    ).body.id as string;
    await a.http
      .post(`/api/events/${ended}/participants`)
      .set(bearer(coordinator))
      .send({ fullName: 'Gammal' });
    // the next night: the lease both instances took at start has run out
    await a.sql('DELETE FROM "job_leases"');
    const runs = await Promise.all([a, b].map((app) => app.app.get(RetentionService).scheduledPurge()));
    expect(runs.filter((ran) => ran).length).toBe(1);
    const audit = await a.http.get(`/api/audit?eventId=${ended}`).set(bearer((await a.user('admin')).token));
    const purges = audit.body.items.filter(
      (entry: { action: string }) => entry.action === 'participants.purge',
    );
    expect(purges).toHaveLength(1);
  });

  it('hands a live event published on A to a subscriber on B', async () => {
    let heard: (event: LiveEvent) => void = () => undefined;
    const arrived = new Promise<LiveEvent>((resolve) => (heard = resolve));
    const stop = await b.app.get(LiveChannel).subscribe(eventId, heard);
    await a.app.get(LiveChannel).publish(eventId, 'incident.created', { number: 1 });
    expect((await arrived).data).toEqual({ number: 1 });
    stop();
  });
});
